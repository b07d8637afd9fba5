import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../state/PlanContext';
import { STEPS, type StepStatus } from '../state/steps';

const useListStyles = makeStyles({
  /** two columns of named steps in a narrow pane (the names wrap), one column beside the step from 640 px */
  list: {
    listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingHorizontalXS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    '@media (min-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  item: { width: '100%', minWidth: 0, justifyContent: 'flex-start', textAlign: 'start', whiteSpace: 'normal', height: 'auto', minHeight: '28px', alignItems: 'baseline' },
  number: { fontVariantNumeric: 'tabular-nums', flexShrink: 0 },
  title: { marginInlineStart: tokens.spacingHorizontalXS, overflowWrap: 'anywhere', minWidth: 0 },
  mark: { marginInlineStart: 'auto', paddingInlineStart: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  incomplete: { color: tokens.colorPaletteRedForeground1 },
  stale: { color: tokens.colorPaletteMarigoldForeground2 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  todo: { color: tokens.colorNeutralForeground3 },
});

const GLYPH: Record<StepStatus, string> = { incomplete: '!', stale: '↻', done: '✓', todo: '·' };

/** The key that moves focus within the list, and where to: arrows step by one (wrapping), Home and End go to the ends. */
const ROVING_KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The nine steps as a list to jump around in; each shows its name and whether
 * it is incomplete, stale or done. One Tab stop (the current step): the
 * arrow keys, Home and End move among the steps, Enter or Space opens one
 * (a roving tabindex, so the list does not stand between the top of the pane
 * and the step's content).
 */
export function StepList() {
  const { t } = useTranslation();
  const styles = useListStyles();
  const { step, setStep, statuses } = usePlan();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const move = ROVING_KEYS[e.key];
    if (!move) return;
    e.preventDefault();
    buttons.current[move(i, STEPS.length)]?.focus();
  };
  return (
    <nav aria-label={t('wizard.steps')}>
      <ol className={styles.list}>
        {STEPS.map((s, i) => {
          const status = statuses[i];
          const title = t(`steps.${s.id}.title`);
          return (
            <li key={s.id}>
              <Button
                ref={(el: HTMLButtonElement | null) => { buttons.current[i] = el; }}
                size="small"
                className={styles.item}
                appearance={i === step ? 'primary' : 'subtle'}
                tabIndex={i === step ? 0 : -1}
                aria-current={i === step ? 'step' : undefined}
                aria-label={t('wizard.stepButton', { n: i + 1, title, status: t(`status.${status}`) })}
                title={`${title}: ${t(`status.${status}`)}`}
                onKeyDown={(e) => onKeyDown(e, i)}
                onClick={() => setStep(i)}
              >
                {/* a real space: the visible text "2 Workload data" is then part of the accessible name (WCAG 2.5.3) */}
                <span className={styles.number}>{i + 1}</span>{' '}
                <span className={styles.title}>{title}</span>
                <span aria-hidden="true" className={mergeClasses(styles.mark, i === step ? undefined : styles[status])}>{GLYPH[status]}</span>
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
