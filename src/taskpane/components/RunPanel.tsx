import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useEngineText } from '../format/useEngineText';
import { useSolve } from '../run/SolveContext';
import { usePlan } from '../state/PlanContext';
import { STEPS } from '../state/steps';

/** The solver's phases inside step 7 (the core's progress labels end "schedules: <phase>"). */
const SCHEDULE_PHASES = ['validate', 'model', 'lp', 'mip', 'roster', 'report'] as const;
import { useStyles } from './styles';

/**
 * Runs the plan (forecast → staff → schedule → costs) in the Worker, with a
 * progress bar and Cancel. Shown on every step that displays results.
 */
export function RunPanel(props: { primary?: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { state, start, cancel, canStart } = useSolve();
  const engine = useEngineText();
  const { config, history, statuses, needsAht } = usePlan();
  const running = state.phase === 'running';
  // the core's progress labels are codes ("schedules: mip"): the pane words the step and the solver's phase itself
  const progressText = (step: number, label: string) => {
    const title = t(`steps.${STEPS[step - 1]?.id ?? 'service'}.title`);
    const phase = SCHEDULE_PHASES.find((p) => label.endsWith(`: ${p}`));
    return t('run.progress', { step, label: phase ? t('run.phase', { title, phase: t(`run.phases.${phase}`) }) : title });
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
        <Field validationMessage={state.step === 0 ? t('run.loading') : progressText(state.step, state.label)} validationState="none">
          <ProgressBar value={state.step / 9} max={1} thickness="large" aria-label={t('run.progressLabel')} />
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
