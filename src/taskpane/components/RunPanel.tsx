import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PlanProgress } from '../../core/plan/steps/progress';
import { useEngineText } from '../format/useEngineText';
import { useFormat } from '../format/useFormat';
import { useSolve } from '../run/SolveContext';
import { usePlan } from '../state/PlanContext';
import { STEPS } from '../state/steps';
import { useStyles } from './styles';

/** Scenario ids the pane names in the user's language (the default plans); any other is shown as written. */
const NAMED_SCENARIOS = ['high', 'mid', 'low'] as const;

/**
 * Runs the plan (forecast → staff → schedule → costs) in the Worker, with a
 * progress bar and Cancel. Shown on every step that displays results. The
 * engine's progress is codes and numbers; this words it: the step's title,
 * and while a schedule is solved the plan solved, the seconds of the plan's
 * time limit and how far the best schedule is above the proven bound.
 */
export function RunPanel(props: { primary?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const styles = useStyles();
  const { state, start, cancel, canStart } = useSolve();
  const engine = useEngineText();
  const { config, history, statuses, needsAht } = usePlan();
  const running = state.phase === 'running';
  const progressText = ({ step, schedule: s }: PlanProgress): string => {
    if (step === 0) return t('run.loading');
    const title = t(`steps.${STEPS[step - 1]?.id ?? 'service'}.title`);
    if (!s) return t('run.progress', { step, label: title });
    const scenario = s.scenario === undefined
      ? t('run.baseWeek')
      : (NAMED_SCENARIOS as readonly string[]).includes(s.scenario) ? t(`run.scenarios.${s.scenario as (typeof NAMED_SCENARIOS)[number]}`) : t('run.scenario', { name: s.scenario });
    const plan = s.team === undefined ? scenario : t('run.teamPlan', { plan: scenario, team: s.team });
    const time = t('run.time', { seconds: f.seconds(Math.round(s.seconds), 0), limit: f.seconds(s.limitSeconds, 0) });
    const found = s.objective !== undefined && s.bound !== undefined && s.bound > 0;
    const detail = found ? t('run.aboveBound', { time, above: f.percent(Math.max(0, s.objective! / s.bound! - 1), 1) }) : t('run.phaseTime', { time, phase: t(`run.phases.${s.phase}`) });
    return t('run.progress', { step, label: t('run.solving', { title, plan, detail }) });
  };
  const why = !history ? t('run.needHistory') : needsAht ? t('run.needAht') : !config ? t('run.needValid') : undefined;
  return (
    <div className={styles.section}>
      <div className={styles.buttons}>
        <Button appearance={props.primary ? 'primary' : 'secondary'} disabled={!canStart} onClick={start}>
          {statuses.some((s) => s === 'stale') ? t('run.resolve') : t('run.solve')}
        </Button>
        {running && <Button onClick={cancel}>{t('run.cancel')}</Button>}
      </div>
      {why && !running && <MessageBar intent="info"><MessageBarBody>{why}</MessageBarBody></MessageBar>}
      {running && (
        <Field validationMessage={progressText(state.progress)} validationState="none">
          <ProgressBar value={state.progress.step / 9} max={1} thickness="large" aria-label={t('run.progressLabel')} />
        </Field>
      )}
      <div role="status" aria-live="polite">
        {state.phase === 'cancelled' && <MessageBar intent="warning"><MessageBarBody>{t('run.cancelled')}</MessageBarBody></MessageBar>}
        {state.phase === 'failed' && <MessageBar intent="error"><MessageBarBody>{t('run.failed', { message: engine.failure(state.failure) })}</MessageBarBody></MessageBar>}
        {state.phase === 'done' && <MessageBar intent="success"><MessageBarBody>{t('run.done')}</MessageBarBody></MessageBar>}
      </div>
    </div>
  );
}
