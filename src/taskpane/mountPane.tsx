import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Host } from './host/host';
import { createI18n } from './i18n/i18n';
import { initialLocale } from './i18n/LocaleContext';
import { workerPlanRunner } from './run/planRunner';
import { excelXmlParts } from './host/xmlParts';
import { localPlanStorage } from './state/storage';
import { openWorkbookStorage } from './state/workbookStorage';

/** Renders the wizard into `root`: state in the workbook inside Excel, in localStorage in preview mode. */
export async function mountPane(root: HTMLElement, host: Host): Promise<void> {
  const storage = host.kind === 'excel'
    ? await openWorkbookStorage(Office.context.document.settings, excelXmlParts())
    : localPlanStorage();
  const i18n = createI18n(initialLocale(host, storage.load()?.language));
  document.documentElement.lang = i18n.language;
  root.replaceChildren();
  createRoot(root).render(<App host={host} storage={storage} runner={workerPlanRunner()} i18n={i18n} />);
}
