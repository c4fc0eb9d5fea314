// Reference counting, inline. Conventions follow CPython's C API: a function "returns a new
// reference" unless its doc says "borrowed"; arguments are borrowed unless the parameter is
// named `stolen...`. Small ints are JS numbers and are never counted.

import type { PyObject, Value } from '@pyarena/memory';
import { heap } from './state';

export function incref(v: Value | null): void {
  if (typeof v === 'object' && v !== null) v.refcnt++;
}

export function decref(v: Value | null): void {
  if (typeof v === 'object' && v !== null && --v.refcnt === 0) heap.dealloc(v);
}

/** Returns v after taking a new reference to it (Py_NewRef). */
export function newRef<T extends Value>(v: T): T {
  if (typeof v === 'object') v.refcnt++;
  return v;
}

export function decrefObject(o: PyObject): void {
  if (--o.refcnt === 0) heap.dealloc(o);
}

/** Drops every reference held in a JS array of values. */
/** Releases items last to first, as CPython's list and tuple deallocation and clearing do. */
export function decrefAllReversed(values: readonly (Value | null | undefined)[]): void {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (typeof v === 'object' && v !== null && --v.refcnt === 0) heap.dealloc(v);
  }
}

export function decrefAll(values: readonly (Value | null | undefined)[]): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'object' && v !== null && --v.refcnt === 0) heap.dealloc(v);
  }
}
