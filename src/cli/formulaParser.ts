import type { ArgumentValue } from '../functions/broadcast';
import type { CellValue } from '../functions/cellError';

/** A function call as a user types it in a cell: `=WFM.NAME(arg, arg, …)`. */
export interface ParsedCall {
  name: string;
  args: ArgumentValue[];
}

/** Thrown for text that is not a function call; the message says where. */
export class FormulaSyntaxError extends Error {}

/**
 * Parses one call: an optional leading `=`, an optional `WFM.` prefix, and
 * arguments that are numbers (`80%`, `1e3`, `-5`), empty (`,,`), text in
 * double quotes, TRUE/FALSE, or array constants (`{1,2;3,4}`: `,` separates
 * columns, `;` rows).
 *
 * @example parseCall('=WFM.AGENTS_REQUIRED(2000, 210, 80%, 20)')
 *   //=> { name: 'AGENTS_REQUIRED', args: [2000, 210, 0.8, 20] }
 */
export function parseCall(text: string): ParsedCall {
  let pos = 0;
  const src = text.trim();
  const fail = (what: string): never => {
    throw new FormulaSyntaxError(`${what} at character ${pos + 1} of "${src}"`);
  };
  const skipSpace = () => {
    while (pos < src.length && /\s/.test(src[pos])) pos += 1;
  };
  if (src[pos] === '=') pos += 1;
  skipSpace();
  const nameMatch = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(pos));
  if (!nameMatch) fail('expected a function name');
  const name = nameMatch![0].replace(/^WFM\./i, '').toUpperCase();
  pos += nameMatch![0].length;
  skipSpace();
  if (src[pos] !== '(') fail('expected "("');
  pos += 1;

  const scalar = (): CellValue => {
    skipSpace();
    if (src[pos] === '"') {
      let out = '';
      pos += 1;
      for (;;) {
        if (pos >= src.length) fail('unterminated text');
        if (src[pos] === '"') {
          if (src[pos + 1] === '"') {
            out += '"';
            pos += 2;
            continue;
          }
          pos += 1;
          return out;
        }
        out += src[pos];
        pos += 1;
      }
    }
    const word = /^(TRUE|FALSE)\b/i.exec(src.slice(pos));
    if (word) {
      pos += word[0].length;
      return word[0].toUpperCase() === 'TRUE';
    }
    const number = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*%?/.exec(src.slice(pos));
    if (number) {
      pos += number[0].length;
      const percent = number[0].trimEnd().endsWith('%');
      const value = Number(number[0].replace('%', '').trim());
      return percent ? value / 100 : value;
    }
    return fail('expected a number, "text", TRUE, FALSE, {array} or an empty argument');
  };

  const arrayConstant = (): CellValue[][] => {
    pos += 1; // {
    const rows: CellValue[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(scalar());
      skipSpace();
      const sep = src[pos];
      pos += 1;
      if (sep === ',') continue;
      if (sep === ';') {
        rows.push([]);
        continue;
      }
      if (sep === '}') break;
      pos -= 1;
      fail('expected ",", ";" or "}" in the array constant');
    }
    if (rows.some((row) => row.length !== rows[0].length)) {
      pos -= 1;
      fail('the rows of the array constant have different lengths');
    }
    return rows;
  };

  const args: ArgumentValue[] = [];
  skipSpace();
  if (src[pos] === ')') {
    pos += 1;
  } else {
    for (;;) {
      skipSpace();
      if (src[pos] === ',' || src[pos] === ')') args.push(null);
      else if (src[pos] === '{') args.push(arrayConstant());
      else args.push(scalar());
      skipSpace();
      const sep = src[pos];
      pos += 1;
      if (sep === ',') continue;
      if (sep === ')') break;
      pos -= 1;
      fail('expected "," or ")"');
    }
  }
  skipSpace();
  if (pos < src.length) fail('unexpected text after ")"');
  return { name, args };
}
