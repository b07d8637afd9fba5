/* Emits a localized custom-functions metadata file (functions.zh-CN.json) next to
 * the functions.json that custom-functions-metadata-plugin generates: same ids,
 * names and arguments; descriptions from a translation table in TypeScript
 * (src/functions/i18n/<locale>.ts), applied by src/functions/i18n/localizeMetadata.ts.
 * manifest.xml points Office at it through <bt:Override Locale="zh-CN" …/>.
 * A table that misses or invents a function or argument fails the build. */
const path = require('path');
const { Compilation, WebpackError, sources } = require('webpack');
const tsx = require('tsx/cjs/api');

const NAME = 'LocalizedFunctionsMetadataPlugin';

class LocalizedFunctionsMetadataPlugin {
  /**
   * @param {{ source?: string, output: string, table: string, exportName: string }} options
   *   source: the English metadata asset; output: the asset to emit;
   *   table: path of the .ts translation table; exportName: its exported table
   */
  constructor(options) {
    this.source = options.source || 'functions.json';
    this.output = options.output;
    this.table = path.resolve(options.table);
    this.exportName = options.exportName;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(this.table);
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset(this.source);
        if (!english) {
          compilation.errors.push(new WebpackError(`${NAME}: no ${this.source} to localize (is CustomFunctionsMetadataPlugin configured?)`));
          return;
        }
        try {
          const { localizeMetadata } = tsx.require('../src/functions/i18n/localizeMetadata.ts', __filename);
          const table = tsx.require(this.table, __filename)[this.exportName];
          const localized = localizeMetadata(JSON.parse(english.source.source().toString()), table);
          compilation.emitAsset(this.output, new sources.RawSource(`${JSON.stringify(localized, null, 2)}\n`));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${NAME}: ${this.output}: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin };
