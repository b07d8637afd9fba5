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
import { en } from './en';

const WITH_GOT = new Set(['wrongType', 'tooFewItems', 'atLeast', 'greaterThan', 'atMost', 'lessThan', 'oneOf', 'shrinkageShape']);

/** One problem's text (without its field) in the language of `t`. */
export function problemText(problem: ConfigProblem, t: TFunction): string {
  const { code, params = {} } = problem;
  if (!code) return problem.message;
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

/** `problemText` bound to the current language. */
export function useProblemText(): (problem: ConfigProblem) => string {
  const { t } = useTranslation();
  return useCallback((problem: ConfigProblem) => problemText(problem, t), [t]);
}
