import { Body1, Button, Checkbox, Field, FieldContextProvider, Radio, RadioGroup } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FieldRow, NumberField, TextField } from '../../components/fields';
import { ListField } from '../../components/ListField';
import { Group } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useProblemText } from '../../i18n/problems';
import { usePlan } from '../../state/PlanContext';
import { SkillsField } from './SkillsField';
import { useQueues, type QueueDraft } from './useQueues';

/** The most queues a plan may list (the core's schema: data.queues). */
const MAX_QUEUES = 50;

/** The channels a queue may have (the core's schema: data.queues[].channel). */
const CHANNELS = ['voice', 'chat', 'email'] as const;
/** A new e-mail queue's response window, hours (a working day's answer). */
const DEFAULT_RESPONSE_HOURS = 24;

/** One queue of the list: its name, the call types it takes, its channel (chat: concurrency; e-mail: response window) and objective. */
function QueueRow(props: { index: number; queue: QueueDraft; known: readonly string[]; onRemove: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { update, problems, valueAt } = usePlan();
  const problemText = useProblemText();
  const base = `data.queues[${props.index}]`;
  const q = props.queue;
  const name = typeof q.name === 'string' ? q.name : '';
  const callTypes = Array.isArray(q.callTypes) ? q.callTypes.map(String) : undefined;
  const taken = callTypes ?? (name ? [name] : []);
  const missing = props.known.length > 0 ? taken.filter((c) => !props.known.includes(c)) : [];
  const typeProblems = [
    ...problems.filter((p) => p.field === `${base}.callTypes` || p.field.startsWith(`${base}.callTypes[`)).map(problemText),
    ...(missing.length > 0 ? [t('data.queues.unknownTypes', { types: missing.join(', '), known: props.known.join(', ') })] : []),
  ];
  const channel = q.channel === 'chat' || q.channel === 'email' ? q.channel : 'voice';
  // the fields this channel shows: a chat's concurrency, an e-mail's window, a live queue's objective
  const fields = ['name', 'callTypes', 'channel', ...(channel === 'chat' ? ['concurrency'] : []), ...(channel === 'email' ? ['responseHours'] : ['slTarget', 'targetSeconds'])];
  const shown = fields.map((k) => `${base}.${k}`);
  // what no field of the row shows (a key the schema does not know, a field of another channel, a row that is not an object)
  const other = problems.filter((p) => (p.field === base || p.field.startsWith(`${base}.`)) && !shown.some((s) => p.field === s || p.field.startsWith(`${s}[`)));
  // each channel keeps only its own field: the core refuses concurrency off chat and responseHours off e-mail
  const setChannel = (next: string) => {
    const { concurrency, responseHours, ...rest } = q;
    update(base, next === 'chat' ? { ...rest, channel: next, concurrency: concurrency ?? 2 }
      : next === 'email' ? { ...rest, channel: next, responseHours: responseHours ?? DEFAULT_RESPONSE_HOURS }
        : { ...rest, channel: 'voice' });
  };
  const toggleType = (type: string, on: boolean) => {
    const next = on ? [...taken.filter((c) => c !== type), type] : taken.filter((c) => c !== type);
    update(`${base}.callTypes`, next.length > 0 ? props.known.filter((k) => next.includes(k)).concat(next.filter((c) => !props.known.includes(c))) : undefined);
  };
  const serviceSl = valueAt('service.slTarget');
  const serviceSeconds = valueAt('service.targetSeconds');
  return (
    <Group title={t('data.queues.queueN', { n: props.index + 1, name })}>
      <TextField path={`${base}.name`} label={t('data.queues.name')} required />
      {props.known.length > 0 ? (
        <Field label={t('data.queues.callTypes')} hint={t('data.queues.callTypesDefault')} validationMessage={typeProblems.join('; ') || undefined} validationState={typeProblems.length > 0 ? 'error' : 'none'}>
          <div className={styles.buttons} role="group" aria-label={t('data.queues.callTypes')}>
            {/* each checkbox its own control: the field's id and label are the group's, not one box's */}
            <FieldContextProvider value={undefined}>
              {props.known.map((type) => (
                <Checkbox key={type} label={type} checked={taken.includes(type)} onChange={(_, d) => toggleType(type, d.checked === true)} />
              ))}
            </FieldContextProvider>
          </div>
        </Field>
      ) : (
        <ListField path={`${base}.callTypes`} label={t('data.queues.callTypes')} hint={t('data.queues.callTypesHint')} optional />
      )}
      <FieldRow>
        <Field label={t('data.queues.channel')}>
          <RadioGroup layout="horizontal" value={channel} onChange={(_, d) => setChannel(d.value)}>
            {CHANNELS.map((c) => <Radio key={c} value={c} label={t(`data.queues.channels.${c}`)} />)}
          </RadioGroup>
        </Field>
        {channel === 'chat' && <NumberField path={`${base}.concurrency`} label={t('data.queues.concurrency')} hint={t('data.queues.concurrencyHint')} />}
        {channel === 'email' && <NumberField path={`${base}.responseHours`} label={t('data.queues.responseHours')} hint={t('data.queues.responseHoursHint')} unit={t('units.hr')} />}
      </FieldRow>
      {channel !== 'email' && <FieldRow>
        <NumberField path={`${base}.slTarget`} label={t('data.queues.slTarget')} percent defaultValue={typeof serviceSl === 'number' ? serviceSl : 0.8} />
        <NumberField path={`${base}.targetSeconds`} label={t('data.queues.targetSeconds')} unit={t('units.sec')} defaultValue={typeof serviceSeconds === 'number' ? serviceSeconds : 20} />
      </FieldRow>}
      {other.length > 0 && <Body1 as="p" role="alert">{other.map(problemText).join('; ')}</Body1>}
      <div className={styles.buttons}>
        <Button size="small" onClick={props.onRemove}>{t('data.queues.remove', { n: props.index + 1 })}</Button>
      </div>
    </Group>
  );
}

/**
 * Step 2's queues (data.queues): all calls as one queue (the default, nothing
 * more to fill in), one queue per call type of the history, or a list the
 * planner edits. The call types offered are the imported history's.
 */
export function QueuesField() {
  const { t } = useTranslation();
  const styles = useStyles();
  const problemText = useProblemText();
  const { problems } = usePlan();
  const { mode, queues, known, hasHistory, choose, add, remove, voiceQueues } = useQueues();
  const own = problems.filter((p) => p.field === 'data.queues').map(problemText);
  const noTypes = mode !== 'total' && hasHistory && known.length === 0 ? [t('data.queues.noCallTypes')] : [];
  const message = [...own, ...noTypes].join('; ') || undefined;
  const hint = mode === 'separate' && known.length > 0 ? t('data.queues.separateHint', { types: known.join(', ') })
    : mode === 'list' && known.length > 0 ? t('data.queues.knownHint', { types: known.join(', ') })
      : undefined;
  return (
    <>
      <Field label={t('data.queues.label')} hint={hint} validationMessage={message} validationState={message ? 'error' : 'none'}>
        <RadioGroup value={mode} onChange={(_, d) => choose(d.value === 'separate' || d.value === 'list' ? d.value : 'total')}>
          <Radio value="total" label={{ children: t('data.queues.total'), className: styles.wrapLabel }} />
          <Radio value="separate" label={{ children: t('data.queues.separate'), className: styles.wrapLabel }} />
          <Radio value="list" label={{ children: t('data.queues.list'), className: styles.wrapLabel }} />
        </RadioGroup>
      </Field>
      {mode === 'list' && (
        <>
          {queues.map((q, i) => <QueueRow key={i} index={i} queue={q} known={known} onRemove={() => remove(i)} />)}
          <div className={styles.buttons}>
            <Button disabled={queues.length >= MAX_QUEUES} onClick={add}>{t('data.queues.add')}</Button>
          </div>
        </>
      )}
      {mode !== 'total' && <SkillsField voiceQueues={voiceQueues} />}
    </>
  );
}
