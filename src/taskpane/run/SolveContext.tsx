import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Failure } from '../../core/result';
import type { PlanProgress } from '../../core/plan/steps/progress';
import { usePlan } from '../state/PlanContext';
import { CANCELLED, type PlanRun } from './planRunner';

export type SolveState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: PlanProgress }
  | { phase: 'cancelled' }
  | { phase: 'failed'; failure: Pick<Failure, 'message' | 'note' | 'where'> }
  | { phase: 'done' };

interface Solve {
  state: SolveState;
  /** runs the nine steps on the current plan (needs a valid plan and history) */
  start(): void;
  cancel(): void;
  canStart: boolean;
}

const SolveContext = createContext<Solve | undefined>(undefined);

export function useSolve(): Solve {
  const solve = useContext(SolveContext);
  if (!solve) throw new Error('useSolve needs a SolveProvider');
  return solve;
}

/** After a change, a solved plan is solved again once the inputs have been still this long, milliseconds. */
export const AUTO_SOLVE_DELAY_MS = 1500;

/**
 * One plan run at a time for the whole wizard, so a solve continues while the
 * user moves between steps. Once the user has solved, every later valid change
 * re-solves in the Worker after AUTO_SOLVE_DELAY_MS (a run still going is
 * cancelled first); Cancel stops that until the next Solve.
 */
export function SolveProvider(props: { children: ReactNode }) {
  const { config: validConfig, history, runner, setResult, needsAht } = usePlan();
  // a history without handle time cannot be planned until step 2's AHT is given
  const config = needsAht ? undefined : validConfig;
  const [state, setState] = useState<SolveState>({ phase: 'idle' });
  const current = useRef<PlanRun | undefined>(undefined);
  const autoSolve = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const canStart = config !== undefined && history !== undefined && state.phase !== 'running';

  const start = useCallback(() => {
    if (!config || !history || current.current) return;
    clearTimeout(pending.current);
    autoSolve.current = true;
    setState({ phase: 'running', progress: { step: 0 } });
    const run = runner.run({ config, historyText: history.text, historySource: history.name }, (progress) =>
      setState((s) => (s.phase === 'running' ? { phase: 'running', progress } : s)),
    );
    current.current = run;
    void run.outcome.then((outcome) => {
      if (current.current !== run) return;
      current.current = undefined;
      if (outcome.ok) {
        setResult(outcome.value);
        setState({ phase: 'done' });
      } else setState(outcome.message === CANCELLED || outcome.note?.code === 'plan.cancelled' ? { phase: 'cancelled' } : { phase: 'failed', failure: outcome });
    });
  }, [config, history, runner, setResult]);

  const cancel = useCallback(() => {
    const run = current.current;
    current.current = undefined;
    run?.cancel();
    autoSolve.current = false;
    setState({ phase: 'cancelled' });
  }, []);

  const solved = useRef({ config, history });
  useEffect(() => {
    const changed = solved.current.config !== config || solved.current.history !== history;
    solved.current = { config, history };
    if (!changed || !autoSolve.current || !config || !history) return;
    pending.current = setTimeout(() => {
      if (!autoSolve.current) return; // cancelled meanwhile
      current.current?.cancel();
      current.current = undefined;
      start();
    }, AUTO_SOLVE_DELAY_MS);
    return () => clearTimeout(pending.current);
  }, [config, history, start]);

  return <SolveContext.Provider value={{ state, start, cancel, canStart }}>{props.children}</SolveContext.Provider>;
}
