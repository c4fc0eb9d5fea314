import { captureIO, runProgram, type RunOutcome } from '../src/index';

export type Backend = 'pymalloc' | 'refcount' | 'generational';

export function run(source: string, gc: Backend = 'generational', verifyHeap = true):
  { out: string; err: string; outcome: RunOutcome } {
  const io = captureIO();
  const outcome = runProgram(source, { filename: 'test.py', gc, verifyHeap, io });
  return { out: io.out.join(''), err: io.err.join(''), outcome };
}
