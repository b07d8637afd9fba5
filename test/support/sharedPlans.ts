/**
 * The sample plan (examples/sample-centre.json on examples/sample-history.csv, solved with
 * HiGHS at a fixed run time), solved once per jest run and shared by the suites that only
 * read its result. Suites about solving, cancelling, failing or a changed config run their
 * own plan with {@link solveSample}.
 *
 * `npx jest` runs test/support/globalSetup.ts, which names a fresh folder for the run in
 * NINESTEP_SHARED_PLANS. The first suite that asks for a plan solves it and writes it there
 * as JSON; the others (in this process or another worker) read that file. Without the
 * folder (another config, a script) each suite solves its own copy. A plan is never kept
 * from one run to the next, so it is always the current code's answer.
 *
 * JSON keeps every field a test reads; it turns -0 into 0 and drops undefined fields (both
 * ignored by toEqual except -0), and a non-finite number fails the write instead of
 * becoming null.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import highsLoader from 'highs';
import type { PlanResult } from '../../src/core/plan/planResult';
import type { Result } from '../../src/core/result';
import { runPlan } from '../../src/core/plan/runPlan';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { SHARED_PLANS_ENV } from './globalSetup';

const ROOT = join(__dirname, '..', '..');
/** The sample history as the wizard and the CLI read it. */
export const SAMPLE_HISTORY = readFileSync(join(ROOT, 'examples', 'sample-history.csv'), 'utf8');
/** A fresh copy of the sample config (plain JSON, before validation). */
export const sampleConfig = (): Record<string, any> => JSON.parse(readFileSync(join(ROOT, 'examples', 'sample-centre.json'), 'utf8'));
/** The run time every test plan uses, so dates in the result do not depend on the day. */
export const RUN_AT = '2026-11-01T00:00:00Z';
/**
 * The schedule solve limit for test plans (s). The sample's 10 s is met on an idle machine
 * (each solve takes 1–6 s) but not always on two cores shared by several jest runs, where
 * HiGHS then stops without a schedule. The limit only cuts short a solve that has not
 * finished, so a solve that finishes gives the same schedule under either limit.
 */
export const TEST_SOLVE_LIMIT_SECONDS = 60;
/** How long a suite may wait for a plan (ms): a few solves at the limit above. */
export const PLAN_TIMEOUT_MS = 240_000;

/** The shared plans: each a change to the sample config. */
const VARIANTS = {
  /** The sample as shipped. */
  sample: () => undefined,
  /** A budget too small for the lowest objective (the budget answer "buys nothing"). */
  budgetBelowMinimum: (c: Record<string, any>) => { c.budgetQuestion = { budget: 1000 }; },
} satisfies Record<string, (c: Record<string, any>) => void>;
export type SharedPlan = keyof typeof VARIANTS;

let highs: ReturnType<typeof highsLoader> | undefined;

/**
 * Solves the sample, changed by `edit`, with its own plan run (for tests about solving,
 * failing or a changed config), with {@link TEST_SOLVE_LIMIT_SECONDS} unless `edit` sets
 * another. An invalid config throws: it is a mistake in the test.
 */
export async function solveSample(edit: (config: Record<string, any>) => void = () => undefined, historyText = SAMPLE_HISTORY): Promise<Result<PlanResult>> {
  const raw = sampleConfig();
  raw.schedule.timeLimitSeconds = TEST_SOLVE_LIMIT_SECONDS;
  edit(raw);
  const config = validatePlanConfig(raw);
  if (!config.ok) throw new Error(`test config is invalid: ${config.message}`);
  highs ??= highsLoader();
  return runPlan({ config: config.value, historyText, historySource: 'sample-history.csv', highs: await highs, runAt: RUN_AT });
}

const memo = new Map<SharedPlan, Promise<PlanResult>>();

/** The shared result of a sample variant: solved once per jest run, read by every suite. */
export function sharedPlan(variant: SharedPlan = 'sample'): Promise<PlanResult> {
  let plan = memo.get(variant);
  if (!plan) {
    plan = loadOrSolve(variant);
    memo.set(variant, plan);
  }
  return plan;
}

async function solveVariant(variant: SharedPlan): Promise<PlanResult> {
  const r = await solveSample(VARIANTS[variant]);
  if (!r.ok) throw new Error(`the shared ${variant} plan failed: ${r.message}`);
  return r.value;
}

const POLL_MS = 100;

async function loadOrSolve(variant: SharedPlan): Promise<PlanResult> {
  const dir = process.env[SHARED_PLANS_ENV];
  if (!dir || !existsSync(dir)) return solveVariant(variant);
  const file = join(dir, `${variant}.json`);
  const failed = join(dir, `${variant}.error`);
  let mine = false;
  try {
    mkdirSync(join(dir, `${variant}.lock`)); // atomic: one suite solves, the others wait
    mine = true;
  } catch { /* another suite is solving it */ }
  if (mine) {
    try {
      const plan = await solveVariant(variant);
      const text = JSON.stringify(plan, (key, v) => {
        if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`the shared ${variant} plan has ${v} at "${key}": JSON cannot keep it`);
        return v;
      });
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
      return JSON.parse(text) as PlanResult;
    } catch (e) {
      writeFileSync(failed, String(e instanceof Error ? e.message : e));
      throw e;
    }
  }
  for (const started = Date.now(); Date.now() - started < PLAN_TIMEOUT_MS; await new Promise((ok) => setTimeout(ok, POLL_MS))) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PlanResult;
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
  }
  throw new Error(`waited ${PLAN_TIMEOUT_MS / 1000} s for another suite to solve the shared ${variant} plan (${file})`);
}
