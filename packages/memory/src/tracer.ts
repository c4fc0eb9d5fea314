// The allocation tracer hook (CPython's PyMem_SetAllocator wrapping, as Modules/_tracemalloc.c
// uses it). When Heap.tracer is set, the heap tells it of every block the allocator hands out or
// takes back; when it is null (the usual case) each allocation pays one `!== null` test.
//
// What counts as allocator traffic follows CPython: a block taken from or parked on a per-type
// free list (float, tuple, list, dict) never reaches the allocator, so it is not reported; the
// block stays "allocated" as far as the tracer knows until the free list gives it back to the
// allocator (Heap.clearFreeLists), which reports objectFree. Immortal statics are never reported.
// Sizes are the model's block-rounded sizes (blockSize()), not the caller's request.

export interface AllocationTracer {
  /** A new object's block at addr, of `size` block-rounded bytes (Heap.alloc, allocator path). */
  objectAlloc(addr: number, size: number): void;
  /** An object's block at addr went back to the allocator (not to a free list). */
  objectFree(addr: number): void;
  /** A buffer block (PyMem_Malloc) at addr of `size` block-rounded bytes. */
  bufferAlloc(addr: number, size: number): void;
  /**
   * PyMem_Realloc: the buffer at oldAddr is now at newAddr (maybe the same address) with `size`
   * block-rounded bytes. Reported on every call, including in-place ones that keep the block.
   */
  bufferRealloc(oldAddr: number, newAddr: number, size: number): void;
  /** A buffer block at addr was freed. */
  bufferFree(addr: number): void;
}
