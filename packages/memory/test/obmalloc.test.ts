import { describe, expect, it } from 'vitest';
import {
  ARENA_BASE,
  ARENA_SIZE,
  MAX_POOLS_IN_ARENA,
  Obmalloc,
  POOL_OVERHEAD,
  POOL_SIZE,
  blocksPerPool,
  indexToSize,
  sizeClassIndex,
} from '../src/index';

const arenaOf = (addr: number): number => Math.floor((addr - ARENA_BASE) / ARENA_SIZE);
const poolOf = (addr: number): number => Math.floor((addr - ARENA_BASE) / POOL_SIZE);

function expectSorted(ob: Obmalloc): void {
  const list = ob.usableArenas();
  for (let i = 1; i < list.length; i++) expect(list[i - 1][1]).toBeLessThanOrEqual(list[i][1]);
  expect(ob.checkConsistency()).toBeNull();
}

describe('size classes', () => {
  it('maps requests to 16-byte classes with (n-1)>>4', () => {
    expect(sizeClassIndex(1)).toBe(0);
    expect(sizeClassIndex(16)).toBe(0);
    expect(sizeClassIndex(17)).toBe(1);
    expect(sizeClassIndex(24)).toBe(1);
    expect(sizeClassIndex(56)).toBe(3);
    expect(sizeClassIndex(512)).toBe(31);
    expect(indexToSize(0)).toBe(16);
    expect(indexToSize(31)).toBe(512);
  });

  it('fits (16384-48)//size blocks in a pool', () => {
    expect(blocksPerPool(0)).toBe(1021);
    expect(blocksPerPool(1)).toBe(510);
    expect(blocksPerPool(31)).toBe(31);
  });

  it('hands out consecutive blocks of one pool, 16-aligned, after the pool header', () => {
    const ob = new Obmalloc();
    const a = ob.malloc(24);
    const b = ob.malloc(30);
    expect(a).toBe(ARENA_BASE + POOL_OVERHEAD);
    expect(b).toBe(a + 32);
    expect(a % 16).toBe(0);
    const c = ob.malloc(100); // another class, another pool
    expect(poolOf(c)).toBe(1);
  });
});

describe('blocks and pools', () => {
  it('reuses freed blocks last-in first-out', () => {
    const ob = new Obmalloc();
    const a = ob.malloc(24);
    const b = ob.malloc(24);
    ob.malloc(24);
    ob.free(a);
    ob.free(b);
    expect(ob.malloc(24)).toBe(b);
    expect(ob.malloc(24)).toBe(a);
  });

  it('puts a pool that goes from full to used at the front of its class list', () => {
    const ob = new Obmalloc();
    const n = blocksPerPool(31);
    const first: number[] = [];
    for (let i = 0; i < n; i++) first.push(ob.malloc(512)); // pool 0 full
    const second = ob.malloc(512); // pool 1, now the head of the used list
    expect(poolOf(second)).toBe(1);
    ob.free(first[5]); // pool 0: full -> used, at the front
    expect(ob.malloc(512)).toBe(first[5]);
  });

  it('returns an empty pool to its arena, where any class can reuse it', () => {
    const ob = new Obmalloc();
    ob.malloc(16);
    const b = ob.malloc(32);
    expect(ob.poolsInUse).toBe(2);
    ob.free(b);
    expect(ob.poolsInUse).toBe(1);
    expect(ob.freePools()).toBe(MAX_POOLS_IN_ARENA - 1);
    expect(ob.classPools[1]).toBe(0);
    const c = ob.malloc(200); // a freed pool is reused before untouched ones
    expect(poolOf(c)).toBe(poolOf(b));
    expect(c).toBe(ARENA_BASE + POOL_SIZE + POOL_OVERHEAD);
  });
});

describe('arenas', () => {
  const perArena = blocksPerPool(31) * MAX_POOLS_IN_ARENA;

  it('keeps the only arena even when all its pools are free', () => {
    const ob = new Obmalloc();
    const a = ob.malloc(64);
    ob.free(a);
    expect(ob.arenasCurrent).toBe(1);
    expect(ob.arenasReclaimed).toBe(0);
  });

  it('keeps a wholly free arena that is last in usable_arenas, releases the others', () => {
    const ob = new Obmalloc();
    const blocks: number[] = [];
    for (let i = 0; i < 2 * perArena + 1; i++) blocks.push(ob.malloc(512));
    expect(ob.arenasCurrent).toBe(3);
    // Arena 2 holds one block; arenas 0 and 1 are full. Free arena 2's block: it becomes wholly
    // free but is the last (only) usable arena, so it stays.
    ob.free(blocks[2 * perArena]);
    expect(ob.arenasCurrent).toBe(3);
    expect(ob.arenasReclaimed).toBe(0);
    // Empty arena 0: when it becomes wholly free, arena 2 is after it in the list: released.
    for (let i = 0; i < perArena; i++) ob.free(blocks[i]);
    expect(ob.arenasReclaimed).toBe(1);
    expect(ob.arenasCurrent).toBe(2);
    expect(arenaOf(blocks[0])).toBe(0);
    // The released slot (and its address) is reused by the next new arena.
    for (let i = perArena; i < 2 * perArena; i++) ob.free(blocks[i]);
    expect(ob.arenasCurrent).toBe(1);
    expect(ob.arenasReclaimed).toBe(2);
    expect(ob.blocksInUse).toBe(0);
    expect(ob.arenasHighwater).toBe(3);
  });

  it('keeps usable_arenas sorted by free pools and takes new pools from the fullest', () => {
    const ob = new Obmalloc();
    const blocks: number[] = [];
    for (let i = 0; i < 3 * perArena; i++) blocks.push(ob.malloc(512));
    const per = blocksPerPool(31);
    const freePool = (arena: number, pool: number): void => {
      const start = arena * perArena + pool * per;
      for (let i = start; i < start + per; i++) ob.free(blocks[i]);
      expectSorted(ob);
    };
    for (let p = 0; p < 5; p++) freePool(0, p);
    for (let p = 0; p < 2; p++) freePool(1, p);
    for (let p = 0; p < 9; p++) freePool(2, p);
    expect(ob.usableArenas()).toEqual([
      [1, 2],
      [0, 5],
      [2, 9],
    ]);
    const next = ob.malloc(16);
    expect(arenaOf(next)).toBe(1);
    expect(ob.usableArenas()[0]).toEqual([1, 1]);
  });

  it('moves the search fingers when arenas with equal free pools change', () => {
    const ob = new Obmalloc();
    const per = blocksPerPool(31);
    const blocks: number[] = [];
    for (let i = 0; i < 3 * perArena; i++) blocks.push(ob.malloc(512));
    const freePool = (arena: number, pool: number): void => {
      const start = arena * perArena + pool * per;
      for (let i = start; i < start + per; i++) ob.free(blocks[i]);
      expectSorted(ob);
    };
    for (const arena of [0, 1, 2]) for (let p = 0; p < 3; p++) freePool(arena, p);
    // Three arenas with 3 free pools each; the rightmost and then the leftmost gain one.
    const order = ob.usableArenas().map(([a]) => a);
    freePool(order[2], 3);
    freePool(order[0], 3);
    expect(ob.usableArenas().map(([, nf]) => nf)).toEqual([3, 4, 4]);
    expect(ob.usableArenas()[0][0]).toBe(order[1]);
  });

  it('stays consistent under random allocation and free', () => {
    const ob = new Obmalloc();
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const live: number[] = [];
    const seen = new Set<number>();
    for (let step = 0; step < 60000; step++) {
      const grow = step < 30000 ? rand(10) < 7 : rand(10) < 3;
      if (grow || live.length === 0) {
        const a = ob.malloc(1 + rand(512));
        expect(seen.has(a)).toBe(false);
        seen.add(a);
        live.push(a);
      } else {
        const i = rand(live.length);
        const a = live[i];
        live[i] = live[live.length - 1];
        live.pop();
        seen.delete(a);
        ob.free(a);
      }
      if (step % 500 === 0) expectSorted(ob);
    }
    expect(ob.blocksInUse).toBe(live.length);
    for (const a of live) ob.free(a);
    expect(ob.blocksInUse).toBe(0);
    expect(ob.poolsInUse).toBe(0);
    expect(ob.arenasCurrent).toBe(1);
    expect(ob.arenasReclaimed).toBe(ob.arenasAllocatedTotal - 1);
  });
});
