// The raw allocator model (PyMem_RawMalloc -> libc malloc): requests of 0 or more than
// SMALL_REQUEST_THRESHOLD bytes. Addresses come from their own range, 16-aligned; freed ranges are
// reused LIFO by exact size (like glibc's tcache bins) and a free at the top lowers the break.
// There is no coalescing or splitting: a deliberate simplification, the byte accounting is exact.

export const RAW_BASE = 0x5600_0000_0000; // modelled brk/heap region, apart from the arenas
const RAW_ALIGNMENT = 16; // malloc's alignment on x86-64 glibc
const RAW_MIN_SIZE = 16; // malloc(0) still returns a unique pointer

/** Bytes a raw request occupies: rounded up to 16, at least 16. */
export function rawSize(nbytes: number): number {
  return nbytes <= RAW_MIN_SIZE ? RAW_MIN_SIZE : (nbytes + RAW_ALIGNMENT - 1) & ~(RAW_ALIGNMENT - 1);
}

export class RawAllocator {
  /** The break: every address >= top is unused. */
  private top = RAW_BASE;
  /** Freed blocks by exact size, reused last-in first-out. */
  private readonly bins = new Map<number, number[]>();
  bytesInUse = 0;
  blocksInUse = 0;
  allocations = 0;

  malloc(nbytes: number): number {
    const size = rawSize(nbytes);
    const bin = this.bins.get(size);
    let addr: number;
    if (bin !== undefined && bin.length > 0) {
      addr = bin.pop()!;
    } else {
      addr = this.top;
      this.top += size;
    }
    this.bytesInUse += size;
    this.blocksInUse++;
    this.allocations++;
    return addr;
  }

  free(addr: number, nbytes: number): void {
    const size = rawSize(nbytes);
    this.bytesInUse -= size;
    this.blocksInUse--;
    if (addr + size === this.top) {
      this.top = addr;
      return;
    }
    let bin = this.bins.get(size);
    if (bin === undefined) {
      bin = [];
      this.bins.set(size, bin);
    }
    bin.push(addr);
  }

  /** realloc: same size class stays; the topmost block grows or shrinks in place; else move. */
  realloc(addr: number, oldN: number, newN: number): number {
    const oldSize = rawSize(oldN);
    const newSize = rawSize(newN);
    if (oldSize === newSize) return addr;
    if (addr + oldSize === this.top) {
      this.top = addr + newSize;
      this.bytesInUse += newSize - oldSize;
      return addr;
    }
    const fresh = this.malloc(newN);
    this.free(addr, oldN);
    return fresh;
  }

  /** Address-space high water of the region (bytes between RAW_BASE and the break). */
  get breakBytes(): number {
    return this.top - RAW_BASE;
  }

  /** Freed blocks waiting in bins (for stats). */
  binnedBlocks(): number {
    let n = 0;
    for (const bin of this.bins.values()) n += bin.length;
    return n;
  }
}
