/**
 * Sample values for every engine text: each note code and each import issue
 * kind with values that exercise its wording (typed against the code unions,
 * so a new code without a sample does not compile).
 */
import type { NoteCode, NoteParams } from '../../src/core/notes/note';
import type { IssueKind, IssueParams } from '../../src/core/workload/validationReport';

export const NOTE_SAMPLES: { readonly [C in NoteCode]: readonly NoteParams[C][] } = {
  'clean.summary': [{ flagged: 14, repaired: 10, kept: 4, repair: 'comparable' }, { flagged: 1, repaired: 0, kept: 1, repair: 'model' }],
  'clean.unrepaired': [{ count: 2 }],
  'clean.unusedOverride': [{ date: '2026-03-18', start: '09:00' }, { date: '2026-03-18' }],
  'forecast.trained': [{ days: 47, from: '2026-09-08', to: '2026-10-31' }],
  'forecast.autoTooShort': [{ method: 'historical-average' }],
  'forecast.autoKept': [
    { method: 'calendar-regression', wmape: 0.0555, days: 10, challenger: 'regression', challengerWmape: 0.0542, margin: 0.05 },
    { method: 'calendar-regression', days: 10, challenger: 'holt-winters', margin: 0.05 },
  ],
  'forecast.autoChose': [{ method: 'combined', wmape: 0.061, days: 10 }],
  'forecast.fallback': [{ date: '2026-12-25', method: 'seasonal-naive' }],
  'forecast.noComparableDay': [{ date: '2026-12-26' }],
  'budgetYear.partialMonth': [{ month: '2027-03', source: '2026-03', days: 20 }],
  'budgetYear.missingMonth': [{ month: '2027-08', calendarMonth: '08' }],
  'schedule.noRoster': [
    { reason: { kind: 'weeklyHours', maxHours: 40, agent: 3, hours: 41.5 } },
    { reason: { kind: 'rest', restHours: 11, agent: 7, day: '2026-11-03' } },
    { reason: { kind: 'dayCounts', day: '2026-11-03', shifts: 12, agents: 11 } },
    { reason: { kind: 'notSolvedWithRules' } },
  ],
  'schedule.uncovered': [
    { ranges: [{ day: '2026-11-02', from: '06:00', to: '08:00' }], more: 0 },
    { ranges: [{ day: '2026-11-02', from: '20:00', to: '22:00' }, { day: '2026-11-03', from: '20:00', to: '22:00' }], more: 3 },
  ],
  'schedule.rosterInfeasible': [{}],
  'schedule.infeasible': [{}],
  'schedule.noSolutionInTime': [{ status: 13 }],
  'schedule.stopped': [{ status: 'time-limit', gap: 0.0123 }, { status: 'heuristic', gap: 0.05 }],
  'cost.noCalls': [{ month: '2025-01' }, {}],
  'cost.noHandledMinutes': [{ month: '2025-01' }, {}],
  'cost.zeroTotal': [{}],
  'plan.costCategories': [{ categories: ['labour', 'supervision', 'space', 'equipment', 'licences', 'trunks', 'network', 'professionalServices', 'sharedPlatforms'] }],
  'plan.monthlyScaling': [{}],
  'budget.nonMonotone': [{ lowSl: 0.9, lowCost: 2000, highSl: 0.91, highCost: 900 }],
  'budget.answer': [
    { currency: 'USD', budget: 9_500_000, slTarget: 0.83, targetSeconds: 20, scenario: 'mid', nextSlTarget: 0.84, nextCost: 9_515_476.17 },
    { currency: 'CNY', budget: 5_000_000, slTarget: 0.7, targetSeconds: 30, scenario: 'peak', nextSlTarget: 0.71, nextCost: 5_100_000 },
  ],
  'budget.answerTop': [{ currency: 'USD', budget: 20_000_000, slTarget: 0.99, targetSeconds: 20 }],
  'budget.belowMinimum': [{ budget: 499, slTarget: 0.5, cost: 500 }],
  'budget.failed': [{ reason: 'interval 3: no staffing reaches the target' }],
  'import.columnsUsed': [{ columns: [['date', '日期'], ['start', 'interval_start'], ['offered', 'calls'], ['aht', 'aht']] }],
  'import.columnsIgnored': [{ columns: ['region', 'notes'] }],
  'import.talkFromAht': [{ column: 'aht' }],
  'import.intervalDetected': [{ minutes: 15 }],
  'import.intervalAssumed': [{ minutes: 30 }],
  'import.offGrid': [{ minutes: 30, row: 7, start: '09:10' }],
  'import.callInterval': [{ minutes: 30 }],
  'import.callDefinitions': [{ seconds: 20 }],
};

export const ISSUE_SAMPLES: { readonly [K in IssueKind]: readonly IssueParams[K][] } = {
  'ambiguous-date-order': [{ order: 'DMY' }, { order: 'MDY' }],
  'mixed-date-order': [{ order: 'DMY' }],
  'mixed-date-formats': [{ formats: [{ format: 'YYYY-MM-DD', count: 15, firstRow: 2 }, { format: 'Excel serial', count: 3, firstRow: 17 }] }],
  'blank-row': [{}],
  'bad-datetime': [{ value: 'yesterday 9am' }],
  'missing-value': [{ field: 'date' }, { field: 'start' }, { field: 'offered' }],
  'bad-date': [{ value: '2003-13-45', skipped: 'interval' }, { value: 'x', skipped: 'call' }],
  'bad-time': [
    { reason: 'notTime', value: '25:99', skipped: 'interval' },
    { reason: 'beyondDay', value: '24:30', skipped: 'interval' },
    { reason: 'noVruTime', value: '', skipped: 'call' },
  ],
  'not-a-number': [{ value: 'twenty', skipped: 'interval' }, { value: 'abc', skipped: 'call' }],
  'negative': [{ value: -4 }],
  'answered-exceeds-offered': [{ answered: 12, offered: 10 }],
  'duplicate-interval': [{ first: 29, date: '2003-03-14', start: '09:00' }, { first: 3, date: '2003-03-14', start: '09:30', callType: 'billing' }],
  'interval-length-mismatch': [{ declared: 15, detected: 30 }, { declared: 30, detected: 15 }, { declared: 30, detected: 20 }],
  'missing-days': [{ from: '2025-11-27', to: '2025-11-27', weekday: 4, open: 1 }, { from: '2003-03-08', to: '2003-03-16', weekday: 6, open: 5 }],
  'bad-outcome': [{ value: 'TRANSFER' }],
  'phantom': [{}],
  'negative-duration': [{ field: 'queue', seconds: -3, fixed: 12 }, { field: 'vru', seconds: -1 }, { field: 'service', seconds: -5 }],
  'ended-in-vru': [{}],
  'zero-service-time': [{}],
  'served-without-server': [{}],
  'abandon-with-service': [{ seconds: 40 }],
};
