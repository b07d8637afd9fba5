/* Builds the add-in: the custom functions bundle (loaded first by the task-pane
 * page, so formulas work as soon as the shared runtime starts), the task pane
 * (its UI code loads lazily), functions.json from the functions' JSDoc, and the
 * manifest. `npm run build` is a production build that needs no certificates;
 * its manifest points at DEPLOY_URL. `npm run dev-server` serves over HTTPS
 * with office-addin-dev-certs on https://localhost:3000/. */
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { rewriteManifest } = require('./scripts/manifestUrls');
const { LocalizedFunctionsMetadataPlugin } = require('./scripts/localizedMetadataPlugin');

const DEFAULT_DEPLOY_URL = 'https://ninestep.example.com/';

const deployUrl = () => process.env.DEPLOY_URL || DEFAULT_DEPLOY_URL;

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  if (!dev && !process.env.DEPLOY_URL) {
    console.warn(`DEPLOY_URL is not set: dist/manifest.xml points at ${DEFAULT_DEPLOY_URL}`);
  }
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // HiGHS's Emscripten loader names Node built-ins on a path the browser never takes.
      fallback: { fs: false, path: false, crypto: false, module: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
        // chinese-days ships its ES module build in a package marked "type": "commonjs": read it as a module.
        { test: /[\\/]node_modules[\\/]chinese-days[\\/].*\.js$/, type: 'javascript/auto' },
        // Templates the pane fills and the solver's WebAssembly: plain files fetched at run time.
        { test: /\.xlsx$/, type: 'asset/resource', generator: { filename: 'assets/[name].[contenthash:8][ext]' } },
        { test: /\.wasm$/, type: 'asset/resource', generator: { filename: 'assets/[name].[contenthash:8][ext]' } },
      ],
    },
    performance: { hints: false },
    plugins: [
      // `node:fs` etc. in HiGHS's loader: strip the scheme so resolve.fallback (false) applies.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      // functions.zh-CN.json: the same metadata with Chinese help (manifest: <bt:Override Locale="zh-CN">).
      new LocalizedFunctionsMetadataPlugin({ output: 'functions.zh-CN.json', table: './src/functions/i18n/zh-CN.ts', exportName: 'FUNCTIONS_ZH_CN' }),
      // Which files each entry and each lazily loaded chunk group needs, for scripts/bundle-sizes.js.
      {
        apply(compiler) {
          compiler.hooks.emit.tap('ChunkGroupFiles', (compilation) => {
            const groups = {};
            for (const group of compilation.chunkGroups) {
              const name = group.name || group.options?.name;
              if (!name) continue;
              groups[name] = [...new Set(group.chunks.flatMap((c) => [...c.files]))].filter((f) => f.endsWith('.js'));
            }
            const json = JSON.stringify({ groups }, null, 1);
            compilation.emitAsset('chunk-groups.json', new webpack.sources.RawSource(json));
          });
        },
      },
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'blocking',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (dev ? content : rewriteManifest(content.toString(), deployUrl())) },
        ],
      }),
    ],
    devServer: env && env.WEBPACK_SERVE
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
        }
      : undefined,
  };
};
