/**
 * The task pane declares its Content-Security-Policy (src/taskpane/taskpane.html):
 * its own origin, Office's script host, nothing else. The browser test
 * (test/browser/csp.browser.ts) checks the built page runs under it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
const policy = Object.fromEntries((metas[0] ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));

test('one policy, in the head, before any script', () => {
  expect(metas).toHaveLength(1);
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('</head>'));
});

test('scripts only from the add-in and Office; no eval, no inline script', () => {
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com', "'wasm-unsafe-eval'"]);
  expect(policy['script-src']).not.toContain("'unsafe-inline'");
  expect(policy['script-src']).not.toContain("'unsafe-eval'");
  expect(policy['worker-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'self'"]);
});

test('no other origin anywhere in the policy', () => {
  const origins = Object.values(policy).flat().filter((s) => /^https?:/.test(s));
  expect(new Set(origins)).toEqual(new Set(['https://appsforoffice.microsoft.com']));
  expect(Object.values(policy).flat()).not.toContain('*');
});
