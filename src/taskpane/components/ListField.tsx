import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemText } from '../i18n/problems';
import { readWeekdays } from '../../core/calendar/weekdayList';
import { listItems, readNumber } from './fields';
import { usePlan } from '../state/PlanContext';
import { useStyles } from './styles';

/**
 * A list typed as text ("480, 510" or "Mon, Tue"): each item is a number
 * where it reads as one (`numbers`), a weekday code where it names days
 * (`weekdays`: "Mon-Fri", "周一至周五", readWeekdays), else kept as typed, so
 * the core names what is wrong. `optional`: emptied, the list is left out of the draft (its default applies).
 */
export function ListField(props: { path: string; label: string; hint?: string; numbers?: boolean; weekdays?: boolean; optional?: boolean }) {
  const { t } = useTranslation();
  const { valueAt, update, problems } = usePlan();
  const styles = useStyles();
  const problemText = useProblemText();
  const value = valueAt(props.path);
  // weekday codes are shown in the pane's language ("周一, 周二"); they read back the same
  const shown = (item: unknown) => (props.weekdays && typeof item === 'string' ? t(`weekdayCodes.${item}`, { defaultValue: item }) : String(item));
  const [text, setText] = useState(() => (Array.isArray(value) ? value.map(shown).join(props.weekdays ? t('fields.listSeparator') : ', ') : ''));
  // "[1] must be…" is a path: the planner reads "item 2: must be…"
  const itemOf = (field: string) => /^\[(\d+)\]/.exec(field.slice(props.path.length))?.[1];
  const mine = problems
    .filter((p) => p.field === props.path || p.field.startsWith(`${props.path}[`))
    .map((p) => {
      const item = itemOf(p.field);
      return item === undefined ? problemText(p) : t('fields.item', { n: Number(item) + 1, message: problemText(p) });
    });
  const message = mine.length > 0 ? mine.join('; ') : undefined;
  return (
    <Field label={props.label} hint={props.hint} validationMessage={message} validationState={message ? 'error' : 'none'}>
      <Input
        className={styles.control}
        input={{ className: styles.controlInput }}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          if (props.weekdays) {
            update(props.path, readWeekdays(d.value));
            return;
          }
          const items = listItems(d.value);
          update(props.path, props.optional && items.length === 0 ? undefined : items.map((s) => (props.numbers ? readNumber(s) ?? s : s)));
        }}
      />
    </Field>
  );
}
