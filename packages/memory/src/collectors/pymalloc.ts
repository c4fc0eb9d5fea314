// --gc pymalloc: the baseline. Pooled allocation only; nothing is ever reclaimed. The VM still
// maintains refcounts (they cost about 2 ns a pair and keep one loop for every backend, see
// ANCHORS.md section 7), but Heap.dealloc returns at once: no __del__, no free, blocks stay
// allocated, so memory only grows. gc.collect() finds nothing and ages survivors as under refcount.
import type { BackendName } from '../events';
import { RefcountCollector } from './refcount';

export class PymallocCollector extends RefcountCollector {
  override readonly name: BackendName = 'pymalloc';
  override readonly reclaims: boolean = false;
}
