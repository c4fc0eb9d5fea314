// The `pyarena` package: the command line (main.ts) and the in-process API.
export { runSource, type RunOptions, type RunResult, type BackendName } from './run-source';
