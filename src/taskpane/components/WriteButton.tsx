import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/LocaleContext';
import { type OutputKind, writeOutputs } from '../output/writeOutputs';
import { usePlan } from '../state/PlanContext';
import { useConfirm } from './ConfirmDialog';
import { useStyles } from './styles';

type WriteState = { phase: 'idle' } | { phase: 'writing' } | { phase: 'done'; written: string[]; skipped: string[] } | { phase: 'failed'; message: string };

/** "Write Forecast sheet" and friends: enabled only when the results are current (never writes a stale or invalid plan). */
export function WriteButton(props: { kind: OutputKind; stepIndex: number }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { result, statuses, host } = usePlan();
  const confirm = useConfirm();
  const { locale } = useLocale();
  const [state, setState] = useState<WriteState>({ phase: 'idle' });
  const current = result !== undefined && statuses[props.stepIndex] === 'done';
  const write = async () => {
    if (!result) return;
    setState({ phase: 'writing' });
    try {
      const outcome = await writeOutputs(props.kind, result, host.kind, (sheet) => confirm(t('write.confirmReplace', { sheet })), locale);
      setState({ phase: 'done', ...outcome });
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className={styles.section}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!current || state.phase === 'writing'} onClick={() => void write()}>
          {t(`write.${props.kind}`)}
        </Button>
        {state.phase === 'writing' && <Spinner size="tiny" label={t('write.writing')} />}
      </div>
      {!current && <MessageBar intent="info"><MessageBarBody>{t('write.needCurrent')}</MessageBarBody></MessageBar>}
      <div role="status" aria-live="polite">
        {state.phase === 'done' && (
          <MessageBar intent={state.skipped.length ? 'warning' : 'success'}>
            <MessageBarBody>
              {t(host.kind === 'preview' ? 'write.downloaded' : 'write.written', { files: state.written.join(', ') })}
              {state.skipped.length > 0 && ` ${t('write.skipped', { items: state.skipped.join('; ') })}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.phase === 'failed' && <MessageBar intent="error"><MessageBarBody>{t('write.failed', { message: state.message })}</MessageBarBody></MessageBar>}
      </div>
    </div>
  );
}
