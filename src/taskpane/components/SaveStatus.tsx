import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { usePlan } from '../state/PlanContext';

/** What could not be saved in the workbook (or the browser), and what the user can do about it. */
export function SaveStatus() {
  const { t } = useTranslation();
  const f = useFormat();
  const { saveProblems, host } = usePlan();
  const where = t(host.kind === 'excel' ? 'save.inWorkbook' : 'save.inBrowser');
  return (
    <div role="alert" aria-live="assertive">
      {saveProblems.map((p) => (
        <MessageBar key={p.part} intent={p.reason === 'tooLarge' ? 'warning' : 'error'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(`save.${p.part}.title`, { where })}</MessageBarTitle>
            {p.reason === 'tooLarge'
              ? t('save.tooLarge', { size: f.count(p.size ?? 0), limit: f.count(p.limit ?? 0) })
              : t('save.failed', { detail: p.detail ?? '' })}{' '}
            {t(`save.${p.part}.action`)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
