// @pyarena/vm: the object model, the interpreter loop and the builtins. `runProgram` is the
// entry point the CLI and the tests use.
export { runProgram, compileSource, type RunConfig, type RunOutcome } from './runtime';
export { captureIO, type ProgramIO } from './io';
export { tstate } from './tstate';
export { InteractiveSession } from './interactive';
export { internalErrorLocation } from './unwind';
