/**
 * The core's validation problems in the user's language. The core words every
 * problem in English (`message`) and tags it with a code and its values
 * (ConfigProblem.code/params); the catalogue has one message per code under
 * `problems.*`, so a problem reads the same in English as the core says it and
 * in Chinese through zh-CN.ts. Problems without a known code (a future rule,
 * a zod message we have no entry for) keep the core's English text.
 *
 * Run failures are worded by the engine's own tables (notes/failureText).
 */
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfigProblem } from '../../core/plan/validateConfig';
import { useFormat } from '../format/useFormat';
import { en } from './en';

const WITH_GOT = new Set(['wrongType', 'tooFewItems', 'atLeast', 'greaterThan', 'atMost', 'lessThan', 'oneOf', 'shrinkageShape']);

const BOUNDS = new Set(['atLeast', 'greaterThan', 'atMost', 'lessThan']);

/**
 * One problem's text (without its field) in the language of `t`. In a
 * percent field (`percent` formats a fraction, 1 → "100%") bounds are said in
 * percent ("must be below 100%") and the fraction received is not repeated
 * (the field shows what it read); letters are said as letters.
 */
export function problemText(problem: ConfigProblem, t: TFunction, percent?: (fraction: number) => string): string {
  const { code, params = {} } = problem;
  if (!code) return problem.message;
  if (percent && BOUNDS.has(code) && typeof params.n === 'number') return t(`problems.percent.${code}`, { n: percent(params.n) });
  // a number outside 0–100% fails the shrinkage union as a whole: say the range, not its JSON shapes
  if (percent && code === 'shrinkageShape') {
    const got = Number(params.got);
    return params.got !== undefined && Number.isFinite(got) ? t('problems.percent.range', { min: percent(0), max: percent(1) }) : t('problems.percent.notNumber');
  }
  if (code === 'other') {
    const refine = Object.entries(en.problems.refine).find(([key, text]) => !key.endsWith('_got') && text === params.message);
    return refine ? t(`problems.refine.${refine[0]}`, { got: params.got, context: params.got === undefined ? undefined : 'got' }) : problem.message;
  }
  if (!(code in en.problems)) return problem.message;
  const values: Record<string, unknown> = { ...params };
  if (code === 'required' || code === 'wrongType') {
    const type = String(params.expected);
    const table = code === 'required' ? 'typeNames' : 'types';
    values.expected = type in en.problems[table] ? t(`problems.${table}.${type}`) : type;
  }
  const context = WITH_GOT.has(code) && params.got !== undefined ? 'got' : undefined;
  return t(`problems.${code}`, { ...values, context });
}

/** `problemText` bound to the current language (and, for a percent field, its percent format). */
export function useProblemText(options: { percent?: boolean } = {}): (problem: ConfigProblem) => string {
  const { t } = useTranslation();
  const f = useFormat();
  const percent = options.percent === true;
  return useCallback((problem: ConfigProblem) => problemText(problem, t, percent ? (x) => f.percent(x, 2) : undefined), [t, f, percent]);
}
