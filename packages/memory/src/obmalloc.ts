// The small-object allocator model of CPython 3.11 on 64-bit (Objects/obmalloc.c): size classes,
// 16 KiB pools inside 1 MiB arenas, with real bookkeeping so that pool and arena occupancy,
// fragmentation and arena release are measured. Addresses are plain numbers (id() values).
// Design notes: docs/memory.md ("Arenas, pools and blocks").
//
//   arena slot k, ARENA_SIZE bytes at ARENA_BASE + k*ARENA_SIZE (ARENA_SIZE-aligned, see below)
//   +-----------+-----------+-----------+-- ... --+-----------+
//   |  pool 0   |  pool 1   |  pool 2   |         |  pool 63  |   64 pools of POOL_SIZE bytes
//   +-----------+-----------+-----------+-- ... --+-----------+
//        |
//        v  one pool serves ONE size class while it is in use
//   +--------+-------+-------+-------+-------+--------------------+------+
//   | header | blk 0 | blk 1 | blk 2 | blk 3 |   not yet carved   | tail |
//   | 48 B   | used  | free  | used  | free  |  (nextoffset ...)  | lost |
//   +--------+-------+-------+-------+-------+--------------------+------+
//                       ^               |
//                       +--- freeblock -+   free blocks form a LIFO list; untouched space is
//                                           carved lazily by bumping nextoffset up to
//                                           maxnextoffset (POOL_SIZE - size).
//
// Pool states (CPython's "pool table" comment):
//   used   0 < ref < capacity: linked in usedpools[class] (doubly linked, we allocate from its head)
//   full   ref == capacity: linked nowhere; freeing one block puts it back at the FRONT of
//          usedpools[class], so the block just freed is the next one handed out
//   empty  ref == 0: on its arena's freepools list; may be re-initialised for any class
// Arena states:
//   usable  has free pools (nfreepools > 0): in usable_arenas, sorted by ascending nfreepools
//           (fullest first, so nearly empty arenas get a chance to drain); fingers nfp2lasta[n]
//           point at the rightmost arena with n free pools so re-sorting is O(1)
//   full    nfreepools == 0: linked nowhere
//   unused  released (CPython: munmap) when all its pools are free, unless it is the last arena
//           of usable_arenas (3.9+, bpo-37257: keep one empty arena against alloc/free thrashing)
//
// Modelling choices: arenas are ARENA_SIZE-aligned, so all 64 pools are usable (CPython loses the
// first pool when mmap returns an address that is not POOL_SIZE-aligned; "bytes lost to arena
// alignment" is therefore always 0 here). A released arena slot is reused, with its address,
// by the next new arena (mmap commonly returns the same range). All state lives in typed arrays
// indexed by arena slot or by global pool index (slot * 64 + pool-in-arena); no per-block objects.

export const ALIGNMENT = 16; // 64-bit: the x86-64 ABI wants 16-byte alignment (3.8+, bpo-27987)
export const ALIGNMENT_SHIFT = 4; // log2(ALIGNMENT)
export const SMALL_REQUEST_THRESHOLD = 512; // requests of 1..512 bytes use pools; 0 or more go raw
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT; // 32 classes: 16..512
export const POOL_BITS = 14; // 16 KiB pools: 64-bit builds with the radix tree (3.10+)
export const POOL_SIZE = 1 << POOL_BITS; // must be 2^N: a block's pool is found by masking
export const POOL_OVERHEAD = 48; // sizeof(struct pool_header) on 64-bit, rounded to ALIGNMENT
export const ARENA_BITS = 20; // 1 MiB arenas: USE_LARGE_ARENAS on 64-bit (3.10+)
export const ARENA_SIZE = 1 << ARENA_BITS; // must be a multiple of POOL_SIZE
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE; // 64
export const ARENA_BASE = 0x7f00_0000_0000; // modelled mmap region; well below 2^53
const SLOTS_PER_POOL = POOL_SIZE >> ALIGNMENT_SHIFT; // 1024 16-byte slots: one free-list link each
const SLOTS_SHIFT = POOL_BITS - ALIGNMENT_SHIFT; // log2(SLOTS_PER_POOL)
// Fields of a pool record (struct pool_header).
const POOL_FIELDS_SHIFT = 3; // 8 int32 fields per record
const REF = 0; // blocks allocated in the pool
const FREEBLOCK = 1; // offset of the first free block, 0 = none
const NEXTOFFSET = 2; // bump pointer: first never-used offset
const SZIDX = 3; // size class
const NEXTPOOL = 4; // usedpools links, -1 = none
const PREVPOOL = 5;
const NEXTFREEPOOL = 6; // the arena's freepools chain, -1 = none
const INITIAL_ARENA_SLOTS = 16; // INITIAL_ARENA_OBJECTS in CPython

/** Size class of a 1..512-byte request: (n-1) >> 4. */
export function sizeClassIndex(nbytes: number): number {
  return (nbytes - 1) >> ALIGNMENT_SHIFT;
}

/** Block size of a size class: (i+1) << 4. */
export function indexToSize(i: number): number {
  return (i + 1) << ALIGNMENT_SHIFT;
}

/** Blocks a pool of class i holds: (POOL_SIZE - POOL_OVERHEAD) // size. */
export function blocksPerPool(i: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / indexToSize(i));
}

const CAPACITY = new Int32Array(NB_SMALL_SIZE_CLASSES);
for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) CAPACITY[i] = blocksPerPool(i);

/** An arena was allocated ('alloc') or released ('release'); slot k is at arenaAddress(k). */
export type ArenaListener = (change: 'alloc' | 'release', slot: number) => void;

export class Obmalloc {
  // ---- per size class ----
  /** usedpools[class]: head pool of the class's used list, -1 when none. */
  private readonly usedFirst = new Int32Array(NB_SMALL_SIZE_CLASSES).fill(-1);
  /** Pools currently serving each class (used + full). */
  readonly classPools = new Int32Array(NB_SMALL_SIZE_CLASSES);

  // ---- per pool: one record of POOL_FIELDS int32s at pools[p << 3] (p = slot * 64 + i), so a
  // pool's header is one cache line and one array, as struct pool_header is in C ----
  private pools = new Int32Array(0);
  /** Free-block links: blockNext[(pool << 10) | (offset >> 4)] = offset of the next free block. */
  private blockNext = new Uint16Array(0);

  // ---- per arena slot ----
  private arenaInUse = new Uint8Array(0);
  private arenaNfree = new Int32Array(0); // nfreepools: free + never-carved pools
  private arenaCarved = new Int32Array(0); // pools carved so far (pool_address in CPython)
  private arenaFreePools = new Int32Array(0); // head of the freepools chain, -1 = none
  private arenaNext = new Int32Array(0); // usable_arenas links
  private arenaPrev = new Int32Array(0);
  private slotCapacity = 0;
  private slotsUsed = 0; // slots ever handed out (high water of the slot table)
  private readonly unusedSlots: number[] = []; // unused_arena_objects

  /** usable_arenas head (fewest free pools first), -1 = none. */
  private usableHead = -1;
  /** nfp2lasta[n]: rightmost usable arena with exactly n free pools, -1 = none. */
  private readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1);

  // ---- totals (for stats and _debugmallocstats) ----
  poolsInUse = 0;
  arenasAllocatedTotal = 0;
  arenasReclaimed = 0;
  arenasCurrent = 0;
  arenasHighwater = 0;
  /** Told when an arena is allocated or released (--trace-json); null when nobody listens. */
  onArena: ArenaListener | null = null;

  constructor() {
    this.growSlots(INITIAL_ARENA_SLOTS);
  }

  /**
   * pymalloc_alloc: a block for a request of 1..SMALL_REQUEST_THRESHOLD bytes. Returns its address.
   * The caller has checked the range. O(1).
   */
  malloc(nbytes: number): number {
    const c = (nbytes - 1) >> ALIGNMENT_SHIFT;
    const p = this.usedFirst[c];
    if (p < 0) return this.allocateFromNewPool(c);
    const pools = this.pools;
    const r = p << POOL_FIELDS_SHIFT;
    // Reuse the most recently freed block (LIFO), else carve a fresh one.
    let off = pools[r + FREEBLOCK];
    if (off !== 0) {
      pools[r + FREEBLOCK] = this.blockNext[(p << SLOTS_SHIFT) | (off >> ALIGNMENT_SHIFT)];
    } else {
      off = pools[r + NEXTOFFSET];
      pools[r + NEXTOFFSET] = off + ((c + 1) << ALIGNMENT_SHIFT);
    }
    if (++pools[r + REF] === CAPACITY[c]) this.unlinkUsed(p, c); // used -> full
    return ARENA_BASE + p * POOL_SIZE + off;
  }

  /** pymalloc_free: return a block obtained from malloc. O(1). */
  free(addr: number): void {
    const rel = addr - ARENA_BASE;
    const p = (rel / POOL_SIZE) | 0; // exact while the model stays below 32 TiB
    const off = rel - p * POOL_SIZE;
    const pools = this.pools;
    const r = p << POOL_FIELDS_SHIFT;
    const c = pools[r + SZIDX];
    this.blockNext[(p << SLOTS_SHIFT) | (off >> ALIGNMENT_SHIFT)] = pools[r + FREEBLOCK];
    pools[r + FREEBLOCK] = off;
    const ref = --pools[r + REF];
    // Every class holds >= 31 blocks per pool, so "was full" and "now empty" never coincide.
    if (ref === CAPACITY[c] - 1) this.linkUsedFront(p, c); // full -> used, at the FRONT
    else if (ref === 0) this.poolBecameEmpty(p, c); // used -> empty
  }

  /** Blocks handed out per size class (free-listed blocks included). O(pools). */
  classBlocksInUse(): Int32Array {
    const out = new Int32Array(NB_SMALL_SIZE_CLASSES);
    const pools = this.pools;
    for (let a = 0; a < this.slotsUsed; a++) {
      if (this.arenaInUse[a] === 0) continue;
      for (let i = 0; i < this.arenaCarved[a]; i++) {
        const r = (a * MAX_POOLS_IN_ARENA + i) << POOL_FIELDS_SHIFT;
        if (pools[r + REF] > 0) out[pools[r + SZIDX]] += pools[r + REF];
      }
    }
    return out;
  }

  /** Blocks handed out over all classes. O(pools). */
  get blocksInUse(): number {
    let n = 0;
    for (const k of this.classBlocksInUse()) n += k;
    return n;
  }

  /** The block size class of a pooled address (for realloc and checks). */
  sizeClassOf(addr: number): number {
    return this.pools[(Math.floor((addr - ARENA_BASE) / POOL_SIZE) << POOL_FIELDS_SHIFT) + SZIDX];
  }

  /** True when addr lies in an arena currently in use (CPython's address_in_range). */
  addressInRange(addr: number): boolean {
    const slot = Math.floor((addr - ARENA_BASE) / ARENA_SIZE);
    return slot >= 0 && slot < this.slotsUsed && this.arenaInUse[slot] === 1;
  }

  /** Avail (allocated pools' free) blocks of class c, given its blocks in use. */
  availBlocks(c: number, inUse: number): number {
    return this.classPools[c] * CAPACITY[c] - inUse;
  }

  /** Free pools across arenas in use (freed + never carved): "unused pools" in _debugmallocstats. */
  freePools(): number {
    return this.arenasCurrent * MAX_POOLS_IN_ARENA - this.poolsInUse;
  }

  /** The usable_arenas list as [slot, nfreepools] pairs, head first (for tests and debugging). */
  usableArenas(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let a = this.usableHead; a >= 0; a = this.arenaNext[a]) out.push([a, this.arenaNfree[a]]);
    return out;
  }

  /**
   * Checks the arena and pool invariants (for tests and --verify-heap); returns the first
   * violation found, or null. O(arenas * pools + free blocks).
   */
  checkConsistency(): string | null {
    const rightmost = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1);
    let prevNf = 0;
    let prev = -1;
    for (let a = this.usableHead; a >= 0; a = this.arenaNext[a]) {
      const nf = this.arenaNfree[a];
      if (this.arenaPrev[a] !== prev) return `arena ${a}: bad prev link`;
      if (nf < prevNf) return `usable_arenas not sorted at arena ${a}`;
      if (nf === 0) return `full arena ${a} in usable_arenas`;
      rightmost[nf] = a;
      prevNf = nf;
      prev = a;
    }
    for (let nf = 0; nf <= MAX_POOLS_IN_ARENA; nf++) {
      if (this.nfp2lasta[nf] !== rightmost[nf]) return `nfp2lasta[${nf}] is ${this.nfp2lasta[nf]}, expected ${rightmost[nf]}`;
    }
    for (let a = 0; a < this.slotsUsed; a++) {
      if (this.arenaInUse[a] === 0) continue;
      let free = MAX_POOLS_IN_ARENA - this.arenaCarved[a];
      for (let p = this.arenaFreePools[a]; p >= 0; p = this.pools[(p << POOL_FIELDS_SHIFT) + NEXTFREEPOOL]) {
        if (this.pools[(p << POOL_FIELDS_SHIFT) + REF] !== 0) return `pool ${p} on freepools with ${this.pools[(p << POOL_FIELDS_SHIFT) + REF]} blocks`;
        free++;
      }
      if (free !== this.arenaNfree[a]) return `arena ${a}: nfreepools ${this.arenaNfree[a]}, counted ${free}`;
      for (let i = 0; i < this.arenaCarved[a]; i++) {
        const p = a * MAX_POOLS_IN_ARENA + i;
        const ref = this.pools[(p << POOL_FIELDS_SHIFT) + REF];
        if (ref === 0) continue;
        const c = this.pools[(p << POOL_FIELDS_SHIFT) + SZIDX];
        const size = indexToSize(c);
        let nfree = 0;
        for (let off = this.pools[(p << POOL_FIELDS_SHIFT) + FREEBLOCK]; off !== 0; off = this.blockNext[(p << SLOTS_SHIFT) | (off >> ALIGNMENT_SHIFT)]) {
          if (++nfree > CAPACITY[c]) return `pool ${p}: free list cycle`;
        }
        const carved = (this.pools[(p << POOL_FIELDS_SHIFT) + NEXTOFFSET] - POOL_OVERHEAD) / size;
        if (carved - nfree !== ref) return `pool ${p}: ref ${ref}, carved ${carved} - free ${nfree}`;
      }
    }
    return null;
  }

  /** Base address of an arena slot. */
  static arenaAddress(slot: number): number {
    return ARENA_BASE + slot * ARENA_SIZE;
  }

  // ---------------------------------------------------------------------------------------------
  // Pools

  /** allocate_from_new_pool: take a pool from the head of usable_arenas, init it for class c. */
  private allocateFromNewPool(c: number): number {
    if (this.usableHead < 0) {
      const fresh = this.newArena();
      this.usableHead = fresh;
      this.nfp2lasta[MAX_POOLS_IN_ARENA] = fresh;
    }
    const a = this.usableHead;
    const nf = this.arenaNfree[a];
    // The head is the only arena that can move to group nf-1, and it stays leftmost there.
    if (this.nfp2lasta[nf] === a) this.nfp2lasta[nf] = -1;
    if (nf > 1) this.nfp2lasta[nf - 1] = a;
    this.arenaNfree[a] = nf - 1;
    if (nf === 1) {
      // usable -> full: unlink from usable_arenas.
      const next = this.arenaNext[a];
      this.usableHead = next;
      if (next >= 0) this.arenaPrev[next] = -1;
      this.arenaNext[a] = -1;
    }
    let p = this.arenaFreePools[a];
    if (p >= 0) this.arenaFreePools[a] = this.pools[(p << POOL_FIELDS_SHIFT) + NEXTFREEPOOL];
    else p = a * MAX_POOLS_IN_ARENA + this.arenaCarved[a]++;

    const size = (c + 1) << ALIGNMENT_SHIFT;
    this.pools[(p << POOL_FIELDS_SHIFT) + SZIDX] = c;
    this.pools[(p << POOL_FIELDS_SHIFT) + REF] = 1;
    this.pools[(p << POOL_FIELDS_SHIFT) + FREEBLOCK] = 0;
    this.pools[(p << POOL_FIELDS_SHIFT) + NEXTOFFSET] = POOL_OVERHEAD + size; // block 0 is handed out right now
    this.classPools[c]++;
    this.poolsInUse++;
    this.linkUsedFront(p, c);
    return ARENA_BASE + p * POOL_SIZE + POOL_OVERHEAD;
  }

  private linkUsedFront(p: number, c: number): void {
    const head = this.usedFirst[c];
    this.pools[(p << POOL_FIELDS_SHIFT) + NEXTPOOL] = head;
    this.pools[(p << POOL_FIELDS_SHIFT) + PREVPOOL] = -1;
    if (head >= 0) this.pools[(head << POOL_FIELDS_SHIFT) + PREVPOOL] = p;
    this.usedFirst[c] = p;
  }

  private unlinkUsed(p: number, c: number): void {
    const next = this.pools[(p << POOL_FIELDS_SHIFT) + NEXTPOOL];
    const prev = this.pools[(p << POOL_FIELDS_SHIFT) + PREVPOOL];
    if (prev >= 0) this.pools[(prev << POOL_FIELDS_SHIFT) + NEXTPOOL] = next;
    else this.usedFirst[c] = next;
    if (next >= 0) this.pools[(next << POOL_FIELDS_SHIFT) + PREVPOOL] = prev;
  }

  /**
   * A pool's last block was freed: the pool goes to its arena's freepools and the arena moves
   * right in usable_arenas (or is released). Post-condition: usable_arenas is sorted by
   * ascending nfreepools and every nfp2lasta finger is correct.
   */
  private poolBecameEmpty(p: number, c: number): void {
    this.unlinkUsed(p, c);
    this.classPools[c]--;
    this.poolsInUse--;
    const a = Math.floor(p / MAX_POOLS_IN_ARENA);
    this.pools[(p << POOL_FIELDS_SHIFT) + NEXTFREEPOOL] = this.arenaFreePools[a];
    this.arenaFreePools[a] = p;

    const old = this.arenaNfree[a];
    const nf = old + 1;
    // The rightmost arena of the old group: where `a` will be re-inserted if it must move.
    const lastOld = this.nfp2lasta[old];
    if (old > 0 && lastOld === a) {
      const prev = this.arenaPrev[a];
      this.nfp2lasta[old] = prev >= 0 && this.arenaNfree[prev] === old ? prev : -1;
    }
    this.arenaNfree[a] = nf;

    if (nf === MAX_POOLS_IN_ARENA && this.arenaNext[a] >= 0) {
      // Case 1: wholly free and not the last usable arena -> release it.
      this.unlinkUsable(a);
      this.releaseArena(a);
      return;
    }
    if (old === 0) {
      // Case 2: the arena was full; it has the fewest free pools now, so it goes first.
      const head = this.usableHead;
      this.arenaNext[a] = head;
      this.arenaPrev[a] = -1;
      if (head >= 0) this.arenaPrev[head] = a;
      this.usableHead = a;
      if (this.nfp2lasta[1] < 0) this.nfp2lasta[1] = a;
      return;
    }
    if (this.nfp2lasta[nf] < 0) this.nfp2lasta[nf] = a;
    // Case 3: it was the rightmost of its old group, so the order already holds.
    if (lastOld === a) return;
    // Case 4: move it just after the rightmost arena of its old group.
    this.unlinkUsable(a);
    const after = this.arenaNext[lastOld];
    this.arenaPrev[a] = lastOld;
    this.arenaNext[a] = after;
    this.arenaNext[lastOld] = a;
    if (after >= 0) this.arenaPrev[after] = a;
  }

  // ---------------------------------------------------------------------------------------------
  // Arenas

  private unlinkUsable(a: number): void {
    const next = this.arenaNext[a];
    const prev = this.arenaPrev[a];
    if (prev >= 0) this.arenaNext[prev] = next;
    else this.usableHead = next;
    if (next >= 0) this.arenaPrev[next] = prev;
    this.arenaNext[a] = -1;
    this.arenaPrev[a] = -1;
  }

  /** new_arena: a slot (reusing released ones first) with all pools free. */
  private newArena(): number {
    let a: number;
    if (this.unusedSlots.length > 0) {
      a = this.unusedSlots.pop()!;
    } else {
      if (this.slotsUsed === this.slotCapacity) this.growSlots(this.slotCapacity * 2);
      a = this.slotsUsed++;
    }
    this.arenaInUse[a] = 1;
    this.arenaNfree[a] = MAX_POOLS_IN_ARENA;
    this.arenaCarved[a] = 0;
    this.arenaFreePools[a] = -1;
    this.arenaNext[a] = -1;
    this.arenaPrev[a] = -1;
    this.arenasAllocatedTotal++;
    this.arenasCurrent++;
    if (this.arenasCurrent > this.arenasHighwater) this.arenasHighwater = this.arenasCurrent;
    if (this.onArena !== null) this.onArena('alloc', a);
    return a;
  }

  private releaseArena(a: number): void {
    this.arenaInUse[a] = 0;
    this.unusedSlots.push(a);
    this.arenasCurrent--;
    this.arenasReclaimed++;
    if (this.onArena !== null) this.onArena('release', a);
  }

  /** Grow every slot- and pool-indexed table (the arenas vector doubling in CPython). */
  private growSlots(n: number): void {
    const pools = n * MAX_POOLS_IN_ARENA;
    this.pools = grow(this.pools, new Int32Array(pools << POOL_FIELDS_SHIFT));
    this.blockNext = grow(this.blockNext, new Uint16Array(pools * SLOTS_PER_POOL));
    this.arenaInUse = grow(this.arenaInUse, new Uint8Array(n));
    this.arenaNfree = grow(this.arenaNfree, new Int32Array(n));
    this.arenaCarved = grow(this.arenaCarved, new Int32Array(n));
    this.arenaFreePools = grow(this.arenaFreePools, new Int32Array(n));
    this.arenaNext = grow(this.arenaNext, new Int32Array(n));
    this.arenaPrev = grow(this.arenaPrev, new Int32Array(n));
    this.slotCapacity = n;
  }
}

function grow<T extends { set(src: ArrayLike<number>): void }>(old: ArrayLike<number>, fresh: T): T {
  fresh.set(old);
  return fresh;
}

/** Block capacity per pool for each size class (read-only view for stats). */
export const CLASS_CAPACITY: Readonly<Int32Array> = CAPACITY;
