import { Body1, Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields';
import { ListField } from '../../components/ListField';
import { Group } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useProblemText } from '../../i18n/problems';
import { usePlan } from '../../state/PlanContext';

/** The most skill groups a plan may have (the core's schema: data.skills). */
const MAX_GROUPS = 20;
const SELECTIONS = ['priority', 'longestWaiting'] as const;

type GroupDraft = Record<string, unknown>;

/** One skill group: its name, the queues it serves in order, how a free agent picks. */
function GroupRow(props: { index: number; group: GroupDraft; voiceQueues: readonly string[]; onRemove: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { update, problems } = usePlan();
  const problemText = useProblemText();
  const base = `data.skills[${props.index}]`;
  const g = props.group;
  const name = typeof g.group === 'string' ? g.group : '';
  const served = Array.isArray(g.queues) ? g.queues.map((q) => String(q).trim()) : [];
  const unknown = props.voiceQueues.length > 0 ? served.filter((q) => q !== '' && !props.voiceQueues.includes(q)) : [];
  const selection = g.selection === 'longestWaiting' ? 'longestWaiting' : 'priority';
  const selectionProblems = problems.filter((p) => p.field === `${base}.selection`).map(problemText);
  const shown = ['group', 'queues', 'selection'].map((k) => `${base}.${k}`);
  // what no field of the group shows (a key the schema does not know, a group that is not an object)
  const other = problems.filter((p) => (p.field === base || p.field.startsWith(`${base}.`)) && !shown.some((s) => p.field === s || p.field.startsWith(`${s}[`)));
  return (
    <Group title={t('data.skills.groupN', { n: props.index + 1, name })}>
      <TextField path={`${base}.group`} label={t('data.skills.name')} required />
      <ListField path={`${base}.queues`} label={t('data.skills.queues')} hint={t('data.skills.queuesHint', { queues: props.voiceQueues.join(', ') })} />
      {unknown.length > 0 && <Body1 as="p" role="alert">{t('data.skills.unknownQueues', { queues: unknown.join(', '), known: props.voiceQueues.join(', ') })}</Body1>}
      <Field label={t('data.skills.selection')} validationMessage={selectionProblems.join('; ') || undefined} validationState={selectionProblems.length > 0 ? 'error' : 'none'}>
        <RadioGroup value={selection} onChange={(_, d) => update(`${base}.selection`, d.value === 'longestWaiting' ? d.value : undefined)}>
          {SELECTIONS.map((s) => <Radio key={s} value={s} label={{ children: t(`data.skills.selections.${s}`), className: styles.wrapLabel }} />)}
        </RadioGroup>
      </Field>
      {other.length > 0 && <Body1 as="p" role="alert">{other.map(problemText).join('; ')}</Body1>}
      <div className={styles.buttons}>
        <Button size="small" onClick={props.onRemove}>{t('data.skills.remove', { n: props.index + 1 })}</Button>
      </div>
    </Group>
  );
}

/**
 * Step 2's skill groups (data.skills), beside several queues: agent groups
 * each serving voice queues in priority order. None by default; the last one
 * removed leaves no data.skills. `voiceQueues`: the names a group may serve.
 */
export function SkillsField(props: { voiceQueues: readonly string[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const problemText = useProblemText();
  const { valueAt, update, problems } = usePlan();
  const value = valueAt('data.skills');
  const groups = Array.isArray(value) ? (value as unknown[]).map((g) => (g !== null && typeof g === 'object' ? (g as GroupDraft) : {})) : [];
  const served = new Set(groups.flatMap((g) => (Array.isArray(g.queues) ? g.queues.map((q) => String(q).trim()) : [])));
  const unserved = groups.length > 0 ? props.voiceQueues.filter((q) => !served.has(q)) : [];
  const own = problems.filter((p) => p.field === 'data.skills').map(problemText);
  const message = [...own, ...(unserved.length > 0 ? [t('data.skills.unserved', { queues: unserved.join(', ') })] : [])].join('; ') || undefined;
  const add = () => update('data.skills', [...groups, { group: '', queues: groups.length === 0 ? [...props.voiceQueues] : [] }]);
  const remove = (i: number) => {
    const rest = groups.filter((_, j) => j !== i);
    update('data.skills', rest.length > 0 ? rest : undefined);
  };
  return (
    <>
      <Field label={t('data.skills.label')} hint={t('data.skills.intro')} validationMessage={message} validationState={message ? 'error' : 'none'}>
        <div className={styles.buttons}>
          <Button disabled={groups.length >= MAX_GROUPS} onClick={add}>{t('data.skills.add')}</Button>
        </div>
      </Field>
      {groups.map((g, i) => <GroupRow key={i} index={i} group={g} voiceQueues={props.voiceQueues} onRemove={() => remove(i)} />)}
    </>
  );
}
