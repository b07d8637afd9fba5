import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useStyles } from './styles';

export interface Column<R> {
  key: string;
  header: string;
  cell: (row: R) => string;
  numeric?: boolean;
}

/** A small read-only table in a keyboard-scrollable box (the text alternative of every chart); cells keep one line and the box scrolls sideways. */
export function DataTable<R>(props: { label: string; columns: readonly Column<R>[]; rows: readonly R[] }) {
  const styles = useStyles();
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={props.label}>
      <Table size="extra-small" aria-label={props.label} className={styles.autoTable}>
        <TableHeader>
          <TableRow>
            {props.columns.map((c) => (
              <TableHeaderCell key={c.key} className={c.numeric ? styles.numeric : styles.nowrap}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((row, i) => (
            <TableRow key={i}>
              {props.columns.map((c) => (
                <TableCell key={c.key} className={c.numeric ? styles.numeric : styles.nowrap}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
