import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validatePlanConfig, withoutBom } from '../../core/plan/validateConfig';
import { problemText } from '../i18n/problems';
import { download } from '../output/writeOutputs';
import type { PlanDraft } from '../state/planDraft';
import { usePlan } from '../state/PlanContext';
import { useStyles } from './styles';

/** Export the plan as the JSON file `npm run plan` reads; import one (a file with problems is refused, with its report). */
export function PlanFileBar() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { draft, replaceDraft } = usePlan();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<{ ok: boolean; title: string; lines: string[] } | undefined>();
  const importFile = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(withoutBom(await file.text()));
    } catch (error) {
      setReport({ ok: false, title: t('planFile.notJson', { name: file.name }), lines: [String((error as Error).message)] });
      return;
    }
    const checked = validatePlanConfig(json);
    if (!checked.ok) {
      setReport({ ok: false, title: t('planFile.refused', { name: file.name, count: checked.problems?.length ?? 1 }), lines: checked.problems ? checked.problems.map((p) => `${p.field} ${problemText(p, t)}`) : checked.message.split('\n') });
      return;
    }
    replaceDraft(json as PlanDraft);
    setReport({ ok: true, title: t('planFile.imported', { name: file.name }), lines: [] });
  };
  return (
    <div className={styles.section}>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => download('plan-config.json', `${JSON.stringify(draft, null, 2)}\n`, 'application/json')}>{t('planFile.export')}</Button>
        <Button size="small" onClick={() => input.current?.click()}>{t('planFile.import')}</Button>
        <input ref={input} type="file" accept=".json,application/json" hidden aria-label={t('planFile.importInput')}
          onChange={(e) => { const file = e.target.files?.[0]; if (file) void importFile(file); e.target.value = ''; }} />
      </div>
      {report && (
        <div role="status">
          <MessageBar intent={report.ok ? 'success' : 'error'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{report.title}</MessageBarTitle>
              {report.lines.length > 0 && <ul className={styles.issueList}>{report.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
    </div>
  );
}
