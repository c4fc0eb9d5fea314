// The process's standard streams as a ProgramIO: buffered writes straight to the file
// descriptors (CPython buffers stdout when piped) and standard input read a line at a time, so
// input() on a terminal returns after one line and a REPL and the program share what is piped.

import { readSync, writeSync } from 'node:fs';
import type { ProgramIO } from '@pyarena/vm';

export function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Lines of a file descriptor, read synchronously. At the end of a pipe or file every later read
 * is null too; a terminal's end (Ctrl-D) is reported once, and reading goes on after it.
 */
export class FdLineReader {
  private pending: Buffer = Buffer.alloc(0);
  private ended = false;
  private readonly fd: number;
  private readonly sticky: boolean;

  constructor(fd = 0, isTerminal = false) {
    this.fd = fd;
    this.sticky = !isTerminal;
  }

  /** One line with its newline (the last may have none), or null at the end of input. */
  readLine(): string | null {
    const chunk = Buffer.alloc(1 << 16);
    for (;;) {
      const nl = this.pending.indexOf(10);
      if (nl >= 0) return this.take(nl + 1);
      if (this.ended) {
        if (!this.sticky) this.ended = false;
        return this.pending.length > 0 ? this.take(this.pending.length) : null;
      }
      let n: number;
      try {
        n = readSync(this.fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(sleeper, 0, 0, 10); // a non-blocking descriptor with nothing yet
          continue;
        }
        n = 0; // EOF, or no usable standard input at all (closed, a directory): end of input
      }
      if (n === 0) this.ended = true;
      else this.pending = Buffer.concat([this.pending, chunk.subarray(0, n)]);
    }
  }

  private take(n: number): string {
    const line = this.pending.subarray(0, n).toString('utf8');
    this.pending = this.pending.subarray(n);
    return line;
  }
}

/** The process's streams; `stdin` reads standard input (one reader per process). */
export function processIO(stdin: FdLineReader = new FdLineReader(0, false)): ProgramIO {
  let pending = '';
  const flush = () => {
    if (pending.length > 0) {
      writeAll(1, pending);
      pending = '';
    }
  };
  return {
    stdout: (t) => {
      pending += t;
      if (pending.length > 1 << 16) flush();
    },
    stderr: (t) => {
      flush();
      writeAll(2, t);
    },
    flush,
    readline: () => stdin.readLine(),
  };
}
