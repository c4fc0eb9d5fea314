// How long the host itself stops a JavaScript thread that allocates nothing and calls nothing: the
// floor under every pause figure of the report. On a small virtual machine the main thread can
// stall for milliseconds while another of the process's threads is busy (V8 compiles hot functions
// on a background thread during a run's first seconds); a GC pause that overlaps such a stall is
// that much longer, whatever the collector did.
//
// Measured as the spread of a fixed piece of arithmetic, timed over and over: once alone, once
// while a worker thread spins.

import { Worker } from 'node:worker_threads';

export interface StallFigures {
  /** Timed chunks of the fixed work. */
  chunks: number;
  p50Ms: number;
  p999Ms: number;
  maxMs: number;
}

export interface HostStalls {
  /** How long each of the two measurements ran. */
  durationMs: number;
  /** Each chunk is this many iterations of the arithmetic loop. */
  chunkIterations: number;
  alone: StallFigures;
  /** With one worker thread busy the whole time. */
  busyThread: StallFigures;
}

const CHUNK_ITERATIONS = 20_000;

/** Times chunks of fixed work for `durationMs`; the spread is what the host added. */
function timeChunks(durationMs: number): StallFigures {
  const times: number[] = [];
  let sink = 0;
  const end = performance.now() + durationMs;
  while (performance.now() < end) {
    const t = performance.now();
    for (let i = 0; i < CHUNK_ITERATIONS; i++) sink += (i * i) % 7;
    times.push(performance.now() - t);
  }
  if (sink < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0;
  return { chunks: times.length, p50Ms: at(0.5), p999Ms: at(0.999), maxMs: times[times.length - 1] ?? 0 };
}

/** A worker that, once sent a stop flag, spins until the flag is set; resolves once it is ready. */
async function startSpinner(): Promise<Worker> {
  const source =
    "const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready');" +
    " parentPort.once('message', (buffer) => { const stop = new Int32Array(buffer); let x = 0;" +
    ' while (Atomics.load(stop, 0) === 0) x++; parentPort.postMessage(x); });';
  const worker = new Worker(source, { eval: true });
  await new Promise<void>((resolve) => worker.once('message', () => resolve()));
  return worker;
}

/** Measures the host's stalls, `durationMs` alone and `durationMs` beside a busy thread. */
export async function measureHostStalls(durationMs = 3000): Promise<HostStalls> {
  timeChunks(Math.min(200, durationMs)); // lets V8 optimise the loop first
  const alone = timeChunks(durationMs);
  const spinner = await startSpinner();
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const finished = new Promise<void>((resolve) => spinner.once('message', () => resolve()));
  spinner.postMessage(stop.buffer);
  let busyThread: StallFigures;
  try {
    busyThread = timeChunks(durationMs);
  } finally {
    Atomics.store(stop, 0, 1);
  }
  await finished;
  await spinner.terminate();
  return { durationMs, chunkIterations: CHUNK_ITERATIONS, alone, busyThread };
}
