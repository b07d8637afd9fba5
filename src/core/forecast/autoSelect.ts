/**
 * `auto`: picks a method by rolling-origin backtest on the training data itself.
 */
import { rollingOriginBacktest, MethodScore } from './backtest';
import { ForecastMethod, MethodInput, trainingWindow } from './methods/forecastMethod';
import { AUTO_CANDIDATES, methodByName, BaseMethodName } from './methods/index';

export interface AutoOptions {
  /** Candidate methods (default: all). */
  candidates?: readonly BaseMethodName[];
  /** Days backtested inside the training data (default 10). */
  backtestDays?: number;
  /** Training window of each backtest origin and of the fit, calendar days, for every
   * candidate (default: each candidate's own `windowDays`). */
  windowDays?: number;
  /** The method kept unless another beats it in the backtest by more than `margin`
   * (default 'calendar-regression', the method built for call-centre calendars). */
  incumbent?: BaseMethodName;
  /** Relative wMAPE margin a challenger needs to replace the incumbent (default 0.05 = 5%). */
  margin?: number;
}

export interface AutoChoice {
  method: ForecastMethod;
  /** Backtest scores of the candidates, best first (empty when there was too little data). */
  scores: MethodScore[];
  /** Why: the lowest backtest score, the incumbent kept (no challenger better by the margin),
   * or the historical average because the history was too short to backtest. */
  reason: 'lowest' | 'incumbent' | 'too-short';
}

/**
 * Chooses by a day-ahead rolling-origin backtest on the last `backtestDays` days of the
 * training series, each fit given the user's recurring-event decisions as the forecast
 * gives them (interval wMAPE; a method that misses a day ranks last): the incumbent
 * stays unless the best challenger beats it by more than `margin`, since ten days cannot
 * tell apart methods a few per cent apart and switching on noise costs accuracy (on the
 * benchmark, lowest-score selection was worse than the incumbent in every period). Without the
 * incumbent among the candidates the lowest score wins, ties to the simpler method
 * (candidate order). Falls back to the historical average when the history is too short.
 * @example chooseMethod({ series, calendar }).method.name //=> 'calendar-regression'
 */
export function chooseMethod(input: MethodInput, opts: AutoOptions = {}): AutoChoice {
  const names = opts.candidates ?? AUTO_CANDIDATES;
  const methods = names.map(methodByName);
  const days = Math.min(opts.backtestDays ?? 10, Math.max(0, input.series.dates.length - 10));
  const tooShort: AutoChoice = { method: methodByName('historical-average'), scores: [], reason: 'too-short' };
  if (days < 3) return tooShort;
  const bt = rollingOriginBacktest(input.series, input.calendar, methods, { days, windowDays: opts.windowDays, eventDecisions: input.eventDecisions });
  if (!bt.ok) return tooShort;
  const rank = (s: MethodScore) => (s.missed > 0 || s.figures.wmape === undefined ? Infinity : s.figures.wmape);
  const order = bt.value.scores.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i);
  let best = order[0];
  let reason: AutoChoice['reason'] = 'lowest';
  const inc = names.indexOf(opts.incumbent ?? 'calendar-regression');
  if (inc >= 0 && best.i !== inc) {
    const incScore = rank(bt.value.scores[inc]);
    // Differences under 1e-6 wMAPE are rounding, not evidence.
    if (!(rank(best.s) < incScore * (1 - (opts.margin ?? 0.05)) - 1e-6)) {
      best = { s: bt.value.scores[inc], i: inc };
      reason = 'incumbent';
    }
  }
  return { method: methods[best.i], scores: order.map((o) => o.s), reason };
}

/**
 * The `auto` method as a {@link ForecastMethod}: selection happens at fit time.
 * @example autoMethod().fit({ series, calendar })('2003-10-27')
 */
export function autoMethod(opts: AutoOptions = {}): ForecastMethod & { lastChoice?: AutoChoice } {
  const m: ForecastMethod & { lastChoice?: AutoChoice } = {
    name: 'auto',
    description: 'the method with the lowest wMAPE in a rolling-origin backtest on the training data',
    fit: (input) => {
      const choice = chooseMethod(input, opts);
      m.lastChoice = choice;
      return choice.method.fit({ ...input, series: trainingWindow(input.series, choice.method, undefined, opts.windowDays) });
    },
  };
  return m;
}
