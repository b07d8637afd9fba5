import { invalid, success, type Result } from '../result';

/**
 * Binds a `costFormulaSpec` expression to cells: every name is replaced by
 * the reference the writer gives (an A1 address or a defined name); function
 * names and the "" literal are left alone. A name without a reference is an
 * error, so a template that misses a cell cannot produce a silently wrong
 * formula.
 *
 * @param expression an expression from `costFormulaSpec()` (no leading '=')
 * @param refs name → cell reference, e.g. { paid_hours: 'C5', hourly_wage: 'hourly_wage' }
 * @returns the Excel formula with a leading '='
 * @example renderCostFormula('seats*seat_monthly_cost', { seats: 'H5', seat_monthly_cost: '$C$3' })
 *   //=> success('=H5*$C$3')
 */
export function renderCostFormula(expression: string, refs: Readonly<Record<string, string>>): Result<string> {
  const missing: string[] = [];
  const parts = expression.split(/("[^"]*")/); // odd indexes are string literals
  const rendered = parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name, offset: number) => {
            if (part.slice(offset + name.length).trimStart().startsWith('(')) return name; // function
            const ref = Object.prototype.hasOwnProperty.call(refs, name) ? refs[name] : undefined;
            if (ref === undefined) {
              if (!missing.includes(name)) missing.push(name);
              return name;
            }
            return ref;
          }),
    )
    .join('');
  if (missing.length > 0) return invalid(`no cell given for ${missing.join(', ')} in formula ${expression}`);
  return success(`=${rendered}`);
}
