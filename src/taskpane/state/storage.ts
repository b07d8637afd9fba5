import type { PlanResult } from '../../core/plan/planResult';
import { isLocale, type Locale } from '../../i18n/locale';
import type { PlanDraft } from './planDraft';

/** What the wizard keeps between sessions. */
export interface SavedPlan {
  draft: PlanDraft;
  step: number;
  history?: { name: string; text: string };
  result?: PlanResult;
  /** each step's inputs when `result` was computed (see steps.ts) */
  resultBases?: string[];
  /** the wizard's language picked in preview mode (absent: follow the host's) */
  language?: Locale;
}

/** Where the wizard's state lives: the workbook in Excel, localStorage in preview mode. */
export interface PlanStorage {
  load(): SavedPlan | undefined;
  save(part: Partial<SavedPlan>): void;
}

const KEYS = { plan: 'NineStep.plan', history: 'NineStep.history', result: 'NineStep.result', language: 'NineStep.language' } as const;

interface KeyValue {
  get(key: string): string | undefined;
  set(key: string, value: string | undefined): void;
  commit(): void;
}

function planStorage(kv: KeyValue): PlanStorage {
  const read = <T,>(key: string): T | undefined => {
    const text = kv.get(key);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined; // a damaged entry is treated as absent: the wizard starts from the sample
    }
  };
  return {
    load() {
      const plan = read<{ draft: PlanDraft; step: number }>(KEYS.plan);
      if (!plan) return undefined;
      const saved = read<{ result: PlanResult; resultBases: string[] }>(KEYS.result);
      const language = read<unknown>(KEYS.language);
      return { ...plan, history: read(KEYS.history), result: saved?.result, resultBases: saved?.resultBases, ...(isLocale(language) ? { language } : {}) };
    },
    save(part) {
      if (part.draft !== undefined || part.step !== undefined) {
        const current = read<{ draft: PlanDraft; step: number }>(KEYS.plan);
        kv.set(KEYS.plan, JSON.stringify({ draft: part.draft ?? current?.draft, step: part.step ?? current?.step ?? 0 }));
      }
      if ('history' in part) kv.set(KEYS.history, part.history ? JSON.stringify(part.history) : undefined);
      if ('language' in part) kv.set(KEYS.language, part.language ? JSON.stringify(part.language) : undefined);
      if ('result' in part) kv.set(KEYS.result, part.result ? JSON.stringify({ result: part.result, resultBases: part.resultBases }) : undefined);
      kv.commit();
    },
  };
}

/** Preview mode: the browser's localStorage (a full store drops the result first; the plan itself is small). */
export function localPlanStorage(store: Storage = window.localStorage): PlanStorage {
  return planStorage({
    get: (key) => store.getItem(key) ?? undefined,
    set: (key, value) => {
      try {
        if (value === undefined) store.removeItem(key);
        else store.setItem(key, value);
      } catch {
        store.removeItem(KEYS.result);
      }
    },
    commit: () => undefined,
  });
}

/** In Excel: the document's settings, saved into the workbook after each change. */
export function officePlanStorage(settings: Office.Settings, onError: (message: string) => void): PlanStorage {
  return planStorage({
    get: (key) => {
      const value: unknown = settings.get(key);
      return typeof value === 'string' ? value : undefined;
    },
    set: (key, value) => (value === undefined ? settings.remove(key) : settings.set(key, value)),
    commit: () =>
      settings.saveAsync((r) => {
        if (r.status === Office.AsyncResultStatus.Failed) onError(r.error.message);
      }),
  });
}

/** Tests and the first render: nothing saved, nothing kept. */
export function memoryPlanStorage(initial?: SavedPlan): PlanStorage & { saved: SavedPlan | undefined } {
  const store = new Map<string, string>();
  const s = planStorage({ get: (k) => store.get(k), set: (k, v) => (v === undefined ? store.delete(k) : store.set(k, v)), commit: () => undefined });
  if (initial) s.save(initial);
  return Object.defineProperty(s, 'saved', { get: () => s.load() }) as PlanStorage & { saved: SavedPlan | undefined };
}
