import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PlanConfig } from '../../core/plan/planConfig';
import type { PlanResult } from '../../core/plan/planResult';
import { type ConfigProblem, validatePlanConfig } from '../../core/plan/validateConfig';
import { useProblemText } from '../i18n/problems';
import type { PlanRunner } from '../run/planRunner';
import type { Host } from '../host/host';
import { type FieldPath, getIn, setIn } from './draftPath';
import { newDraft, type PlanDraft, withPlanLocale } from './planDraft';
import { useLocale } from '../i18n/LocaleContext';
import { columnsOf, formatOf, importHistory, intervalMinutesOf } from './historyImport';
import { averageHandleTime } from '../../core/workload/intervalRecord';
import { allBases, type StepStatus, stepStatuses } from './steps';
import type { PlanStorage, SaveProblem } from './storage';

export interface History {
  name: string;
  text: string;
}

export interface PlanState {
  draft: PlanDraft;
  /** the validated configuration, when the draft has no problem */
  config: PlanConfig | undefined;
  problems: ConfigProblem[];
  /** false when the imported history has no talk or after-call-work time (step 2 then asks for an AHT) */
  historyHasAht: boolean;
  /** the history has no handle time and step 2's AHT is not given yet: nothing can be planned */
  needsAht: boolean;
  history: History | undefined;
  result: PlanResult | undefined;
  /** parts of the state whose last save failed (shown in the pane) */
  saveProblems: SaveProblem[];
  statuses: StepStatus[];
  step: number;
  host: Host;
  runner: PlanRunner;
  valueAt(path: FieldPath): unknown;
  update(path: FieldPath, value: unknown): void;
  replaceDraft(draft: PlanDraft): void;
  setHistory(history: History | undefined): void;
  setResult(result: PlanResult): void;
  setStep(step: number): void;
}

const PlanContext = createContext<PlanState | undefined>(undefined);

/** The wizard's state for any component below the provider. */
export function usePlan(): PlanState {
  const state = useContext(PlanContext);
  if (!state) throw new Error('usePlan needs a PlanProvider');
  return state;
}

/** Problems the core's validator reports for one field (exact path), in the user's language (in percent for a percent field). */
export function useFieldProblems(path: FieldPath, options: { percent?: boolean } = {}): string | undefined {
  const { problems } = usePlan();
  const text = useProblemText(options);
  const mine = problems.filter((p) => p.field === path);
  return mine.length > 0 ? mine.map(text).join('; ') : undefined;
}

/**
 * Owns the plan: the draft (validated by the core on every change), the
 * imported history, the last result and which inputs it was computed from.
 * Every change is saved at once through `storage`. The plan runs in the
 * pane's language unless the draft names its own (withPlanLocale).
 */
export function PlanProvider(props: { storage: PlanStorage; host: Host; runner: PlanRunner; children: ReactNode }) {
  const { storage } = props;
  const [saved] = useState(() => storage.load());
  const [draft, setDraft] = useState<PlanDraft>(() => saved?.draft ?? newDraft());
  const [history, setHistoryState] = useState<History | undefined>(saved?.history);
  // a result saved before the engine's texts had codes (no importReport) is solved again rather than shown
  const [result, setResultState] = useState<{ result: PlanResult; bases: string[] } | undefined>(
    saved?.result?.history.importReport && saved.resultBases ? { result: saved.result, bases: saved.resultBases } : undefined,
  );
  const [step, setStepState] = useState(saved?.step ?? 0);
  const [saveProblems, setSaveProblems] = useState<SaveProblem[]>([]);
  useEffect(() => storage.onSaveProblems?.(setSaveProblems), [storage]);

  const { locale } = useLocale();
  const validation = useMemo(() => validatePlanConfig(withPlanLocale(draft, locale)), [draft, locale]);
  const problems = useMemo(() => (validation.ok ? [] : validation.problems ?? [{ field: '(the configuration)', message: validation.message }]), [validation]);
  const bases = useMemo(() => allBases(draft, history), [draft, history]);
  // a history without handle time needs the AHT of step 2 before anything can be planned
  const historyHasAht = useMemo(() => {
    if (!history) return true;
    const loaded = importHistory(history.text, formatOf(draft.data?.format), intervalMinutesOf(draft.data?.intervalMinutes), columnsOf(draft.data?.columns));
    return !loaded.ok || averageHandleTime(loaded.value.records) !== undefined;
  }, [history, draft.data?.format, draft.data?.intervalMinutes, draft.data?.columns]);
  // an AHT the schema refused is named by its own problem; only an absent one blocks step 2 here
  const needsAht = !historyHasAht && (draft.data as Record<string, unknown> | undefined)?.ahtSeconds === undefined;
  const statuses = useMemo(
    () => stepStatuses({ problems, hasHistory: history !== undefined, needsAht, bases, resultBases: result?.bases }),
    [problems, history, needsAht, bases, result],
  );

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      if (saved) return;
    }
    storage.save({ draft, step });
  }, [storage, draft, step, saved]);

  const setHistory = useCallback((h: History | undefined) => {
    setHistoryState(h);
    storage.save({ history: h });
  }, [storage]);
  const setResult = useCallback((r: PlanResult) => {
    setResultState(() => {
      const next = { result: r, bases };
      storage.save({ result: r, resultBases: bases });
      return next;
    });
  }, [storage, bases]);

  const value: PlanState = {
    draft,
    config: validation.ok ? validation.value : undefined,
    historyHasAht,
    needsAht,
    problems,
    history,
    result: result?.result,
    saveProblems,
    statuses,
    step,
    host: props.host,
    runner: props.runner,
    valueAt: (path) => getIn(draft, path),
    update: (path, v) => setDraft((d) => setIn(d, path, v)),
    replaceDraft: setDraft,
    setHistory,
    setResult,
    setStep: setStepState,
  };
  return <PlanContext.Provider value={value}>{props.children}</PlanContext.Provider>;
}
