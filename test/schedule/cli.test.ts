import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import highsLoader from 'highs';
import { runScheduleCli } from '../../src/cli/schedule';
import type { HighsRuntime } from '../../src/core/schedule/solveSchedule';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const fixtures = path.join(__dirname, 'fixtures');
const goodReq = readFileSync(path.join(fixtures, 'requirement.csv'), 'utf8');
const goodShifts = readFileSync(path.join(fixtures, 'shifts.json'), 'utf8');

/** Runs the CLI on in-memory files. */
function run(files: { req?: string; shifts?: string }, extra: string[] = []) {
  const texts: Record<string, string> = { 'req.csv': files.req ?? goodReq, 'shifts.json': files.shifts ?? goodShifts };
  return runScheduleCli(['--requirement', 'req.csv', '--shifts', 'shifts.json', ...extra], (f) => {
    if (!(f in texts)) throw new Error('ENOENT: no such file');
    return texts[f];
  }, highs);
}

describe('schedule CLI', () => {
  it('prints JSON with assignments, coverage, paid hours, objective, bound, gap and status', () => {
    const r = run({});
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.status).toBe('optimal');
    expect(out.paidHours).toBeGreaterThan(0);
    expect(out.objective).toBe(out.paidHours);
    expect(out.lowerBound).toBeLessThanOrEqual(out.objective);
    expect(out.gap).toBeGreaterThanOrEqual(0);
    expect(out.assignments[0]).toEqual(expect.objectContaining({ day: 'Monday', shift: expect.any(String), count: expect.any(Number) }));
    for (const c of out.coverage) expect(c.scheduled).toBeGreaterThanOrEqual(c.required);
    // Independent check of the requirement total: 2 days × (8 h × 2 + 8 × 3 + 8 × 1) half hours.
    expect(out.coverage.reduce((s: number, c: { required: number }) => s + c.required, 0)).toBe(2 * (8 * 2 + 8 * 3 + 8 * 1));
  });

  it('balance with a paid-hours cap stays within the cap', () => {
    const r = run({}, ['--objective', 'balance', '--max-paid-hours', '20']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.paidHours).toBeLessThanOrEqual(20);
    expect(out.coverage.some((c: { under: number }) => c.under > 0)).toBe(true);
  });

  describe('bad input, as a new user would type it', () => {
    it('a negative requirement', () => {
      const r = run({ req: 'day,interval_start,required\nMonday,08:00,2\nMonday,08:30,-1\n' });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('schedule: req.csv: line 3: required on Monday 08:30 is -1; a requirement must be ≥ 0\n');
    });

    it('a shift longer than 24 h', () => {
      const r = run({ shifts: JSON.stringify([{ name: 'Early', start: '07:00', minutes: 1500, breaks: [] }]) });
      expect(r.stderr).toBe("schedule: shifts.json: shift 'Early' is 1500 minutes long; a shift may span at most 24 h\n");
    });

    it('a break outside its shift', () => {
      const r = run({ shifts: JSON.stringify([{ name: 'Day', start: '08:00', minutes: 480, breaks: [{ offset: 470, minutes: 30, paid: false }] }]) });
      expect(r.stderr).toMatch(/break 1 of shift 'Day' \(starting 470 min after the start, 30 min long\) ends after the shift's 480 minutes/);
    });

    it('an unknown day name, in the requirement and in a template', () => {
      const r = run({ req: 'day,interval_start,required\nMonday,08:00,2\nFunday,08:00,2\n' });
      expect(r.stderr).toBe('schedule: req.csv: line 3: day "Funday" is neither a weekday name (Monday…Sunday) nor a date YYYY-MM-DD\n');
      const t = run({ shifts: JSON.stringify([{ name: 'Day', start: '08:00', minutes: 480, breaks: [], days: ['Mon', 'Thurs-day'] }]) });
      expect(t.stderr).toBe('schedule: shifts.json: shift \'Day\': unknown day "Thurs-day"; use Monday…Sunday\n');
    });

    it('an empty template list', () => {
      const r = run({ shifts: '[]' });
      expect(r.stderr).toBe('schedule: shifts.json: no shift templates given; add at least one\n');
    });

    it('a requirement no template can cover names the intervals', () => {
      const r = run({ shifts: JSON.stringify([{ name: 'Early', start: '08:00', minutes: 480, breaks: [] }]) });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/no shift template works during Monday 16:00–20:00, Tuesday 16:00–20:00/);
    });

    it('missing options, unknown options, bad numbers, unreadable files, broken JSON', () => {
      expect(runScheduleCli([], () => '', highs).stderr).toMatch(/--requirement and --shifts are required/);
      expect(run({}, ['--objective', 'cheap']).stderr).toMatch(/--objective must be cover or balance \(got "cheap"\)/);
      expect(run({}, ['--time-limit', '-3']).stderr).toMatch(/--time-limit must be a number of seconds > 0/);
      expect(run({}, ['--speed', 'fast']).stderr).toMatch(/unknown option --speed/);
      expect(runScheduleCli(['--requirement', 'nope.csv', '--shifts', 'x.json'], () => { throw new Error('ENOENT'); }, highs).stderr).toMatch(
        /cannot read the requirement file nope.csv/,
      );
      expect(run({ shifts: '[{"name": "A",' }).stderr).toMatch(/shifts.json is not valid JSON/);
      expect(run({ req: 'when,what\n1,2\n' }).stderr).toMatch(/header must have the columns day, interval_start, required/);
      expect(run({ req: 'day,interval_start,required\nMonday,8h,2\n' }).stderr).toMatch(/line 2: interval_start must be a time "HH:MM" \(got "8h"\)/);
    });
  });

  it('--help and -h print the usage, with both file formats, on standard output (exit 0)', () => {
    for (const flag of ['--help', '-h']) {
      const r = runScheduleCli([flag], () => '', highs);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^usage: npm run -s schedule -- --requirement FILE --shifts FILE[\s\S]*day,interval_start,required[\s\S]*"breaks"[\s\S]*examples\/schedule-shifts\.json/);
    }
    const unknown = runScheduleCli(['--requirment', 'x.csv'], () => '', highs);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^schedule: unknown option --requirment\nusage: npm run -s schedule/);
  });

  it("solves the README's example, run exactly as the README writes it", () => {
    const root = path.join(__dirname, '..', '..');
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const command = readme.split('\n').map((l) => l.trim()).find((l) => l.startsWith('npm run -s schedule -- --requirement examples/'));
    expect(command).toBe('npm run -s schedule -- --requirement examples/schedule-requirement.csv --shifts examples/schedule-shifts.json');
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_|^INIT_CWD$/i.test(k)));
    const r = spawnSync('sh', ['-c', command!], { cwd: root, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    // 'time-limit' only when a loaded machine keeps HiGHS from proving optimality within 10 s
    expect(['optimal', 'time-limit']).toContain(out.status);
    expect(out.objectiveKind).toBe('cover');
    expect(out.coverage.every((c: { under: number }) => c.under === 0)).toBe(true);
    // every interval of the example file is in the coverage with its requirement
    const rows = readFileSync(path.join(root, 'examples', 'schedule-requirement.csv'), 'utf8').trim().split('\n').slice(1);
    const required = rows.reduce((sum, row) => sum + Number(row.split(',')[2]), 0);
    expect(out.coverage.reduce((sum: number, c: { required: number }) => sum + c.required, 0)).toBe(required);
    // Saturday opens at 09:00, which only the Saturday shift covers
    expect(out.assignments.filter((a: { day: string }) => a.day === 'Saturday').map((a: { shift: string }) => a.shift)).toContain('Saturday');
  }, 60_000);
});
