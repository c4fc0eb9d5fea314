// CPython 3.11's per-type free lists (Objects/floatobject.c, tupleobject.c, listobject.c,
// dictobject.c): a dead object's block is parked here instead of going back to its pool, and the
// next object of that kind takes the same address. A full collection empties them (clear_freelists).
// Each list is a stack of (address, nbytes) in typed arrays that grow on demand.
import type { PyObject } from './object';

export const FREELIST_NONE = -1;
export const FREELIST_FLOAT = 0;
export const FREELIST_LIST = 1;
export const FREELIST_DICT = 2;
/** A tuple of length n (1..PyTuple_MAXSAVESIZE) uses FREELIST_TUPLE_BASE + n - 1. */
export const FREELIST_TUPLE_BASE = 3;

export const PyFloat_MAXFREELIST = 100; // pycore_floatobject.h
export const PyList_MAXFREELIST = 80; // pycore_list.h
export const PyDict_MAXFREELIST = 80; // pycore_dict.h (dict objects; keys objects are not modelled)
export const PyTuple_MAXSAVESIZE = 20; // largest tuple length kept; () is a singleton, never freed
export const PyTuple_MAXFREELIST = 2000; // per length
export const FREELIST_COUNT = FREELIST_TUPLE_BASE + PyTuple_MAXSAVESIZE; // 23

/** The free list of a tuple of length n, or FREELIST_NONE. */
export function tupleFreelist(n: number): number {
  return n >= 1 && n <= PyTuple_MAXSAVESIZE ? FREELIST_TUPLE_BASE + n - 1 : FREELIST_NONE;
}

const INITIAL_CAPACITY = 8;

/** True when two requests get blocks of the same size (same pool size class or same raw size). */
function sameBlockSize(a: number, b: number): boolean {
  if (a === b) return true;
  return a > 0 && b > 0 && a <= 512 && b <= 512 && (a - 1) >> 4 === (b - 1) >> 4;
}

export class FreeLists {
  /** Maximum entries per list. */
  readonly limits = new Int32Array(FREELIST_COUNT);
  /** Current entries per list. */
  readonly sizes = new Int32Array(FREELIST_COUNT);
  private readonly addrs: Float64Array[] = [];
  private readonly nbytes: Int32Array[] = [];

  constructor() {
    this.limits[FREELIST_FLOAT] = PyFloat_MAXFREELIST;
    this.limits[FREELIST_LIST] = PyList_MAXFREELIST;
    this.limits[FREELIST_DICT] = PyDict_MAXFREELIST;
    for (let n = 1; n <= PyTuple_MAXSAVESIZE; n++) {
      this.limits[FREELIST_TUPLE_BASE + n - 1] = PyTuple_MAXFREELIST;
    }
    for (let i = 0; i < FREELIST_COUNT; i++) {
      this.addrs.push(new Float64Array(INITIAL_CAPACITY));
      this.nbytes.push(new Int32Array(INITIAL_CAPACITY));
    }
  }

  /**
   * The dead float objects whose blocks are parked on the float list, at the same index (null
   * where none was kept): the next float takes the object with its block (Heap.allocFloat), so the
   * hottest allocation in float code creates no host object.
   */
  private readonly floatShells: (PyObject | null)[] = new Array<PyObject | null>(PyFloat_MAXFREELIST).fill(null);

  /**
   * Park a dead object's block, and for the float list the dead object itself (`shell`). Returns
   * false when the list is full (the caller frees it).
   */
  push(id: number, addr: number, nbytes: number, shell: PyObject | null = null): boolean {
    const n = this.sizes[id];
    if (n >= this.limits[id]) return false;
    if (n === this.addrs[id].length) this.grow(id);
    this.addrs[id][n] = addr;
    this.nbytes[id][n] = nbytes;
    if (id === FREELIST_FLOAT) this.floatShells[n] = shell;
    this.sizes[id] = n + 1;
    return true;
  }

  /** The most recently parked block fit for an nbytes request, or 0 (miss). */
  pop(id: number, nbytes: number): number {
    const n = this.sizes[id] - 1;
    if (n < 0 || !sameBlockSize(this.nbytes[id][n], nbytes)) return 0;
    if (id === FREELIST_FLOAT) this.floatShells[n] = null;
    this.sizes[id] = n;
    return this.addrs[id][n];
  }

  /** pop() of the float list when its top entry kept its object: that object (its addr is the block's), else null. */
  popFloatShell(nbytes: number): PyObject | null {
    const n = this.sizes[FREELIST_FLOAT] - 1;
    if (n < 0) return null;
    const shell = this.floatShells[n];
    if (shell === null || !sameBlockSize(this.nbytes[FREELIST_FLOAT][n], nbytes)) return null;
    this.floatShells[n] = null;
    this.sizes[FREELIST_FLOAT] = n;
    return shell;
  }

  /** Address and size of entry i of list id (for draining). */
  addressAt(id: number, i: number): number {
    return this.addrs[id][i];
  }

  nbytesAt(id: number, i: number): number {
    return this.nbytes[id][i];
  }

  /** Entries over all lists. */
  total(): number {
    let n = 0;
    for (let i = 0; i < FREELIST_COUNT; i++) n += this.sizes[i];
    return n;
  }

  private grow(id: number): void {
    const cap = Math.min(this.addrs[id].length * 2, this.limits[id]);
    const a = new Float64Array(cap);
    a.set(this.addrs[id]);
    this.addrs[id] = a;
    const b = new Int32Array(cap);
    b.set(this.nbytes[id]);
    this.nbytes[id] = b;
  }
}
