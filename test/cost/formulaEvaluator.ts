/**
 * A tiny evaluator of the Excel expressions in `costFormulaSpec` (numbers,
 * names, "" literals, + - * /, comparison >, parentheses, CEILING(x, s),
 * ROUND(x, d), IF(c, a, b)), with Excel's left-to-right precedence. Test-only:
 * it lets the tests check that the strings the budget sheet will hold compute
 * exactly what `costBreakdown` computes. ROUND is half away from zero at d
 * decimals; CEILING rounds up to a multiple of s (non-negative inputs only).
 */
export type Value = number | string | boolean;

export function evaluate(expression: string, env: Readonly<Record<string, Value>>): Value {
  const tokens = expression.match(/"[^"]*"|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|[-+*/(),>]/g) ?? [];
  if (tokens.join('') !== expression.replace(/\s+/g, '')) throw new Error(`cannot tokenise ${expression}`);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (t?: string): string => {
    const x = tokens[i++];
    if (x === undefined || (t !== undefined && x !== t)) throw new Error(`expected ${t ?? 'a token'} in ${expression}`);
    return x;
  };
  const num = (v: Value): number => {
    if (typeof v !== 'number') throw new Error(`not a number: ${String(v)}`);
    return v;
  };

  function comparison(): Value {
    let left = additive();
    while (peek() === '>') {
      take();
      left = num(left) > num(additive());
    }
    return left;
  }
  function additive(): Value {
    let left = term();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const right = num(term());
      left = op === '+' ? num(left) + right : num(left) - right;
    }
    return left;
  }
  function term(): Value {
    let left = factor();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      const right = num(factor());
      left = op === '*' ? num(left) * right : num(left) / right;
    }
    return left;
  }
  function args(): Value[] {
    take('(');
    const out = [comparison()];
    while (peek() === ',') {
      take();
      out.push(comparison());
    }
    take(')');
    return out;
  }
  function factor(): Value {
    const t = take();
    if (t === '(') {
      const v = comparison();
      take(')');
      return v;
    }
    if (t === '-') return -num(factor());
    if (t.startsWith('"')) return t.slice(1, -1);
    if (/^\d/.test(t)) return Number(t);
    if (peek() === '(') {
      const a = args();
      if (t === 'CEILING') return Math.ceil(num(a[0]) / num(a[1])) * num(a[1]);
      if (t === 'ROUND') {
        const scale = 10 ** num(a[1]);
        return Math.round(num(a[0]) * scale) / scale;
      }
      if (t === 'IF') return a[0] === true ? a[1] : a[2];
      throw new Error(`unknown function ${t}`);
    }
    if (!(t in env)) throw new Error(`unbound name ${t} in ${expression}`);
    return env[t];
  }

  const v = comparison();
  if (i !== tokens.length) throw new Error(`trailing tokens in ${expression}`);
  return v;
}
