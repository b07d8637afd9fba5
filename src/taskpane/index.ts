/* Task-pane entry. The functions bundle is already loaded and registered by the
 * time this runs (the page loads it first); the UI is fetched lazily so the
 * shared runtime's formulas never wait for it. */
async function start(): Promise<void> {
  const { mountPane } = await import(/* webpackChunkName: "pane" */ './mountPane');
  const root = document.getElementById('root');
  if (root) mountPane(root);
}

const officeReady: Promise<unknown> =
  typeof Office !== 'undefined' && typeof Office.onReady === 'function'
    ? Office.onReady()
    : Promise.resolve(undefined);

void officeReady.then(start);
