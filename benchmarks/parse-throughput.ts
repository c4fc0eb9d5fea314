// Parse throughput of @pyarena/parser on a ~2,000-line realistic program (programs/parse_2000.py):
// a cold first parse (grammar bundle load + V8 warm-up), then tinybench's steady state in lines/s.
// Run: npx tsx benchmarks/parse-throughput.ts   (or pnpm bench:parse)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Bench } from 'tinybench';

const file = fileURLToPath(new URL('./programs/parse_2000.py', import.meta.url));
const source = readFileSync(file, 'utf8');
const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);

// Cold: includes loading the parser module (the precompiled grammar recipe) and the first parse.
const t0 = performance.now();
const { parse } = await import('@pyarena/parser');
const t1 = performance.now();
parse(source, file);
const t2 = performance.now();
console.log(`program: ${lines} lines (${source.length} chars)`);
console.log(`cold: load parser ${(t1 - t0).toFixed(1)} ms, first parse ${(t2 - t1).toFixed(1)} ms`);

const bench = new Bench({ time: 3000, warmupTime: 1000, warmupIterations: 3 });
bench.add('parse parse_2000.py', () => {
  parse(source, file);
});
await bench.run();
for (const task of bench.tasks) {
  const r = task.result;
  if (r === undefined || !('latency' in r)) continue;
  const meanMs = r.latency.mean;
  console.log(
    `${task.name}: mean ${meanMs.toFixed(1)} ms (p50 ${r.latency.p50?.toFixed(1)} ms, ${r.latency.samplesCount} samples)` +
      ` -> ${Math.round((lines / meanMs) * 1000).toLocaleString('en-US')} lines/s`,
  );
}
