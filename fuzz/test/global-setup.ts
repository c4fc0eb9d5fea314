// Builds dist/engine.mjs (build.mjs) before the test files load it.
import { build } from '../build.mjs';

export default async function setup(): Promise<void> {
  await build();
}
