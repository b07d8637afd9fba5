import { Field, Input, Select } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { useStyles } from './styles';
import { useFieldProblems, usePlan } from '../state/PlanContext';

/**
 * Text typed into a number field: a number when it reads as one ("12.5",
 * "12,5"), otherwise the text itself, kept in the draft so the core's
 * validator names the problem ("must be a number (got "abc")") and nothing
 * the user typed is lost. Empty → undefined.
 */
export function readNumber(text: string, scale = 1): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const normal = t.replace(/\s/g, '').replace(/,(?=\d{1,2}$|\d*$)/, '.').replace(/%$/, '');
  const n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal) ? Number(normal) : NaN;
  if (Number.isNaN(n)) return t;
  return scale === 1 ? n : Math.round((n / scale) * 1e12) / 1e12;
}

const shownNumber = (value: unknown, scale: number): string =>
  typeof value === 'number' ? String(Math.round(value * scale * 1e9) / 1e9) : typeof value === 'string' ? value : '';

interface BaseProps {
  path: string;
  label: string;
  hint?: string;
  /** unit shown after the input ("%", "sec", "USD") */
  unit?: string;
  required?: boolean;
}

/** A number input bound to the draft at `path`; `scale` 100 shows fractions as percentages. */
export function NumberField(props: BaseProps & { scale?: number }) {
  const { valueAt, update } = usePlan();
  const styles = useStyles();
  const scale = props.scale ?? 1;
  const value = valueAt(props.path);
  const [text, setText] = useState(() => shownNumber(value, scale));
  useEffect(() => {
    // follow changes made elsewhere (a preset, an import) unless the text already says the same
    if (readNumber(text, scale) !== value && !(value === undefined && text.trim() === '')) setText(shownNumber(value, scale));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, scale]);
  const problem = useFieldProblems(props.path);
  return (
    <Field label={props.label} hint={props.hint} validationMessage={problem} validationState={problem ? 'error' : 'none'} required={props.required}>
      <Input
        className={styles.control}
        input={{ className: styles.controlInput }}
        value={text}
        inputMode="decimal"
        contentAfter={props.unit && <span className={styles.nowrap}>{props.unit}</span>}
        onChange={(_, d) => {
          setText(d.value);
          update(props.path, readNumber(d.value, scale));
        }}
      />
    </Field>
  );
}

/** A text input bound to the draft at `path`. */
export function TextField(props: BaseProps & { placeholder?: string }) {
  const { valueAt, update } = usePlan();
  const styles = useStyles();
  const value = valueAt(props.path);
  const problem = useFieldProblems(props.path);
  return (
    <Field label={props.label} hint={props.hint} validationMessage={problem} validationState={problem ? 'error' : 'none'} required={props.required}>
      <Input className={styles.control} input={{ className: styles.controlInput }} value={typeof value === 'string' ? value : ''} placeholder={props.placeholder} onChange={(_, d) => update(props.path, d.value)} />
    </Field>
  );
}

/** A choice bound to the draft at `path` (a native select: keyboard and screen readers know it). */
export function SelectField<V extends string | number>(props: BaseProps & { options: readonly { value: V; label: string }[] }) {
  const { valueAt, update } = usePlan();
  const styles = useStyles();
  const value = valueAt(props.path);
  const problem = useFieldProblems(props.path);
  return (
    <Field label={props.label} hint={props.hint} validationMessage={problem} validationState={problem ? 'error' : 'none'}>
      <Select
        className={styles.control}
        value={value === undefined ? '' : String(value)}
        onChange={(_, d) => {
          const picked = props.options.find((o) => String(o.value) === d.value);
          update(props.path, picked?.value);
        }}
      >
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Several fields side by side when there is room, stacked at 320 px. */
export function FieldRow(props: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.fieldRow}>
      {props.children}
    </div>
  );
}
