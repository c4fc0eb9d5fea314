// Obmalloc.onArena: the hook --trace-json uses to record arena allocation and release.
import { describe, expect, it } from 'vitest';
import { ARENA_SIZE, MAX_POOLS_IN_ARENA, Obmalloc, POOL_OVERHEAD, POOL_SIZE } from '../src/index';

const perArena = MAX_POOLS_IN_ARENA * Math.floor((POOL_SIZE - POOL_OVERHEAD) / 512);

describe('Obmalloc.onArena', () => {
  it('reports every arena allocated and released, in order, with its slot', () => {
    const ob = new Obmalloc();
    const seen: Array<[string, number, number]> = [];
    ob.onArena = (change, slot) => seen.push([change, slot, ob.arenasCurrent]);
    const blocks: number[] = [];
    for (let i = 0; i < 2 * perArena + 1; i++) blocks.push(ob.malloc(512));
    expect(seen).toEqual([['alloc', 0, 1], ['alloc', 1, 2], ['alloc', 2, 3]]);
    for (const b of blocks) ob.free(b);
    // Two arenas go back; the last usable one is kept against alloc/free thrashing.
    expect(seen.slice(3).map(([c]) => c)).toEqual(['release', 'release']);
    expect(ob.arenasReclaimed).toBe(2);
    expect(Obmalloc.arenaAddress(1) - Obmalloc.arenaAddress(0)).toBe(ARENA_SIZE);
  });

  it('costs nothing when nobody listens', () => {
    const ob = new Obmalloc();
    expect(ob.onArena).toBeNull();
    ob.free(ob.malloc(16));
    expect(ob.arenasAllocatedTotal).toBe(1);
  });
});
