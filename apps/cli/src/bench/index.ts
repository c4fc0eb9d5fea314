// The benchmark harness shared by `pyarena bench` (command.ts) and the suite (benchmarks/run.ts).
export * from './stats';
export * from './measure';
export * from './bench-program';
export { formatProgram, seconds, millis, ratio, percent, rss, heapBytes } from './format';
export { progressLine, parseBackends } from './command';
export { formatBytes } from '../options';
export { HOST_NODE_FLAGS } from '../host-flags';
