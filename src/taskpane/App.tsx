import { Badge, Button, FluentProvider, makeStyles, Title2, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ConfirmProvider } from './components/ConfirmDialog';
import { StepBoundary } from './components/ErrorBoundary';
import { PlanFileBar } from './components/PlanFileBar';
import { SaveStatus } from './components/SaveStatus';
import { StepList } from './components/StepList';
import type { Host } from './host/host';
import { LanguageSwitch, LocaleProvider } from './i18n/LocaleContext';
import type { PlanRunner } from './run/planRunner';
import { SolveProvider } from './run/SolveContext';
import { PlanProvider, usePlan } from './state/PlanContext';
import { STEPS } from './state/steps';
import type { PlanStorage } from './state/storage';
import { CostsStep } from './steps/costs/CostsStep';
import { DataStep } from './steps/data/DataStep';
import { ForecastStep } from './steps/forecast/ForecastStep';
import { PlansStep } from './steps/plans/PlansStep';
import { useSampleLabelsFollowLanguage } from './steps/plans/sampleLabels';
import { ScheduleStep } from './steps/schedule/ScheduleStep';
import { ServiceStep } from './steps/service/ServiceStep';
import { ShrinkageStep } from './steps/shrinkage/ShrinkageStep';
import { StaffingStep } from './steps/staffing/StaffingStep';
import { TrunksStep } from './steps/trunks/TrunksStep';

const STEP_COMPONENTS = [ServiceStep, DataStep, ForecastStep, StaffingStep, TrunksStep, ShrinkageStep, ScheduleStep, CostsStep, PlansStep];

const useAppStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 640px)': { gridTemplateColumns: '200px minmax(0, 1fr)' },
  },
  main: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  nav: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalL },
  /** off screen until focused (the first Tab stop), then shown at the top left */
  skip: {
    position: 'absolute', left: '-10000px', top: 'auto', width: '1px', height: '1px', overflow: 'hidden',
    ':focus': { position: 'static', width: 'auto', height: 'auto', overflow: 'visible', display: 'inline-block', marginBottom: tokens.spacingVerticalS, padding: tokens.spacingHorizontalXS, outline: `2px solid ${tokens.colorStrokeFocus2}`, color: tokens.colorBrandForegroundLink },
  },
});

/** The id of the element that holds the current step (the skip link's target). */
const STEP_CONTENT_ID = 'step-content';

/**
 * Moves focus to the new step's heading after the step changes (Next, Back,
 * the step list), so keyboard and screen-reader users start reading the new
 * step at its top; not on the first render (the pane opens where it was).
 */
function useFocusOnStepChange(step: number): void {
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const heading = document.querySelector<HTMLElement>(`#${STEP_CONTENT_ID} h2`);
    (heading ?? document.getElementById(STEP_CONTENT_ID))?.focus();
  }, [step]);
}

function Wizard() {
  const { t } = useTranslation();
  const styles = useAppStyles();
  const { step, setStep, host } = usePlan();
  const Step = STEP_COMPONENTS[step] ?? ServiceStep;
  useFocusOnStepChange(step);
  useSampleLabelsFollowLanguage();
  return (
    <>
      <a href={`#${STEP_CONTENT_ID}`} className={styles.skip} onClick={(e) => {
        e.preventDefault();
        document.querySelector<HTMLElement>(`#${STEP_CONTENT_ID} h2`)?.focus();
      }}>{t('wizard.skip')}</a>
      <header className={styles.header}>
        <Title2 as="h1">{t('wizard.title')}</Title2>
        {host.kind === 'preview' && <Badge appearance="outline">{t('wizard.preview')}</Badge>}
        {host.kind === 'preview' && <LanguageSwitch />}
      </header>
      <SaveStatus />
      <div className={styles.layout}>
        <div>
          <StepList />
        </div>
        <main className={styles.main} id={STEP_CONTENT_ID} tabIndex={-1}>
          <StepBoundary key={step} resetKey={step} title={t('wizard.stepHeading', { n: step + 1, title: t(`steps.${STEPS[step]?.id ?? 'service'}.title`) })}>
            <Step />
          </StepBoundary>
          <div className={styles.nav}>
            <Button disabled={step === 0} onClick={() => setStep(step - 1)}>{t('wizard.back')}</Button>
            <Button appearance="primary" disabled={step === STEPS.length - 1} onClick={() => setStep(step + 1)}>{t('wizard.next')}</Button>
          </div>
          <PlanFileBar />
        </main>
      </div>
    </>
  );
}

/** The whole pane: theme (Office's, light or dark), catalogue, plan state, solver, dialogs. */
export function App(props: { host: Host; storage: PlanStorage; runner: PlanRunner; i18n: i18n }) {
  const styles = useAppStyles();
  return (
    <FluentProvider theme={props.host.dark ? webDarkTheme : webLightTheme} className={styles.root} dir="ltr">
      <I18nextProvider i18n={props.i18n}>
        <LocaleProvider host={props.host} storage={props.storage}>
          <PlanProvider storage={props.storage} host={props.host} runner={props.runner}>
            <SolveProvider>
              <ConfirmProvider>
                <Wizard />
              </ConfirmProvider>
            </SolveProvider>
          </PlanProvider>
        </LocaleProvider>
      </I18nextProvider>
    </FluentProvider>
  );
}
