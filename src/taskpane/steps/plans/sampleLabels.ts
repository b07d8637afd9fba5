import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { useLocale } from '../../i18n/LocaleContext';
import { usePlan } from '../../state/PlanContext';

/** The sample centre's scenario labels in every catalogue (en's equal examples/sample-centre.json's, a test checks). */
const SAMPLE_LABELS = [en.plans.sampleLabels, zhCN.plans.sampleLabels] as const;
type SampleName = keyof typeof en.plans.sampleLabels;
const isSampleName = (name: unknown): name is SampleName => typeof name === 'string' && name in en.plans.sampleLabels;

/** Whether `label` is the sample's own label of plan `name` in some language (so the user has not changed it). */
export const isSampleLabel = (name: unknown, label: unknown): boolean =>
  isSampleName(name) && SAMPLE_LABELS.some((labels) => labels[name] === label);

/**
 * The sample's scenario labels follow the pane's language: a label still the
 * sample's own (in any language) is rewritten in the current one, in the plan
 * itself, so the steps, the plan file and the workbooks say the same. A label
 * the user typed is never touched.
 */
export function useSampleLabelsFollowLanguage(): void {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { valueAt, update } = usePlan();
  const scenarios = valueAt('scenarios');
  useEffect(() => {
    if (!Array.isArray(scenarios)) return;
    scenarios.forEach((s: { name?: unknown; label?: unknown }, i) => {
      if (!isSampleLabel(s?.name, s?.label)) return;
      const want = t(`plans.sampleLabels.${String(s.name)}`);
      if (want !== s.label) update(`scenarios[${i}].label`, want);
    });
  }, [locale, scenarios, t, update]);
}
