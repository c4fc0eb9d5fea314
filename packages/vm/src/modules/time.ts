// The time module's clocks (Modules/timemodule.c) over Node's high-resolution timers, and a
// sleep that really blocks (bounded: a sandboxed program cannot stall the host for long).

import type { NativeFn } from '../objects/types';
import { None, intFromBigInt, newFloat } from '../objects/constructors';
import { checkArgs, makeBuiltin } from '../objects/builtin-function';
import { OverflowError, ValueError, raise, typeError } from '../errors';
import { FloatType } from '../objects/types';
import { typeName } from '../objects/typeobject';
import { isIntLike, toBigInt } from '../ops/numbers';
import { argDouble } from './args';
import { defineNativeModule, setAttrSteal } from './registry';
import type { PyObject } from '@pyarena/memory';

/** Longest single sleep honoured, in seconds. */
const MAX_SLEEP = 60;

const nowNs = (): bigint => process.hrtime.bigint();
const wallNs = (): bigint => BigInt(Date.now()) * 1000000n + (process.hrtime.bigint() % 1000000n);

function clock(name: string, f: () => number): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 0, 0);
    return newFloat(f());
  };
}
function clockNs(name: string, f: () => bigint): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 0, 0);
    return intFromBigInt(f());
  };
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
const sleep: NativeFn = (args, kwnames) => {
  checkArgs('sleep', args, kwnames, 1, 1);
  const v = args[0]!;
  // _PyTime_FromSecondsObject: floats and ints only.
  if (typeof v !== 'number' && v.type !== FloatType && !isIntLike(v)) {
    typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  // The value must fit CPython's _PyTime_t (int64 nanoseconds), checked before the sign.
  if (isIntLike(v)) {
    const ns = toBigInt(v) * 1_000_000_000n;
    if (ns < -(2n ** 63n) || ns >= 2n ** 63n) raise(OverflowError, 'timestamp too large to convert to C _PyTime_t');
  }
  const secs = argDouble(v);
  if (Number.isNaN(secs)) raise(ValueError, 'Invalid value NaN (not a number)');
  if (!(secs * 1e9 >= -(2 ** 63) && secs * 1e9 < 2 ** 63)) raise(OverflowError, 'timestamp out of range for platform time_t');
  if (secs < 0) raise(ValueError, 'sleep length must be non-negative');
  const ms = Math.min(secs, MAX_SLEEP) * 1000;
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
  return None;
};

const cpuNs = (): bigint => {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
};

const FUNCTIONS: Record<string, NativeFn> = {
  time: clock('time', () => Number(wallNs()) / 1e9),
  time_ns: clockNs('time_ns', wallNs),
  perf_counter: clock('perf_counter', () => Number(nowNs()) / 1e9),
  perf_counter_ns: clockNs('perf_counter_ns', nowNs),
  monotonic: clock('monotonic', () => Number(nowNs()) / 1e9),
  monotonic_ns: clockNs('monotonic_ns', nowNs),
  process_time: clock('process_time', () => Number(cpuNs()) / 1e9),
  process_time_ns: clockNs('process_time_ns', cpuNs),
  sleep,
};
let builtins: [string, PyObject][] | null = null;

defineNativeModule('time', (dict) => {
  builtins ??= Object.entries(FUNCTIONS).map(([name, fn]) => [name, makeBuiltin(name, fn, name, 'time')]);
  for (const [name, f] of builtins) setAttrSteal(dict, name, f);
});
