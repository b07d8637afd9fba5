import { Body1, Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ColumnField } from '../../../core/workload/columnMapping';
import { Group } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useFieldProblems } from '../../state/PlanContext';
import type { MappingRow } from './useColumnMapping';

function ColumnChoice(props: { row: MappingRow; header: readonly string[]; onChange: (field: ColumnField, header: string | undefined) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { row } = props;
  const problem = useFieldProblems(`data.columns.${row.field}`);
  return (
    <Field label={t(`columnMap.fields.${row.field}`)} validationMessage={problem} validationState={problem ? 'error' : 'none'}>
      <Select className={styles.control} value={row.chosen} onChange={(_, d) => props.onChange(row.field, d.value === '' ? undefined : d.value)}>
        <option value="">{row.detected === undefined ? t('columnMap.autoNone') : t('columnMap.auto', { header: row.detected })}</option>
        {props.header.map((h, i) => (
          <option key={i} value={h} disabled={h === ''}>{h}</option>
        ))}
      </Select>
    </Field>
  );
}

/** Step 2: which column each field is read from, headers shown exactly as in the file. */
export function ColumnMappingEditor(props: { header: readonly string[]; rows: readonly MappingRow[]; onChange: (field: ColumnField, header: string | undefined) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Group title={t('columnMap.title')}>
      <Body1 as="p">{t('columnMap.intro')}</Body1>
      <div className={styles.wideRow}>
        {props.rows.map((row) => <ColumnChoice key={row.field} row={row} header={props.header} onChange={props.onChange} />)}
      </div>
    </Group>
  );
}
