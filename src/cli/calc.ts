/**
 * `npm run -s calc -- "AGENTS_REQUIRED(2000, 210, 80%, 20)"`: evaluates WFM
 * function calls as a user types them, from the arguments or one per line on
 * standard input. Prints one line per call (tab-separated rows for arrays);
 * errors print as `#VALUE! message` or `#N/A message` and the next call goes on.
 * Exit status 2 only for a usage error.
 */
import { createInterface } from 'node:readline';
import { formatCall } from './formatResult';

const USAGE = `usage: npm run -s calc -- "AGENTS_REQUIRED(2000, 210, 80%, 20)" ["CALL" …]
       echo "ERLANGC(100, 180, 14)" | npm run -s calc`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.length > 0) {
    for (const call of argv) process.stdout.write(`${formatCall(call)}\n`);
    return 0;
  }
  if (process.stdin.isTTY) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${formatCall(line)}\n`);
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
