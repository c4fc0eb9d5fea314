// What the launcher (launch.ts, dist/pyarena.mjs) offers the bundle it runs. Absent when the CLI
// runs some other way (tests through tsx, an embedding): every call is then a no-op.

export interface LauncherHooks {
  /** Do not write the V8 code cache at exit (--no-cache). */
  noCache(): void;
  /**
   * The run is over: exit as soon as nothing is pending (no timer, stream or handle), rather than
   * let Node wait at exit for V8's background compile jobs, 10-20 ms after a short program.
   */
  exitWhenIdle(): void;
}

const KEY = Symbol.for('pyarena.launcher');

export function launcherHooks(): Partial<LauncherHooks> {
  return ((globalThis as Record<symbol, unknown>)[KEY] as Partial<LauncherHooks> | undefined) ?? {};
}

export function setLauncherHooks(hooks: LauncherHooks): void {
  (globalThis as Record<symbol, unknown>)[KEY] = hooks;
}
