import { Body1, MessageBar, MessageBarBody, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../state/PlanContext';
import { STEPS } from '../state/steps';
import { useStyles } from './styles';

/** A step's page: its title, what it decides and why, its status, then its inputs and previews. */
export function StepFrame(props: { index: number; children: ReactNode }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { statuses } = usePlan();
  const id = STEPS[props.index].id;
  const status = statuses[props.index];
  return (
    <section className={styles.stack} aria-labelledby={`step-title-${id}`}>
      {/* tabIndex -1: focused when the step opens (App), not a Tab stop */}
      <Title3 as="h2" id={`step-title-${id}`} tabIndex={-1} className={styles.heading}>
        {t('wizard.stepHeading', { n: props.index + 1, title: t(`steps.${id}.title`) })}
      </Title3>
      <Body1 as="p">{t(`steps.${id}.intro`)}</Body1>
      {status === 'stale' && <MessageBar intent="warning"><MessageBarBody>{t('status.staleNote')}</MessageBarBody></MessageBar>}
      {props.children}
    </section>
  );
}

/** A titled group of inputs or results inside a step. */
export function Group(props: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.section} role="group" aria-label={props.title}>
      <Body1 as="h3"><strong>{props.title}</strong></Body1>
      {props.children}
    </div>
  );
}
