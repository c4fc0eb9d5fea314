// What the fuzzers drive, bundled by build.mjs into dist/engine.mjs: the in-process API of the
// command line (runSource, the same runSession the `pyarena` command uses) and the compiler.
export { runSource, type RunOptions, type RunResult } from 'pyarena';
export { compileSource } from '@pyarena/vm';
export { dumpCode, loadCode } from '@pyarena/compiler';
export { PySyntaxError } from '@pyarena/parser';
