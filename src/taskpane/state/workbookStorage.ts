/**
 * In Excel: the plan (draft, step, language) in the document's settings, which
 * stay small; the history and the solved plan in custom XML parts, which can
 * hold far more than settings. A value over the size guard is not written (and
 * an older copy is removed, so it is never restored as if current); every
 * refused or failed write is reported through onSaveProblems, never only logged.
 */
import type { PlanResult } from '../../core/plan/planResult';
import { isLocale } from '../../i18n/locale';
import { fromXmlPart, toXmlPart, type XmlPartStore } from '../host/xmlParts';
import type { PlanDraft } from './planDraft';
import { type PlanStorage, type SavedPlan, saveProblemTracker } from './storage';

const SETTINGS = { plan: 'NineStep.plan', language: 'NineStep.language', legacyHistory: 'NineStep.history', legacyResult: 'NineStep.result' } as const;
export const PART_NAMESPACES = { history: 'urn:ninestep:history:1', result: 'urn:ninestep:result:1' } as const;
/** The most characters kept in one XML part (about 25 MB of UTF-16 in memory; a year of 15-minute intervals is ~2 MB). */
export const PART_LIMIT = 12_000_000;

type History = NonNullable<SavedPlan['history']>;
type SavedResult = { result: PlanResult; resultBases: string[] };

const parse = <T,>(value: unknown): T | undefined => {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
};
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads what the workbook holds (settings at once, XML parts asynchronously) and
 * returns a storage whose load() answers from that copy.
 * `settings` is `Office.context.document.settings`; `parts` usually `excelXmlParts()`.
 */
export async function openWorkbookStorage(settings: Office.Settings, parts: XmlPartStore, limit = PART_LIMIT): Promise<PlanStorage> {
  const problems = saveProblemTracker();
  const readPart = async <T,>(namespace: string, part: 'history' | 'result'): Promise<T | undefined> => {
    try {
      const xml = await parts.read(namespace);
      return xml === undefined ? undefined : fromXmlPart<T>(xml);
    } catch (error) {
      problems.fail({ part, reason: 'failed', detail: message(error) });
      return undefined;
    }
  };
  let history = (await readPart<History>(PART_NAMESPACES.history, 'history')) ?? parse<History>(settings.get(SETTINGS.legacyHistory));
  let result = (await readPart<SavedResult>(PART_NAMESPACES.result, 'result')) ?? parse<SavedResult>(settings.get(SETTINGS.legacyResult));

  const saveSettings = () =>
    settings.saveAsync((r) => {
      // compared as text so this module does not need the Office global (tests pass a fake document)
      if (String(r.status) === 'failed') problems.fail({ part: 'plan', reason: 'failed', detail: r.error?.message });
      else problems.ok('plan');
    });

  // writes of one part run in order, so the last change is the one kept
  const queues: Record<'history' | 'result', Promise<void>> = { history: Promise.resolve(), result: Promise.resolve() };
  const writePart = (part: 'history' | 'result', value: unknown) => {
    const namespace = PART_NAMESPACES[part];
    const xml = value === undefined ? undefined : toXmlPart(namespace, value);
    const tooLarge = xml !== undefined && xml.length > limit;
    queues[part] = queues[part].then(async () => {
      try {
        await parts.write(namespace, tooLarge ? undefined : xml);
        if (tooLarge) problems.fail({ part, reason: 'tooLarge', size: xml.length, limit });
        else problems.ok(part);
      } catch (error) {
        problems.fail({ part, reason: 'failed', detail: message(error) });
      }
    });
    const legacy = part === 'history' ? SETTINGS.legacyHistory : SETTINGS.legacyResult;
    if (settings.get(legacy) !== null && settings.get(legacy) !== undefined) {
      settings.remove(legacy);
      saveSettings();
    }
  };

  return {
    load() {
      const plan = parse<{ draft: PlanDraft; step: number }>(settings.get(SETTINGS.plan));
      if (!plan) return undefined;
      const language = parse<unknown>(settings.get(SETTINGS.language));
      return { ...plan, history, result: result?.result, resultBases: result?.resultBases, ...(isLocale(language) ? { language } : {}) };
    },
    save(part) {
      let settingsChanged = false;
      if (part.draft !== undefined || part.step !== undefined) {
        const current = parse<{ draft: PlanDraft; step: number }>(settings.get(SETTINGS.plan));
        settings.set(SETTINGS.plan, JSON.stringify({ draft: part.draft ?? current?.draft, step: part.step ?? current?.step ?? 0 }));
        settingsChanged = true;
      }
      if ('language' in part) {
        if (part.language) settings.set(SETTINGS.language, JSON.stringify(part.language));
        else settings.remove(SETTINGS.language);
        settingsChanged = true;
      }
      if (settingsChanged) saveSettings();
      if ('history' in part) {
        history = part.history;
        writePart('history', part.history);
      }
      if ('result' in part) {
        result = part.result ? { result: part.result, resultBases: part.resultBases ?? [] } : undefined;
        writePart('result', result);
      }
    },
    onSaveProblems: problems.subscribe,
  };
}
