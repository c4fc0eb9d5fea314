// --timeout: stop a runaway program. The interpreter loop is synchronous, so no timer of ours
// could fire; node:vm's `timeout` runs a watchdog thread that terminates the JavaScript being
// executed (V8's TerminateExecution) when the time is up. That costs the interpreter nothing per
// instruction (no deadline check at safepoints) and also stops long loops inside native helpers
// (sum(range(10**12))), which no safepoint check would reach. The run does not unwind: no Python
// `finally` or `__del__` runs, and the heap is left as it was at that instant, which is fine
// because the process reports and exits.

import { createContext, Script } from 'node:vm';

/** Exit status of a run stopped by --timeout (as GNU timeout's). */
export const TIMEOUT_EXIT_CODE = 124;

export class RunTimeout extends Error {
  readonly ms: number;

  constructor(ms: number) {
    super(`the program ran longer than its --timeout of ${ms / 1000} s`);
    this.name = 'RunTimeout';
    this.ms = ms;
  }
}

/** fn(), stopped after `ms` milliseconds by throwing RunTimeout. */
export function runWithTimeout<T>(fn: () => T, ms: number): T {
  const context = createContext({ fn });
  try {
    return new Script('fn()', { filename: 'pyarena-timeout' }).runInContext(context, { timeout: ms }) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new RunTimeout(ms);
    throw e;
  }
}
