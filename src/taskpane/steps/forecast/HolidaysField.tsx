import { Caption1, Combobox, Field, Input, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, weekday } from '../../../core/calendar/dates';
import type { ConfigProblem } from '../../../core/plan/validateConfig';
import { listItems } from '../../components/fields';
import { Group } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useFormat } from '../../format/useFormat';
import { useLocale } from '../../i18n/LocaleContext';
import { useProblemText } from '../../i18n/problems';
import { usePlan } from '../../state/PlanContext';
import { withPlanLocale } from '../../state/planDraft';
import { type HolidayParts, holidayParts, holidayValue } from './holidayParts';
import { regionOfText, regionOptions, searchRegions } from './regionOptions';
import { useHolidayPreview } from './useHolidayPreview';

const PATH = 'forecast.holidays';
/** Regions listed at once while searching (the picker is searched, not scrolled). */
const SHOWN_REGIONS = 50;

/** A comma-separated list of dates, kept as typed so the validator names a wrong one; `problems`: its items' problems with their index. */
function DateList(props: { label: string; hint: string; items: unknown[]; problems: { index?: number; problem: ConfigProblem }[]; onChange: (items: string[]) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const problemText = useProblemText();
  const [text, setText] = useState(() => props.items.map(String).join(', '));
  const message = props.problems.map((p) => (p.index === undefined ? problemText(p.problem) : t('fields.item', { n: p.index + 1, message: problemText(p.problem) }))).join('; ') || undefined;
  return (
    <Field label={props.label} hint={props.hint} validationMessage={message} validationState={message ? 'error' : 'none'}>
      <Input
        className={styles.control}
        input={{ className: styles.controlInput }}
        value={text}
        placeholder="YYYY-MM-DD"
        onChange={(_, d) => {
          setText(d.value);
          props.onChange(listItems(d.value));
        }}
      />
    </Field>
  );
}

/** Problems under `prefix` ("forecast.holidays.dates"), with the item each names. */
function itemProblems(problems: readonly ConfigProblem[], prefix: string): { index?: number; problem: ConfigProblem }[] {
  return problems.flatMap((problem) => {
    const m = /^\[(\d+)\]/.exec(problem.field.slice(prefix.length));
    return problem.field.startsWith(`${prefix}[`) && m ? [{ index: Number(m[1]), problem }] : [];
  });
}

/**
 * Step 3's closed days: a region whose public holidays (and China's make-up
 * working days) the plan takes from a maintained calendar, searched by name or
 * code in the pane's language; the centre's own closed days; the region's
 * holidays it opens. Stored in the schema's shapes (holidayParts.ts); below,
 * the days they give in the forecast horizon.
 */
export function HolidaysField() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { valueAt, update, problems, draft } = usePlan();
  const problemText = useProblemText();
  const parts = holidayParts(valueAt(PATH), withPlanLocale(draft, locale).locale === 'zh-CN' ? 'zh-CN' : 'en');
  const options = useMemo(() => regionOptions(locale), [locale]);
  const selected = options.find((o) => o.code === parts.region);
  // the text being typed into the picker; undefined: the picker shows the setting
  const [query, setQuery] = useState<string | undefined>();
  const write = (next: Partial<HolidayParts>) => update(PATH, holidayValue({ ...parts, ...next }));
  const commit = (text: string) => write({ region: text.trim() === '' ? undefined : regionOfText(text, options) });

  const regionProblems = problems.filter((p) => p.field === PATH || p.field === `${PATH}.region`);
  const regionMessage = regionProblems.length > 0 ? regionProblems.map(problemText).join('; ') : undefined;
  const listed = searchRegions(options, query ?? '', SHOWN_REGIONS);
  const shown = query === undefined && selected && !listed.includes(selected) ? [selected, ...listed] : listed;
  const none = t('forecast.noRegion');
  const regionHint = parts.isDefault && parts.region ? `${t('forecast.regionDefault')} ${t('forecast.regionHint')}` : t('forecast.regionHint');

  return (
    <Group title={t('forecast.holidays')}>
      <Field label={t('forecast.region')} hint={regionHint} validationMessage={regionMessage} validationState={regionMessage ? 'error' : 'none'}>
        <Combobox
          freeform
          value={query ?? (selected ? selected.label : parts.region ?? none)}
          selectedOptions={[parts.region ?? '']}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, d) => {
            // typing past the selected option's text clears the selection (no value): the text is still being typed
            if (d.optionValue === undefined) return;
            setQuery(undefined);
            write({ region: d.optionValue === '' ? undefined : d.optionValue });
          }}
          onBlur={() => {
            if (query === undefined) return;
            commit(query);
            setQuery(undefined);
          }}
        >
          <Option value="" text={none}>{none}</Option>
          {shown.map((o) => <Option key={o.code} value={o.code} text={o.label}>{o.label}</Option>)}
        </Combobox>
      </Field>
      <DateList
        label={t('forecast.ownDates')}
        hint={t('forecast.holidaysHint')}
        items={parts.dates}
        problems={[...itemProblems(problems, PATH), ...itemProblems(problems, `${PATH}.dates`)]}
        onChange={(dates) => write({ dates })}
      />
      {parts.region !== undefined && (
        <DateList label={t('forecast.except')} hint={t('forecast.exceptHint')} items={parts.except} problems={itemProblems(problems, `${PATH}.except`)} onChange={(except) => write({ except })} />
      )}
      <PreviewList parts={parts} />
    </Group>
  );
}

/** The closed and make-up days the setting gives in the horizon. */
function PreviewList(props: { parts: HolidayParts }) {
  const { t } = useTranslation();
  const f = useFormat();
  const styles = useStyles();
  const preview = useHolidayPreview(props.parts);
  if (preview.state === 'noHorizon') return <Caption1 className={styles.muted}>{t('forecast.previewNoHorizon')}</Caption1>;
  const range = { from: f.date(preview.from), to: f.date(preview.to) };
  if (preview.state === 'loading') return <Caption1 className={styles.muted}>{t('forecast.previewLoading', range)}</Caption1>;
  const day = (date: string) => `${f.date(date)} ${t(`weekdaysShort.${WEEKDAYS[weekday(date)]}`)}`;
  return (
    <div role="region" aria-label={t('forecast.preview', range)}>
      <Caption1>{t('forecast.preview', range)}</Caption1>
      {preview.days.length === 0 ? (
        <Caption1 as="p" className={styles.muted}>{t('forecast.previewNone')}</Caption1>
      ) : (
        <ul className={styles.issueList}>
          {preview.days.map((d) => <li key={d.date}>{t(`forecast.previewDay.${d.kind}`, { day: day(d.date), name: d.name })}</li>)}
        </ul>
      )}
      {preview.uncoveredYears.length > 0 && <Caption1 as="p" className={styles.muted}>{t('forecast.previewUncovered', { years: preview.uncoveredYears.join(', ') })}</Caption1>}
    </div>
  );
}
