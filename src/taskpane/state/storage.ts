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

/** A part of the saved state that could not be saved, and why (shown in the pane; never only logged). */
export interface SaveProblem {
  part: 'plan' | 'history' | 'result';
  /** tooLarge: refused by the size guard, nothing written; failed: the host refused the write */
  reason: 'tooLarge' | 'failed';
  /** the host's own message (failed) */
  detail?: string;
  /** characters that were to be saved, and the most kept (tooLarge) */
  size?: number;
  limit?: number;
}

/** Where the wizard's state lives: the workbook in Excel, localStorage in preview mode. */
export interface PlanStorage {
  load(): SavedPlan | undefined;
  save(part: Partial<SavedPlan>): void;
  /** Calls `listener` with the parts whose last save failed (empty once they save again); returns an unsubscribe. */
  onSaveProblems?(listener: (problems: SaveProblem[]) => void): () => void;
}

/** The current save problems by part, told to listeners on every change. */
export function saveProblemTracker() {
  const current = new Map<SaveProblem['part'], SaveProblem>();
  const listeners = new Set<(problems: SaveProblem[]) => void>();
  const tell = () => listeners.forEach((l) => l([...current.values()]));
  return {
    fail(problem: SaveProblem) {
      current.set(problem.part, problem);
      tell();
    },
    ok(part: SaveProblem['part']) {
      if (current.delete(part)) tell();
    },
    subscribe(listener: (problems: SaveProblem[]) => void) {
      listeners.add(listener);
      listener([...current.values()]);
      return () => void listeners.delete(listener);
    },
  };
}

const KEYS = { plan: 'NineStep.plan', history: 'NineStep.history', result: 'NineStep.result', language: 'NineStep.language' } as const;

interface KeyValue {
  get(key: string): string | undefined;
  set(key: string, value: string | undefined): void;
  commit(): void;
}

const PART_OF_KEY: Record<string, SaveProblem['part']> = { [KEYS.plan]: 'plan', [KEYS.history]: 'history', [KEYS.result]: 'result', [KEYS.language]: 'plan' };

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

/**
 * Preview mode: the browser's localStorage. When the store is full the saved
 * result goes first (it can be solved again) and the write is retried; a part
 * that still does not fit is reported through onSaveProblems.
 */
export function localPlanStorage(store: Storage = window.localStorage): PlanStorage {
  const problems = saveProblemTracker();
  const storage = planStorage({
    get: (key) => store.getItem(key) ?? undefined,
    set: (key, value) => {
      const part = PART_OF_KEY[key] ?? 'plan';
      try {
        if (value === undefined) store.removeItem(key);
        else store.setItem(key, value);
        problems.ok(part);
      } catch {
        try {
          store.removeItem(KEYS.result);
          if (value !== undefined) store.setItem(key, value);
          problems.ok(part);
        } catch (error) {
          store.removeItem(key); // never leave an older value that would be restored as if current
          problems.fail({ part, reason: 'failed', detail: error instanceof Error ? error.message : String(error) });
        }
      }
    },
    commit: () => undefined,
  });
  return { ...storage, onSaveProblems: problems.subscribe };
}

/** Tests and the first render: nothing saved, nothing kept. */
export function memoryPlanStorage(initial?: SavedPlan): PlanStorage & { saved: SavedPlan | undefined } {
  const store = new Map<string, string>();
  const s = planStorage({ get: (k) => store.get(k), set: (k, v) => (v === undefined ? store.delete(k) : store.set(k, v)), commit: () => undefined });
  if (initial) s.save(initial);
  return Object.defineProperty(s, 'saved', { get: () => s.load() }) as PlanStorage & { saved: SavedPlan | undefined };
}
