// The per-run interpreter state that hot paths read without passing it around: the heap of the
// program being run. One program runs at a time in a process (tests run them one after another),
// so a module-level binding is both the simplest and the fastest choice for V8.

import type { Heap } from '@pyarena/memory';

export let heap: Heap = null as unknown as Heap;

export function setHeap(h: Heap): void {
  heap = h;
}
