// Where a running program's standard streams go. The CLI writes straight to the process (with a
// buffer, as CPython's stdout is buffered when piped); the in-process API captures strings.

export interface ProgramIO {
  stdout(text: string): void;
  stderr(text: string): void;
  flush(): void;
  /** One line of standard input including its newline, or null at end of input. */
  readline(): string | null;
}

export const runtimeIO: ProgramIO = {
  stdout: () => {},
  stderr: () => {},
  flush: () => {},
  readline: () => null,
};

export function setRuntimeIO(io: ProgramIO): void {
  runtimeIO.stdout = io.stdout;
  runtimeIO.stderr = io.stderr;
  runtimeIO.flush = io.flush;
  runtimeIO.readline = io.readline;
}

/** An IO that collects output in memory and reads stdin from a string. */
export function captureIO(stdin = ''): ProgramIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  let pos = 0;
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    flush: () => {},
    readline: () => {
      if (pos >= stdin.length) return null;
      const nl = stdin.indexOf('\n', pos);
      const end = nl < 0 ? stdin.length : nl + 1;
      const line = stdin.slice(pos, end);
      pos = end;
      return line;
    },
  };
}
