import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { useStyles } from './styles';
import { useFieldProblems, usePlan } from '../state/PlanContext';

/**
 * Text typed into a number field: a number when it reads as one ("12.5",
 * "12,5"), otherwise the text itself, kept in the draft so the core's
 * validator names the problem ("must be a number (got "abc")") and nothing
 * the user typed is lost. Empty → undefined.
 */
export function readNumber(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const normal = t.replace(/\s/g, '').replace(/,(?=\d{1,2}$|\d*$)/, '.').replace(/%$/, '');
  const n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal) ? Number(normal) : NaN;
  if (Number.isNaN(n)) return t;
  return n;
}

/**
 * The items of a list typed as text: separated by commas, semicolons, the
 * Chinese comma and enumeration comma (，、) or spaces; empty items dropped.
 * @example listItems('2026-01-01, 2026-12-25') //=> ['2026-01-01', '2026-12-25']
 * @example listItems('480，510、540') //=> ['480', '510', '540']
 */
export const listItems = (text: string): string[] => text.split(/[,;，、\s]+/).filter((s) => s !== '');

/**
 * Text typed into a percent field, as a fraction: one rule for every percent
 * field. A number with "%" or above 1 (in size) is a percentage; a number of
 * at most 1 without "%" is already a fraction.
 * @example readPercent('80') //=> 0.8
 * @example readPercent('80%') //=> 0.8
 * @example readPercent('0.8') //=> 0.8
 * @example readPercent('0.5%') //=> 0.005
 */
export function readPercent(text: string): number | string | undefined {
  const n = readNumber(text);
  if (typeof n !== 'number') return n;
  const percentage = /%\s*$/.test(text) || Math.abs(n) > 1;
  return percentage ? Math.round((n / 100) * 1e12) / 1e12 : n;
}

/**
 * A draft value as the field shows it. Percentages are shown as numbers
 * ("80" beside the field's "%"); at most 1% they carry their "%" ("1%",
 * "0.5%") so that reading the text back gives the same fraction.
 */
export const shownNumber = (value: unknown, percent: boolean): string => {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  if (!percent) return String(value);
  const p = Math.round(value * 100 * 1e9) / 1e9;
  return p !== 0 && Math.abs(p) <= 1 ? `${p}%` : String(p);
};

interface BaseProps {
  path: string;
  label: string;
  hint?: string;
  /** unit shown after the input ("sec", "USD"); percent fields show "%" in the text itself */
  unit?: string;
  required?: boolean;
}

/**
 * A number input bound to the draft at `path` (`problem`: a message the
 * validator gives its parent, shown here when the field has none of its own). A `percent` field keeps a
 * fraction in the draft, shows it as "80%", reads what is typed by
 * `readPercent` and says how it read it ("Reads as 80%"); its problems are
 * worded in percent. `defaultValue`: what the engine uses when the field is
 * empty (same units as the draft), shown greyed in the empty field and said
 * in the hint ("Empty: 90% (the default).").
 */
export function NumberField(props: BaseProps & { percent?: boolean; problem?: string; defaultValue?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { valueAt, update } = usePlan();
  const styles = useStyles();
  const percent = props.percent === true;
  const read = percent ? readPercent : (s: string) => readNumber(s);
  const value = valueAt(props.path);
  const [text, setText] = useState(() => shownNumber(value, percent));
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    // follow changes made elsewhere (a preset, an import) unless the text already says the same
    if (read(text) !== value && !(value === undefined && text.trim() === '')) setText(shownNumber(value, percent));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, percent]);
  const own = useFieldProblems(props.path, { percent });
  const problem = own ?? props.problem;
  const explicit = /%\s*$/.test(text);
  // once the user types, a percent field says how it read the text ("0.8" and "80" both read as 80%)
  const reading = percent && typed && typeof value === 'number' && !explicit ? t('fields.readsAs', { value: f.percent(value, 2) }) : undefined;
  const fallback = props.defaultValue === undefined ? undefined : percent ? f.percent(props.defaultValue, 2) : `${f.decimal(props.defaultValue)}${props.unit ? ` ${props.unit}` : ''}`;
  const defaultHint = fallback === undefined ? undefined : t('fields.defaultHint', { value: fallback });
  const hint = [reading, props.hint, defaultHint].filter((h) => h !== undefined).join(' ') || undefined;
  return (
    <Field label={props.label} hint={hint} validationMessage={problem} validationState={problem ? 'error' : 'none'} required={props.required}>
      <Input
        className={styles.control}
        input={{ className: styles.controlInput }}
        value={text}
        placeholder={props.defaultValue === undefined ? undefined : shownNumber(props.defaultValue, percent)}
        inputMode="decimal"
        contentAfter={(percent ? (explicit ? undefined : '%') : props.unit) && <span className={styles.nowrap}>{percent ? '%' : props.unit}</span>}
        onChange={(_, d) => {
          setText(d.value);
          setTyped(true);
          update(props.path, read(d.value));
        }}
      />
    </Field>
  );
}

/** A text input bound to the draft at `path`; emptied, the field is left out of the draft (its default applies: "Empty: the day after the history"). */
export function TextField(props: BaseProps & { placeholder?: string }) {
  const { valueAt, update } = usePlan();
  const styles = useStyles();
  const value = valueAt(props.path);
  const problem = useFieldProblems(props.path);
  return (
    <Field label={props.label} hint={props.hint} validationMessage={problem} validationState={problem ? 'error' : 'none'} required={props.required}>
      <Input className={styles.control} input={{ className: styles.controlInput }} value={typeof value === 'string' ? value : ''} placeholder={props.placeholder} onChange={(_, d) => update(props.path, d.value === '' ? undefined : d.value)} />
    </Field>
  );
}

/**
 * A choice bound to the draft at `path`. Up to RADIO_LIMIT options are radio
 * buttons whose labels wrap (every option readable at 320 px, none cut off as
 * in a select); longer lists are a native select (keyboard and screen readers
 * know it). `defaultValue`: the engine's value when the draft leaves it out,
 * marked "(default)".
 */
export function ChoiceField<V extends string | number>(props: BaseProps & { options: readonly { value: V; label: string }[]; defaultValue?: V }) {
  const { t } = useTranslation();
  const { valueAt, update } = usePlan();
  const styles = useStyles();
  const stored = valueAt(props.path);
  const value = stored === undefined && props.defaultValue !== undefined ? props.defaultValue : stored;
  const problem = useFieldProblems(props.path);
  const pick = (text: string) => update(props.path, props.options.find((o) => String(o.value) === text)?.value);
  const label = (o: { value: V; label: string }) => (o.value === props.defaultValue ? t('fields.defaultOption', { label: o.label }) : o.label);
  return (
    <Field label={props.label} hint={props.hint} validationMessage={problem} validationState={problem ? 'error' : 'none'}>
      {props.options.length <= RADIO_LIMIT ? (
        <RadioGroup value={value === undefined ? '' : String(value)} onChange={(_, d) => pick(d.value)}>
          {props.options.map((o) => <Radio key={String(o.value)} value={String(o.value)} label={{ children: label(o), className: styles.wrapLabel }} />)}
        </RadioGroup>
      ) : (
        <Select className={styles.control} value={value === undefined ? '' : String(value)} onChange={(_, d) => pick(d.value)}>
          {props.options.map((o) => <option key={String(o.value)} value={String(o.value)}>{label(o)}</option>)}
        </Select>
      )}
    </Field>
  );
}

/** Most options shown as radio buttons; more make a select (a radio list that long would push the step's content off screen). */
const RADIO_LIMIT = 5;

/** Several fields side by side when there is room, stacked at 320 px. */
export function FieldRow(props: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.fieldRow}>
      {props.children}
    </div>
  );
}
