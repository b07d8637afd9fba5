/* The production manifest's URLs: every development URL (https://localhost:3000)
 * replaced by the deployment URL. Used by webpack.config.js; tested in test/manifest.test.ts. */
const DEV_ORIGIN = 'https://localhost:3000';

/** Normalises a deployment URL (https only) to end with "/". */
function normaliseDeployUrl(url) {
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`DEPLOY_URL must be an https:// URL (got ${url})`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** The manifest text with every development URL pointing at `deployUrl` instead. */
function rewriteManifest(text, deployUrl) {
  const base = normaliseDeployUrl(deployUrl);
  return text.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(base.replace(/\/$/, ''));
}

module.exports = { DEV_ORIGIN, normaliseDeployUrl, rewriteManifest };
