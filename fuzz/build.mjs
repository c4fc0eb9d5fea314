// Bundles src/entry.ts (the in-process API) into dist/engine.mjs for the fuzzers.
// Why a bundle: run from TypeScript sources under vitest, the interpreter loop reads every opcode
// constant through a module-namespace getter and runs 8-25x slower than the built CLI (measured on
// conformance/cases/ints/sums.py: 600 ms from source, 70 ms bundled). esbuild's minifySyntax
// inlines the constants into numeric `case` labels, as apps/cli/build.mjs does
// (shared/DESIGN.md section 9), so thousands of fuzzed runs fit in the CI budget.
// vitest's globalSetup (test/global-setup.ts) calls build() before every run, so the bundle is
// never stale; `node build.mjs` does the same by hand.
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

export const ENGINE = fileURLToPath(new URL('./dist/engine.mjs', import.meta.url));

export async function build() {
  await esbuild({
    entryPoints: [fileURLToPath(new URL('./src/entry.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minifySyntax: true,
    sourcemap: 'linked',
    outfile: ENGINE,
    // ohm-js and the CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __fuzzCreateRequire } from 'node:module'; const require = __fuzzCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
