import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../state/PlanContext';
import { STEPS, type StepStatus } from '../state/steps';

const useListStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  wide: { '@media (min-width: 640px)': { flexDirection: 'column', flexWrap: 'nowrap' } },
  item: { minWidth: '32px', justifyContent: 'flex-start' },
  title: { display: 'none', '@media (min-width: 640px)': { display: 'inline' } },
  mark: { marginInlineStart: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  incomplete: { color: tokens.colorPaletteRedForeground1 },
  stale: { color: tokens.colorPaletteMarigoldForeground2 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  todo: { color: tokens.colorNeutralForeground3 },
});

const GLYPH: Record<StepStatus, string> = { incomplete: '!', stale: '↻', done: '✓', todo: '·' };

/** The nine steps as a list to jump around in; each shows whether it is incomplete, stale or done. */
export function StepList() {
  const { t } = useTranslation();
  const styles = useListStyles();
  const { step, setStep, statuses } = usePlan();
  return (
    <nav aria-label={t('wizard.steps')}>
      <ol className={mergeClasses(styles.list, styles.wide)}>
        {STEPS.map((s, i) => {
          const status = statuses[i];
          const title = t(`steps.${s.id}.title`);
          return (
            <li key={s.id}>
              <Button
                size="small"
                className={styles.item}
                appearance={i === step ? 'primary' : 'subtle'}
                aria-current={i === step ? 'step' : undefined}
                aria-label={t('wizard.stepButton', { n: i + 1, title, status: t(`status.${status}`) })}
                title={`${title}: ${t(`status.${status}`)}`}
                onClick={() => setStep(i)}
              >
                {i + 1}
                <span className={styles.title}>&nbsp;{title}</span>
                <span aria-hidden="true" className={mergeClasses(styles.mark, i === step ? undefined : styles[status])}>{GLYPH[status]}</span>
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
