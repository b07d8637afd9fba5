/** The embedded sample centre's history, bundled as an asset by webpack (`new URL(…, import.meta.url)`): loading it is loading the add-in. */
export const SAMPLE_HISTORY_URL = new URL('../../../../examples/sample-history.csv', import.meta.url).href;
