// collections.deque's object layout and storage (CPython 3.11's deque of Modules/_collectionsmodule.c).
//
// The items live in a JS ring buffer (a power-of-two array and a head index): both ends are O(1)
// and appending or popping allocates nothing. The memory model is CPython's layout instead: a
// chain of blocks of 64 item slots (528 bytes with the two links, so raw allocations), with
// `leftindex` the slot of the leftmost item in the first block. The chain then always spans
// (leftindex + size + 63) >> 6 blocks, which is what sys.getsizeof counts. A block leaving the
// chain waits in a per-deque cache of up to 16 before it is freed. Each operation below moves
// leftindex and takes or gives back blocks where CPython's does, so sys.getsizeof, peak heap and
// --max-heap follow CPython's. The blocks are all alike, so the model keeps their addresses in no
// particular order (only which address is freed first can differ from CPython).

import { FREELIST_NONE, MemoryLimitError, type PyObject, type Value, type Visit } from '@pyarena/memory';
import { heap } from '../state';
import { decref } from '../refs';
import { RuntimeError, raise } from '../errors';
import { isSubtype, makeType, typeData } from './typeobject';
import { newObjectOfType } from './constructors';

export const BLOCKLEN = 64;
/** 64 item pointers plus the left and right links. */
export const BLOCK_BYTES = (BLOCKLEN + 2) * 8;
/** An empty deque's leftindex: items start in the middle of the block. */
const EMPTY_LEFTINDEX = 32;
const MAX_FREE_BLOCKS = 16;
/** A fresh ring's capacity (a power of two). */
const RING_START = 8;
/** sizeof(dequeobject) without the GC header: deque.__sizeof__ of the object alone. */
export const DEQUE_STRUCT_SIZE = 216;

export class DequeData {
  ring: Value[] = newRing(RING_START);
  mask = RING_START - 1;
  /** Ring index of the leftmost item. */
  head = 0;
  size = 0;
  /** -1 when unbounded. */
  maxlen = -1;
  /** Changed by every change of the item sequence (not by d[i] = x nor reverse): iterators check it. */
  state = 0;
  leftindex = EMPTY_LEFTINDEX;
  /** Blocks out of the chain, kept for reuse. */
  freeBlocks = 0;
  /** Addresses of every block held, chain and cache together. */
  blocks: number[] = [];
}

function newRing(n: number): Value[] {
  const ring: Value[] = [];
  for (let i = 0; i < n; i++) ring.push(0); // packed, and no stale references for the host's GC
  return ring;
}

export function isDeque(v: Value): v is PyObject {
  return typeof v === 'object' && (v.type === DequeType || isSubtype(v.type, DequeType));
}

/** Blocks in the chain (at least one, also when empty). */
export function chainBlocks(d: DequeData): number {
  return (d.leftindex + d.size + BLOCKLEN - 1) >> 6;
}

/** A block for the chain: from the cache, else allocated (MemoryLimitError, nothing changed). */
function takeBlock(d: DequeData): void {
  if (d.freeBlocks > 0) d.freeBlocks--;
  else d.blocks.push(heap.allocBuffer(BLOCK_BYTES));
}

/** A block leaves the chain: into the cache, or freed when the cache is full. */
function giveBlock(d: DequeData): void {
  if (d.freeBlocks < MAX_FREE_BLOCKS) d.freeBlocks++;
  else heap.freeBuffer(d.blocks.pop()!, BLOCK_BYTES);
}

function growRing(d: DequeData): void {
  const cap = d.ring.length * 2;
  // The host cannot hold arrays past about 2**27 items: the same cap as a list's item block.
  heap.checkRequest(cap * 8);
  const old = d.ring;
  const ring: Value[] = [];
  for (let i = 0; i < d.size; i++) ring.push(old[(d.head + i) & d.mask]!);
  for (let i = d.size; i < cap; i++) ring.push(0);
  d.ring = ring;
  d.mask = cap - 1;
  d.head = 0;
}

/** The item at position i (0 <= i < size), borrowed. */
export function dequeItem(d: DequeData, i: number): Value {
  return d.ring[(d.head + i) & d.mask]!;
}

/** Replaces the item at position i with `stolen`; returns the old item (the caller releases it). */
export function dequeReplace(d: DequeData, i: number, stolen: Value): Value {
  const k = (d.head + i) & d.mask;
  const old = d.ring[k]!;
  d.ring[k] = stolen;
  return old;
}

/** Room for one more item on the right; `stolen` is released if it cannot be had. */
function roomRight(d: DequeData, stolen: Value): void {
  try {
    if (d.size === d.ring.length) growRing(d);
    if (((d.leftindex + d.size) & (BLOCKLEN - 1)) === 0) takeBlock(d); // the right block is full
  } catch (e) {
    decref(stolen);
    throw e;
  }
}

function roomLeft(d: DequeData, stolen: Value): void {
  try {
    if (d.size === d.ring.length) growRing(d);
    if (d.leftindex === 0) {
      takeBlock(d);
      d.leftindex = BLOCKLEN;
    }
  } catch (e) {
    decref(stolen);
    throw e;
  }
}

/** deque.append: `stolen` goes on the right; a full bounded deque drops its leftmost item. */
export function dequeAppendSteal(d: DequeData, stolen: Value): void {
  if (d.size === d.ring.length || ((d.leftindex + d.size) & (BLOCKLEN - 1)) === 0) roomRight(d, stolen);
  d.ring[(d.head + d.size) & d.mask] = stolen;
  d.size++;
  d.state++;
  if (d.maxlen >= 0 && d.size > d.maxlen) decref(dequePopLeft(d));
}

/** deque.appendleft: `stolen` goes on the left; a full bounded deque drops its rightmost item. */
export function dequeAppendLeftSteal(d: DequeData, stolen: Value): void {
  if (d.size === d.ring.length || d.leftindex === 0) roomLeft(d, stolen);
  d.leftindex--;
  d.head = (d.head - 1) & d.mask;
  d.ring[d.head] = stolen;
  d.size++;
  d.state++;
  if (d.maxlen >= 0 && d.size > d.maxlen) decref(dequePop(d));
}

/** deque.popleft of a non-empty deque: the item, whose reference moves to the caller. */
export function dequePopLeft(d: DequeData): Value {
  const v = d.ring[d.head]!;
  d.ring[d.head] = 0;
  d.head = (d.head + 1) & d.mask;
  d.size--;
  d.state++;
  if (++d.leftindex === BLOCKLEN) {
    // The first block is used up: it goes, or an empty deque starts again mid-block.
    if (d.size > 0) {
      giveBlock(d);
      d.leftindex = 0;
    } else d.leftindex = EMPTY_LEFTINDEX;
  }
  return v;
}

/** deque.pop of a non-empty deque: the item, whose reference moves to the caller. */
export function dequePop(d: DequeData): Value {
  const k = (d.head + d.size - 1) & d.mask;
  const v = d.ring[k]!;
  d.ring[k] = 0;
  const blockEmptied = ((d.leftindex + d.size - 1) & (BLOCKLEN - 1)) === 0;
  d.size--;
  d.state++;
  if (blockEmptied) {
    if (d.size > 0) giveBlock(d);
    else d.leftindex = EMPTY_LEFTINDEX;
  }
  return v;
}

/**
 * extend() and extendleft() of an empty deque start at the end of the block they fill towards
 * (CPython's space-saving heuristic): 63 items then fit in the first block.
 */
export function dequeStartFill(d: DequeData, fromLeft: boolean): void {
  if (d.size === 0) d.leftindex = fromLeft ? BLOCKLEN - 1 : 1;
}

/**
 * deque_clear (clear(), tp_clear, __init__ of a non-empty deque): the deque is made empty on a
 * fresh block first, so the items' finalizers see it empty; then the items are released left to
 * right and the old chain's blocks given back.
 */
export function dequeClear(o: PyObject): void {
  const d = o.data as DequeData;
  if (d.size === 0) return;
  try {
    takeBlock(d);
  } catch (e) {
    if (!(e instanceof MemoryLimitError)) throw e;
    while (d.size > 0) decref(dequePop(d)); // no block to spare: pop one by one
    return;
  }
  const ring = d.ring, head = d.head, mask = d.mask, n = d.size, chain = chainBlocks(d);
  d.ring = newRing(RING_START);
  d.mask = RING_START - 1;
  d.head = 0;
  d.size = 0;
  d.leftindex = EMPTY_LEFTINDEX;
  d.state++;
  for (let i = 0; i < n; i++) decref(ring[(head + i) & mask]!);
  for (let i = 0; i < chain; i++) giveBlock(d);
}

/**
 * tp_dealloc: the items are released left to right, then every block is freed. CPython clears a
 * non-empty deque first, which takes a fresh block (from the cache, else a new one) for a moment.
 */
function deallocDeque(o: PyObject): void {
  const d = o.data as DequeData;
  const ring = d.ring, head = d.head, mask = d.mask, n = d.size;
  if (n > 0) {
    try {
      takeBlock(d);
    } catch (e) {
      if (!(e instanceof MemoryLimitError)) throw e; // CPython then pops the items one by one
    }
  }
  d.ring = [];
  d.size = 0;
  for (let i = 0; i < n; i++) decref(ring[(head + i) & mask]!);
  const blocks = d.blocks;
  d.blocks = [];
  d.freeBlocks = 0;
  for (let i = 0; i < blocks.length; i++) heap.freeBuffer(blocks[i]!, BLOCK_BYTES);
}

/** deque_traverse visits the items left to right. */
function traverseDeque(o: PyObject, visit: Visit): void {
  const d = o.data as DequeData;
  for (let i = 0; i < d.size; i++) {
    const v = d.ring[(d.head + i) & d.mask]!;
    if (typeof v === 'object') visit(v);
  }
}

/**
 * _deque_rotate's block bookkeeping for a rotation by n (n > 0: items move from the right end to
 * the left): leftindex afterwards, with a block taken whenever the receiving end's block is full
 * and no block emptied at the other end is at hand. Throws MemoryLimitError with nothing changed.
 */
function rotateBlocks(d: DequeData, n: number): void {
  let left = d.leftindex;
  let right = (d.leftindex + d.size - 1) & (BLOCKLEN - 1);
  let spare = false; // a block emptied at one end, not yet reused at the other
  let taken = 0;
  try {
    while (n > 0) {
      if (left === 0) {
        if (spare) spare = false;
        else {
          takeBlock(d);
          taken++;
        }
        left = BLOCKLEN;
      }
      const m = Math.min(n, right + 1, left);
      left -= m;
      right -= m;
      n -= m;
      if (right < 0) {
        spare = true;
        right = BLOCKLEN - 1;
      }
    }
    while (n < 0) {
      if (right === BLOCKLEN - 1) {
        if (spare) spare = false;
        else {
          takeBlock(d);
          taken++;
        }
        right = -1;
      }
      const m = Math.min(-n, BLOCKLEN - left, BLOCKLEN - 1 - right);
      left += m;
      right += m;
      n += m;
      if (left === BLOCKLEN) {
        spare = true;
        left = 0;
      }
    }
  } catch (e) {
    for (; taken > 0; taken--) giveBlock(d);
    throw e;
  }
  if (spare) giveBlock(d);
  d.leftindex = left;
}

/** deque.rotate(n): n > 0 moves the last n items to the front. A deque of 0 or 1 items is left alone. */
export function dequeRotate(d: DequeData, count: number | bigint): void {
  const len = d.size;
  if (len <= 1) return;
  const half = len >> 1;
  let n = typeof count === 'bigint' ? Number(count % BigInt(len)) : count;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  rotateBlocks(d, n);
  d.state++;
  const ring = d.ring, mask = d.mask;
  if (len === ring.length) {
    d.head = (d.head - n) & mask;
    return;
  }
  for (; n > 0; n--) {
    const h = (d.head - 1) & mask;
    const t = (h + len) & mask;
    ring[h] = ring[t]!;
    ring[t] = 0;
    d.head = h;
  }
  for (; n < 0; n++) {
    const t = (d.head + len) & mask;
    ring[t] = ring[d.head]!;
    ring[d.head] = 0;
    d.head = (d.head + 1) & mask;
  }
}

/** deque.reverse: in place; iterators are not invalidated (CPython leaves state alone). */
export function dequeReverse(d: DequeData): void {
  const ring = d.ring, mask = d.mask;
  for (let i = 0, j = d.size - 1; i < j; i++, j--) {
    const a = (d.head + i) & mask, b = (d.head + j) & mask;
    const t = ring[a]!;
    ring[a] = ring[b]!;
    ring[b] = t;
  }
}

/** del d[i] (0 <= i < size): rotate the item to the front, pop it, rotate back, then release it. */
export function dequeDelItem(d: DequeData, i: number): void {
  dequeRotate(d, -i);
  const v = dequePopLeft(d);
  try {
    dequeRotate(d, i);
  } finally {
    decref(v);
  }
}

/** d.insert(index, stolen) on a deque with room: by rotation, as CPython inserts. */
export function dequeInsertSteal(d: DequeData, index: number, stolen: Value): void {
  const n = d.size;
  if (index >= n) return dequeAppendSteal(d, stolen);
  if (index <= -n || index === 0) return dequeAppendLeftSteal(d, stolen);
  try {
    dequeRotate(d, -index);
  } catch (e) {
    decref(stolen);
    throw e;
  }
  if (index < 0) dequeAppendSteal(d, stolen);
  else dequeAppendLeftSteal(d, stolen);
  dequeRotate(d, index);
}

/**
 * data: DequeData. Instances are 216 bytes plus the 16-byte GC header; the blocks are separate
 * raw allocations. Subclasses keep this layout (objects/classes.ts adds their dict pre-header).
 */
export const DequeType = makeType({
  name: 'collections.deque', isGC: true, basicSize: DEQUE_STRUCT_SIZE + 16,
  traverse: traverseDeque,
  clear: dequeClear,
  dealloc: deallocDeque,
});
typeData(DequeType).qualname = 'deque';

/** TypeSlots.traverseFrom of a deque: items by position. */
typeData(DequeType).traverseFrom = (o, from, max, visit) => {
  const d = o.data as DequeData;
  const end = Math.min(d.size, from + max);
  for (let i = from; i < end; i++) {
    const v = d.ring[(d.head + i) & d.mask]!;
    if (typeof v === 'object') visit(v);
  }
  return end >= d.size ? -1 : end;
};

/**
 * deque_new: an empty deque of `type` (deque or a subclass) with its first block. New reference;
 * MemoryLimitError when the block cannot be had.
 */
export function newDeque(type: PyObject): PyObject {
  const td = typeData(type);
  const o = heap.alloc(type, td.basicSize, new DequeData(), FREELIST_NONE);
  if (td.isHeapType) type.refcnt++; // instances of heap types own a reference to their class
  heap.track(o);
  try {
    takeBlock(o.data as DequeData);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

/** sys.getsizeof: the object and the blocks of its chain (cached free blocks are not counted). */
export function dequeSizeOf(o: PyObject): number {
  return o.nbytes + chainBlocks(o.data as DequeData) * BLOCK_BYTES;
}

// ---------------------------------------------------------------- iterators

/**
 * The deque (owned, kept until the iterator dies, as CPython's), the position of the next item
 * counted from the left, the deque's state when iteration began and the items still to come.
 */
export class DequeIterData {
  deque: PyObject;
  index: number;
  state: number;
  counter: number;
  constructor(deque: PyObject, index: number, state: number, counter: number) {
    this.deque = deque;
    this.index = index;
    this.state = state;
    this.counter = counter;
  }
}

const iterSlots = {
  isGC: true,
  basicSize: 72,
  acceptsSubclasses: false,
  traverse: (o: PyObject, visit: Visit) => visit((o.data as DequeIterData).deque),
  dealloc: (o: PyObject) => decref((o.data as DequeIterData).deque),
};
export const DequeIterType = makeType({ name: '_collections._deque_iterator', ...iterSlots });
export const DequeReverseIterType = makeType({ name: '_collections._deque_reverse_iterator', ...iterSlots });

/** iter(d) or reversed(d): a new reference. */
export function newDequeIter(o: PyObject, reverse: boolean): PyObject {
  const d = o.data as DequeData;
  o.refcnt++;
  const data = new DequeIterData(o, reverse ? d.size - 1 : 0, d.state, d.size);
  return newObjectOfType(reverse ? DequeReverseIterType : DequeIterType, data);
}

/** next() of a deque iterator: a new reference, undefined when done; RuntimeError once the deque changed. */
export function dequeIterNext(it: PyObject): Value | undefined {
  const data = it.data as DequeIterData;
  const d = data.deque.data as DequeData;
  if (d.state !== data.state) {
    data.counter = 0;
    raise(RuntimeError, 'deque mutated during iteration');
  }
  if (data.counter === 0) return undefined;
  data.counter--;
  const v = d.ring[(d.head + data.index) & d.mask]!;
  data.index += it.type === DequeIterType ? 1 : -1;
  if (typeof v === 'object') v.refcnt++;
  return v;
}
