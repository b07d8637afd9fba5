/** The manifest: shared runtime, WFM namespace, a ribbon button, and a production rewrite that leaves no localhost. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, normaliseDeployUrl } = require('../scripts/manifestUrls') as {
  rewriteManifest: (text: string, url: string) => string;
  normaliseDeployUrl: (url: string) => string;
};

const manifest = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  test('declares a shared runtime for the task pane and the custom functions, namespace WFM', () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    const functionsPage = /<ExtensionPoint xsi:type="CustomFunctions">[\s\S]*?<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/;
    expect(manifest).toMatch(functionsPage);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="WFM"\/>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  test('every icon it names exists in assets/', () => {
    const icons = [...manifest.matchAll(/localhost:3000\/(assets\/[\w.-]+\.png)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(() => readFileSync(join(__dirname, '..', icon))).not.toThrow();
  });

  test('the production rewrite points every URL at the deployment host, leaving no localhost', () => {
    const rewritten = rewriteManifest(manifest, 'https://wfm.contoso.test/ninestep');
    expect(rewritten).not.toMatch(/localhost/i);
    const withoutNamespaces = rewritten.replace(/xmlns(:\w+)?="[^"]*"/g, '');
    const urls = [...withoutNamespaces.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith('https://wfm.contoso.test/ninestep')).toBe(true);
    expect(rewritten).toContain('<AppDomain>https://wfm.contoso.test/ninestep</AppDomain>');
    expect(rewritten).toContain('DefaultValue="https://wfm.contoso.test/ninestep/functions.json"');
  });

  test('the deployment URL must be https', () => {
    expect(() => normaliseDeployUrl('http://example.com')).toThrow(/https/);
    expect(normaliseDeployUrl('https://example.com')).toBe('https://example.com/');
  });
});
