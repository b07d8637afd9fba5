import { Body1, MessageBar, MessageBarBody, Select, Field } from '@fluentui/react-components';
import { WEEKDAYS } from '../../../core/calendar/dates';
import { useTranslation } from 'react-i18next';
import { FieldRow, NumberField } from '../../components/fields';
import { RunPanel } from '../../components/RunPanel';
import { Group, StepFrame } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useFormat } from '../../format/useFormat';
import { useFieldProblems } from '../../state/PlanContext';
import { type CategoryShape, useShrinkageStep } from './useShrinkageStep';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

export function ShrinkageStep() {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const { categories, shapeOf, setShape, live, elementProblem } = useShrinkageStep();
  // the validator names a whole category ("shrinkage.leave") when one of its months is wrong: each month says its own
  const problemOf = (path: string) => {
    const p = elementProblem(path);
    return p === 'range' ? t('problems.percent.range', { min: f.percent(0), max: f.percent(1) }) : p === 'notNumber' ? t('problems.percent.notNumber') : undefined;
  };
  const totalProblem = useFieldProblems('shrinkage');
  return (
    <StepFrame index={5}>
      <div role="status" aria-live="polite" className={styles.section}>
        {totalProblem && <MessageBar intent="error"><MessageBarBody>{t('shrinkage.totalProblem', { message: totalProblem })}</MessageBarBody></MessageBar>}
        {live && live.total !== undefined && (
          <Body1 as="p">
            {t('shrinkage.total', { day: live.day, total: f.percent(live.total) })}{' '}
            {live.peak && t('shrinkage.scheduled', { start: live.peak.start, base: f.count(live.peak.base), scheduled: f.decimal(live.peak.scheduled, 1) })}
          </Body1>
        )}
      </div>
      {categories.map((c) => {
        const shape = shapeOf(c);
        const name = t(`shrinkage.categories.${c}`);
        return (
          <Group key={c} title={name}>
            <Field label={t('shrinkage.shape', { category: name })}>
              <Select value={shape} onChange={(_, d) => setShape(c, d.value as CategoryShape)}>
                <option value="single">{t('shrinkage.shapes.single')}</option>
                <option value="byMonth">{t('shrinkage.shapes.byMonth')}</option>
                <option value="byWeekday">{t('shrinkage.shapes.byWeekday')}</option>
              </Select>
            </Field>
            {shape === 'single' && <NumberField path={`shrinkage.${c}`} label={t('shrinkage.share', { category: name })} percent />}
            {shape === 'byMonth' && (
              <FieldRow>
                {MONTHS.map((m, i) => <NumberField key={m} path={`shrinkage.${c}.byMonth[${i}]`} label={t(`months.${m}`)} percent problem={problemOf(`shrinkage.${c}.byMonth[${i}]`)} />)}
              </FieldRow>
            )}
            {shape === 'byWeekday' && (
              <FieldRow>
                {WEEKDAYS.map((d, i) => <NumberField key={d} path={`shrinkage.${c}.byWeekday[${i}]`} label={t(`weekdays.${d}`)} percent problem={problemOf(`shrinkage.${c}.byWeekday[${i}]`)} />)}
              </FieldRow>
            )}
          </Group>
        );
      })}
      <RunPanel />
    </StepFrame>
  );
}
