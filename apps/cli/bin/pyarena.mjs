#!/usr/bin/env -S node --single-threaded-gc
// Installed entry point: the real CLI is the esbuild bundle built by `pnpm build`.
import '../dist/pyarena.mjs';
