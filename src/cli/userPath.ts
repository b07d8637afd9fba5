/**
 * Paths on the command line as the user means them. `npm run` starts a script in the
 * package's root whatever folder the user typed the command in, and says where that was
 * in INIT_CWD; a relative path is taken from there (`cd examples && npm run -s plan --
 * my-centre.json` reads examples/my-centre.json). Run any other way (tsx, node, tests),
 * from the current folder.
 */
import { resolve } from 'node:path';

/** The folder the user ran `npm run <script>` from, else the current folder. */
export function userFolder(script: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_lifecycle_event === script && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}

/** @example userPath('my-centre.json', 'plan') //=> '/home/me/centre/my-centre.json' after `cd /home/me/centre && npm --prefix ~/ninestep run plan -- my-centre.json` */
export function userPath(path: string, script: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(userFolder(script, env), path);
}
