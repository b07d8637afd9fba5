/** Browser tests (playwright-core + Debian chromium) against the production build: run after `npm run build` (`npm run test:browser`, called by .ci/run). */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  testTimeout: 180000,
};
