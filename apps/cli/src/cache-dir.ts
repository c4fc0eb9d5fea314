// Where pyarena keeps its caches (docs/cli.md, "Code cache"): compiled programs under code/, and
// the V8 code cache of the interpreter's own bundle under v8/ (launch.ts). Shared by the launcher
// and the CLI, so it imports nothing but Node's own modules.

import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * $PYARENA_CACHE_DIR, else $XDG_CACHE_HOME/pyarena, else %LOCALAPPDATA%\pyarena\Cache on Windows,
 * else ~/.cache/pyarena. Null when no location can be named (no home directory).
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PYARENA_CACHE_DIR) return env.PYARENA_CACHE_DIR;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'pyarena');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'pyarena', 'Cache');
  let home = '';
  try {
    home = homedir();
  } catch {
    return null;
  }
  return home ? join(home, '.cache', 'pyarena') : null;
}

/** An environment variable set to anything but "" or "0". */
export function envFlag(name: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env[name];
  return v !== undefined && v !== '' && v !== '0';
}

/** PYARENA_NO_CACHE: the same as --no-cache, and the launcher's V8 cache is not read either. */
export function cacheDisabledByEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return envFlag('PYARENA_NO_CACHE', env);
}
