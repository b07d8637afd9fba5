import { Button, Caption1, Checkbox } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FieldRow, NumberField } from '../../components/fields';
import { useStyles } from '../../components/styles';
import { useFieldProblems, usePlan } from '../../state/PlanContext';

/** A break as drafted: numbers may still be text the user is typing (the core names the problem). */
export interface DraftBreak {
  offset?: unknown;
  latestOffset?: unknown;
  minutes?: unknown;
  paid?: unknown;
}

/**
 * The break a new row starts with: 30 unpaid minutes starting anywhere in the
 * hour around the middle of the shift (on half hours).
 * @example defaultBreak(480) //=> { offset: 180, latestOffset: 240, minutes: 30, paid: false }
 */
export function defaultBreak(shiftMinutes: number): DraftBreak {
  const offset = Math.max(0, Math.round((shiftMinutes / 2 - 60) / 30) * 30);
  return { offset, latestOffset: Math.max(offset, Math.min(offset + 60, shiftMinutes - 30)), minutes: 30, paid: false };
}

/**
 * The breaks of one shift (a fixed shift, or one length of a shift pattern):
 * each with its earliest and latest start after the shift starts, its length
 * and whether it is paid; the core checks that every break fits its shift.
 * `path` is where the list lives in the draft; `onChange` writes the whole list
 * (a pattern's breaks are a record by length, which the caller keeps whole).
 */
export function BreaksEditor(props: { path: string; title: string; shiftMinutes: number; onChange: (list: DraftBreak[]) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { valueAt, update } = usePlan();
  const list = (valueAt(props.path) as DraftBreak[] | undefined) ?? [];
  return (
    <div className={styles.section} role="group" aria-label={props.title}>
      <Caption1><strong>{props.title}</strong></Caption1>
      {list.length === 0 && <Caption1 className={styles.muted}>{t('schedule.breaks.none')}</Caption1>}
      {list.map((b, j) => (
        <BreakRow key={j} path={`${props.path}[${j}]`} n={j + 1} paid={b.paid === true} onPaid={(paid) => update(`${props.path}[${j}].paid`, paid)} onRemove={() => props.onChange(list.filter((_, k) => k !== j))} />
      ))}
      <div className={styles.buttons}>
        <Button size="small" onClick={() => props.onChange([...list, defaultBreak(props.shiftMinutes)])}>{t('schedule.breaks.add')}</Button>
      </div>
    </div>
  );
}

function BreakRow(props: { path: string; n: number; paid: boolean; onPaid: (paid: boolean) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const whole = useFieldProblems(props.path);
  return (
    <div className={styles.section} role="group" aria-label={t('schedule.breaks.n', { n: props.n })}>
      <FieldRow>
        <NumberField path={`${props.path}.offset`} label={t('schedule.breaks.earliest')} hint={t('schedule.breaks.earliestHint')} unit={t('units.min')} />
        <NumberField path={`${props.path}.latestOffset`} label={t('schedule.breaks.latest')} hint={t('schedule.breaks.latestHint')} unit={t('units.min')} />
        <NumberField path={`${props.path}.minutes`} label={t('schedule.breaks.minutes')} unit={t('units.min')} />
      </FieldRow>
      {whole && <Caption1 role="alert" className={styles.error}>{whole}</Caption1>}
      <div className={styles.buttons}>
        <Checkbox checked={props.paid} label={t('schedule.breaks.paid')} onChange={(_, d) => props.onPaid(d.checked === true)} />
        <Button size="small" onClick={props.onRemove}>{t('schedule.breaks.remove', { n: props.n })}</Button>
      </div>
    </div>
  );
}
