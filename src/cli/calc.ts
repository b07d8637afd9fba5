/**
 * `npm run -s calc -- "AGENTS_REQUIRED(2000, 210, 80%, 20)"`: evaluates WFM
 * function calls as a user types them, from the arguments or one per line on
 * standard input. Prints one line per call (tab-separated rows for arrays);
 * errors print as `#VALUE! message` or `#N/A message` and the next call goes on.
 * `--help` prints the usage (exit status 0); exit status 2 only for a usage error (an
 * unknown option, a bad --lang). Messages are English unless
 * `--lang zh-CN` is given.
 */
import { createInterface } from 'node:readline';
import { isLocale, type Locale } from '../i18n/locale';
import { messagesFor } from '../functions/messagesFor';
import { formatCall } from './formatResult';

const USAGE = `usage: npm run -s calc -- [--lang en|zh-CN] "AGENTS_REQUIRED(2000, 210, 80%, 20)" ["CALL" …]
       echo "ERLANGC(100, 180, 14)" | npm run -s calc -- [--lang zh-CN]`;

/** Takes `--lang X` out of the arguments; undefined locale for a bad or missing value. */
function takeLang(argv: string[]): { locale: Locale | undefined; rest: string[] } {
  const i = argv.indexOf('--lang');
  if (i < 0) return { locale: 'en', rest: argv };
  const value = argv[i + 1];
  return { locale: isLocale(value) ? value : undefined, rest: [...argv.slice(0, i), ...argv.slice(i + 2)] };
}

async function main(all: string[]): Promise<number> {
  if (all.includes('--help') || all.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { locale, rest: argv } = takeLang(all);
  if (!locale) {
    process.stderr.write(`calc: --lang takes en or zh-CN\n${USAGE}\n`);
    return 2;
  }
  const unknown = argv.find((a) => a.startsWith('-'));
  if (unknown !== undefined) {
    process.stderr.write(`calc: unknown option ${unknown} (a call starts with a function name)\n${USAGE}\n`);
    return 2;
  }
  const msgs = messagesFor(locale);
  if (argv.length > 0) {
    for (const call of argv) process.stdout.write(`${formatCall(call, msgs)}\n`);
    return 0;
  }
  if (process.stdin.isTTY) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${formatCall(line, msgs)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`calc: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
