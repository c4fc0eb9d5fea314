// bytearray's storage (Objects/bytearrayobject.c): the bytes live in a block of ob_alloc bytes,
// the object's storage block (o.buf / o.bufSize), reached through ob_start, which deleting from
// the front advances instead of moving the bytes. Every size change goes through
// PyByteArray_Resize's policy, so sys.getsizeof (56 + ob_alloc) and the modelled heap follow
// CPython 3.11 byte for byte: growth by about 1/8 beyond the current block, an exact block for a
// big jump or a shrink below half, and a new block (not a realloc) once the start has moved.

import type { PyObject, Value } from '@pyarena/memory';
import { BytesType, ByteArrayType } from './types';
import { newObjectOfType } from './constructors';
import { heap } from '../state';
import { decref } from '../refs';

/** buf holds the modelled block (buf.length === o.bufSize); the bytes are buf[start, start + size). */
export interface ByteArrayData {
  buf: Uint8Array;
  start: number;
  size: number;
}

const EMPTY = new Uint8Array(0);

/** The bytes of a bytearray, as a view (copy it before changing the same bytearray). */
export function byteArrayContent(o: PyObject): Uint8Array {
  const d = o.data as ByteArrayData;
  return d.buf.subarray(d.start, d.start + d.size);
}

/** The bytes of a bytes or bytearray object (the buffer protocol of the subset), else null. */
export function bytesLike(v: Value): Uint8Array | null {
  if (typeof v === 'number') return null;
  if (v.type === BytesType) return v.data as Uint8Array;
  if (v.type === ByteArrayType) return byteArrayContent(v);
  return null;
}

export function isByteArray(v: Value): v is PyObject {
  return typeof v === 'object' && v.type === ByteArrayType;
}

/** PyByteArray_FromStringAndSize: a block of exactly len + 1 bytes (none when empty). */
export function newByteArray(content: Uint8Array): PyObject {
  const o = newObjectOfType(ByteArrayType, { buf: EMPTY, start: 0, size: 0 } satisfies ByteArrayData);
  const n = content.length;
  if (n > 0) {
    try {
      heap.resizeObjectBuffer(o, n + 1);
    } catch (e) {
      decref(o);
      throw e;
    }
    const d = o.data as ByteArrayData;
    d.buf = new Uint8Array(n + 1);
    d.buf.set(content);
    d.size = n;
  }
  return o;
}

/**
 * PyByteArray_Resize(o, requested). Bytes beyond the old size read as zero. Throws
 * MemoryLimitError (a MemoryError) with o unchanged. `pySize` is Py_SIZE(o) as Resize sees it
 * (the old size when the caller has just advanced the start).
 */
export function byteArrayResize(o: PyObject, requested: number, pySize = (o.data as ByteArrayData).size): void {
  const d = o.data as ByteArrayData;
  if (requested === pySize) return;
  const alloc = o.bufSize;
  const offset = d.start;
  let newAlloc: number;
  if (requested + offset + 1 <= alloc) {
    if (requested < Math.floor(alloc / 2)) {
      newAlloc = requested + 1; // major downsize: an exact block
    } else {
      // Minor downsize (or regrowth within the block): quick exit.
      if (requested > pySize) d.buf.fill(0, offset + pySize, offset + requested);
      d.size = requested;
      return;
    }
  } else if (requested <= alloc * 1.125) {
    newAlloc = requested + (requested >> 3) + (requested < 9 ? 3 : 6); // moderate upsize
  } else {
    newAlloc = requested + 1; // major upsize: exact
  }
  // With a moved start CPython mallocs a new block and frees the old; otherwise it reallocs.
  if (offset > 0) heap.replaceObjectBuffer(o, newAlloc);
  else heap.resizeObjectBuffer(o, newAlloc);
  const buf = new Uint8Array(newAlloc);
  buf.set(d.buf.subarray(offset, offset + Math.min(requested, pySize)));
  d.buf = buf;
  d.start = 0;
  d.size = requested;
}

/**
 * bytearray_setslice_linear: o[lo:hi] = bytes (0 <= lo <= hi <= len). Deleting from the front
 * advances the start; anything else moves the tail, with the block resized as CPython does.
 */
export function byteArraySetSlice(o: PyObject, lo: number, hi: number, bytes: Uint8Array): void {
  const d = o.data as ByteArrayData;
  const values = bytes.slice(); // it may be a view of o itself
  const needed = values.length;
  const growth = needed - (hi - lo);
  const oldSize = d.size;
  if (growth < 0) {
    if (lo === 0) {
      // Shrink by advancing the logical start: the tail stays where it is.
      d.start -= growth;
      try {
        byteArrayResize(o, oldSize + growth, oldSize);
      } catch (e) {
        d.start += growth; // as CPython: the bytearray is left as it was
        throw e;
      }
    } else {
      d.buf.copyWithin(d.start + lo + needed, d.start + hi, d.start + oldSize);
      byteArrayResize(o, oldSize + growth);
    }
  } else if (growth > 0) {
    byteArrayResize(o, oldSize + growth);
    d.buf.copyWithin(d.start + lo + needed, d.start + hi, d.start + oldSize);
  }
  d.buf.set(values, d.start + lo);
}

/** Removes the items at the given ascending indices (an extended-slice deletion), then Resize. */
export function byteArrayDeleteIndices(o: PyObject, indices: number[]): void {
  if (indices.length === 0) return;
  const d = o.data as ByteArrayData;
  const drop = new Set(indices);
  let w = d.start;
  for (let r = 0; r < d.size; r++) if (!drop.has(r)) d.buf[w++] = d.buf[d.start + r]!;
  byteArrayResize(o, d.size - indices.length);
}
