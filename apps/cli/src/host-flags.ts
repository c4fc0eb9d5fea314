// The V8 flags pyarena runs under. The launchers (./pyarena, apps/cli/bin/pyarena.mjs) pass them on
// their `#!/usr/bin/env -S node ...` line and the benchmark harness when it spawns the CLI; a test
// checks that the three agree. `node ./pyarena` without them still works, with noisier pauses.
//
// --single-threaded-gc: V8 marks and sweeps its own heap on the main thread, in small steps. With
// concurrent marking (the default) a 2-core machine showed 4-13 ms main-thread stalls while V8
// marked a 300-400 MB heap, and they landed inside the collectors' pauses; total run time did not
// change measurably (docs/benchmarks.md, "Host configuration").
export const HOST_NODE_FLAGS: readonly string[] = ['--single-threaded-gc'];
