/** `calc` as a user runs it: the parser, the printed form, and the command itself (stdin, arguments, exit codes). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { formatCall } from '../../src/cli/formatResult';
import { FormulaSyntaxError, parseCall } from '../../src/cli/formulaParser';

describe('parseCall', () => {
  test('a leading =, the WFM. prefix, percentages, empties, text, booleans and array constants', () => {
    expect(parseCall('=WFM.AGENTS_REQUIRED(2000, 210, 80%, 20)')).toEqual({ name: 'AGENTS_REQUIRED', args: [2000, 210, 0.8, 20] });
    expect(parseCall('SERVICE_LEVEL(100,180,14,20,,300)').args).toEqual([100, 180, 14, 20, null, 300]);
    expect(parseCall('ERLANGC("ab""c", TRUE, -1.5e2)').args).toEqual(['ab"c', true, -150]);
    expect(parseCall('ERLANGC({100,200;300,400},180,14)').args[0]).toEqual([[100, 200], [300, 400]]);
    expect(parseCall('wfm.traffic(1,2,)').args).toEqual([1, 2, null]);
  });

  test('malformed text says where', () => {
    expect(() => parseCall('AGENTS_REQUIRED(2000')).toThrow(FormulaSyntaxError);
    expect(() => parseCall('AGENTS_REQUIRED(2000')).toThrow(/character 21/);
    expect(() => parseCall('(1,2)')).toThrow(/function name/);
    expect(() => parseCall('ERLANGC({1,2;3},1,1)')).toThrow(/different lengths/);
    expect(() => parseCall('ERLANGC(1,2,3) extra')).toThrow(/unexpected text/);
  });
});

describe('formatCall', () => {
  test('numbers in shortest round-trip form, arrays as tab-separated rows, errors with messages', () => {
    expect(formatCall('AGENTS_REQUIRED(2000, 210, 80%, 20)')).toBe('243');
    expect(formatCall('SERVICE_LEVEL(100,180,14,20,,300)')).toBe(String(Number(formatCall('SERVICE_LEVEL(100,180,14,20,,300)'))));
    expect(formatCall('TRAFFIC({100,200;300,400},180)')).toBe('10\t20\n30\t40');
    expect(formatCall('AGENTS_REQUIRED(100,0,0.8,20)')).toBe('#VALUE! aht must be greater than 0 seconds (got 0)');
    expect(formatCall('AGENTS_REQUIRED(100,180,1,0)')).toBe('#N/A no agent count reaches 100% within 0 s');
    expect(formatCall('AGENTS_REQUIRED(2000')).toMatch(/^#VALUE! expected "," or "\)" at character 21/);
  });
});

describe('the calc command', () => {
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const calc = join(__dirname, '..', '..', 'src', 'cli', 'calc.ts');
  const run = (args: string[], input?: string) => spawnSync(tsx, [calc, ...args], { input, encoding: 'utf8' });

  test('arguments and standard input, one line per call; errors do not stop the run', () => {
    const fromArgs = run(['AGENTS_REQUIRED(2000, 210, 80%, 20)', 'ERLANGC(100,180,-1)']);
    expect(fromArgs.status).toBe(0);
    expect(fromArgs.stdout).toBe('243\n#VALUE! agents must be 0 or more (got -1)\n');
    const fromStdin = run([], 'AGENTS_REQUIRED(2000,210,0.8,20)\n\nnonsense\nTRUNKS_ERLANGB(4.461, 1%)\n');
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout.split('\n')).toEqual(['243', expect.stringMatching(/^#VALUE! expected "\("/), '10', '']);
  });

  test('--help prints the usage on standard output (exit 0); an unknown option exits 2 with the usage on standard error', () => {
    for (const flag of ['--help', '-h']) {
      const help = run([flag]);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^usage: npm run -s calc -- /);
      expect(help.stderr).toBe('');
    }
    const unknown = run(['--precision', '3', 'TRAFFIC(100,180)']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^calc: unknown option --precision \(a call starts with a function name\)\nusage: npm run -s calc/);
  });
});
