// The interpreter as the fuzzers run it: the bundle of src/entry.ts that test/global-setup.ts
// builds (build.mjs says why a bundle). Typed by the sources it was built from.
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import type * as Entry from './entry';

export type Engine = typeof Entry;
export type { RunOptions, RunResult } from './entry';

export const ENGINE_PATH = fileURLToPath(new URL('../dist/engine.mjs', import.meta.url));

let loaded: Engine | null = null;

/** The bundled engine (built by the global setup; `node build.mjs` by hand). */
export async function loadEngine(): Promise<Engine> {
  loaded ??= (await import(pathToFileURL(ENGINE_PATH).href)) as Engine;
  return loaded;
}
