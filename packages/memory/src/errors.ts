// Errors the memory package raises to the VM.

/**
 * The modelled heap would grow past HeapOptions.maxHeap. Thrown before any state changes, so the
 * heap stays consistent; the VM turns it into Python's MemoryError.
 */
export class MemoryLimitError extends Error {
  /** Bytes the failed request would have taken (rounded to its block size). */
  readonly requested: number;
  /** Modelled heap bytes at the time of the request. */
  readonly heapBytes: number;
  readonly maxHeap: number;

  constructor(requested: number, heapBytes: number, maxHeap: number) {
    super(`heap limit of ${maxHeap} bytes exceeded (in use ${heapBytes}, requested ${requested})`);
    this.name = 'MemoryLimitError';
    this.requested = requested;
    this.heapBytes = heapBytes;
    this.maxHeap = maxHeap;
  }
}
