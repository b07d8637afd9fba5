/* Task-pane entry. The functions bundle is already loaded and registered by the
 * time this runs (the page loads it first); the UI is fetched lazily so the
 * shared runtime's formulas never wait for it. Without Office (a plain browser,
 * or office.js unreachable) the wizard runs in preview mode. */
import { detectHost } from './host/host';

async function start(info: { host?: Office.HostType | null } | undefined): Promise<void> {
  const { mountPane } = await import(/* webpackChunkName: "pane" */ './mountPane');
  const root = document.getElementById('root');
  if (root) await mountPane(root, detectHost(info));
}

const officeReady: Promise<{ host?: Office.HostType | null } | undefined> =
  typeof Office !== 'undefined' && typeof Office.onReady === 'function'
    ? Office.onReady()
    : Promise.resolve(undefined);

void officeReady.then(start);
