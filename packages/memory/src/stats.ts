// Heap statistics as plain data (MicroPython's gc_info), and one text formatter in the spirit of
// CPython's sys._debugmallocstats(). Other formats (--stats, JSON) live in apps/cli.
import type { CollectorStats } from './collectors/collector';
import type { BackendName } from './events';
import {
  FREELIST_DICT,
  FREELIST_FLOAT,
  FREELIST_LIST,
  FREELIST_TUPLE_BASE,
  PyTuple_MAXSAVESIZE,
} from './freelists';
import type { Heap } from './heap';
import {
  ARENA_SIZE,
  MAX_POOLS_IN_ARENA,
  NB_SMALL_SIZE_CLASSES,
  POOL_OVERHEAD,
  POOL_SIZE,
  SMALL_REQUEST_THRESHOLD,
  indexToSize,
} from './obmalloc';

export interface HeapStats {
  backend: BackendName;
  /** Objects handed out by Heap.alloc, and objects freed (to a free list or the allocator). */
  allocations: number;
  frees: number;
  liveObjects: number;
  /** Modelled bytes (block-rounded) held by objects + buffers, now and at the peak. */
  currentBytes: number;
  peakBytes: number;
  objectBytes: number;
  bufferBytes: number;
  bufferAllocations: number;
  arenasAllocatedTotal: number;
  arenasInUse: number;
  arenasReleased: number;
  arenasHighWater: number;
  poolsInUse: number;
  /** Pools of in-use arenas that serve no class (freed or never carved). */
  freePools: number;
  /** Pool blocks handed out, in total and per size class (free-listed blocks included). */
  blocksInUse: number;
  blocksInUseByClass: number[];
  poolsByClass: number[];
  rawBlocksInUse: number;
  rawBytesInUse: number;
  freelists: { float: number; list: number; dict: number; tuple: number[] };
  /** Deepest trashcan backlog seen (objects waiting for deallocation). */
  trashcanHighWater: number;
  gc: CollectorStats;
}

export function collectHeapStats(heap: Heap): HeapStats {
  const ob = heap.obmalloc;
  const fl = heap.freelists;
  const byClass = Array.from(ob.classBlocksInUse());
  const tuple: number[] = [];
  for (let n = 1; n <= PyTuple_MAXSAVESIZE; n++) tuple.push(fl.sizes[FREELIST_TUPLE_BASE + n - 1]);
  return {
    backend: heap.backend,
    allocations: heap.allocations,
    frees: heap.frees,
    liveObjects: heap.liveObjects,
    currentBytes: heap.currentBytes,
    peakBytes: heap.peakBytes,
    objectBytes: heap.objectBytes,
    bufferBytes: heap.bufferBytes,
    bufferAllocations: heap.bufferAllocations,
    arenasAllocatedTotal: ob.arenasAllocatedTotal,
    arenasInUse: ob.arenasCurrent,
    arenasReleased: ob.arenasReclaimed,
    arenasHighWater: ob.arenasHighwater,
    poolsInUse: ob.poolsInUse,
    freePools: ob.freePools(),
    blocksInUse: byClass.reduce((a, b) => a + b, 0),
    blocksInUseByClass: byClass,
    poolsByClass: Array.from(ob.classPools),
    rawBlocksInUse: heap.raw.blocksInUse,
    rawBytesInUse: heap.raw.bytesInUse,
    freelists: {
      float: fl.sizes[FREELIST_FLOAT],
      list: fl.sizes[FREELIST_LIST],
      dict: fl.sizes[FREELIST_DICT],
      tuple,
    },
    trashcanHighWater: heap.trashcanHighWater,
    gc: heap.collector.stats(),
  };
}

const LABEL_WIDTH = 45; // wide enough for the longest free-list label
const WIDTH = 15;

function line(label: string, value: number): string {
  return `${label.padEnd(LABEL_WIDTH)}= ${value.toLocaleString('en-US').padStart(WIDTH)}\n`;
}

/** The pymalloc tables, arena totals, fragmentation, raw allocator and free lists, as text. */
export function formatDebugMallocStats(heap: Heap): string {
  const ob = heap.obmalloc;
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  let allocatedBytes = 0;
  let availableBytes = 0;
  let quantization = 0;
  let pools = 0;
  const byClass = ob.classBlocksInUse();
  for (let c = 0; c < NB_SMALL_SIZE_CLASSES; c++) {
    const p = ob.classPools[c];
    if (p === 0) continue;
    const size = indexToSize(c);
    const inUse = byClass[c];
    const avail = ob.availBlocks(c, inUse);
    out += `${String(c).padStart(5)}  ${String(size).padStart(5)}  ${String(p).padStart(10)}  `;
    out += `${String(inUse).padStart(14)}  ${String(avail).padStart(12)}\n`;
    allocatedBytes += inUse * size;
    availableBytes += avail * size;
    quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
    pools += p;
  }
  out += '\n';
  out += line('# arenas allocated total', ob.arenasAllocatedTotal);
  out += line('# arenas reclaimed', ob.arenasReclaimed);
  out += line('# arenas highwater mark', ob.arenasHighwater);
  out += line('# arenas allocated current', ob.arenasCurrent);
  out += line(`${ob.arenasCurrent} arenas * ${ARENA_SIZE} bytes/arena`, ob.arenasCurrent * ARENA_SIZE);
  out += '\n';
  const freePools = ob.freePools();
  out += line('# bytes in allocated blocks', allocatedBytes);
  out += line('# bytes in available blocks', availableBytes);
  out += line(`${freePools} unused pools * ${POOL_SIZE} bytes`, freePools * POOL_SIZE);
  out += line('# bytes lost to pool headers', pools * POOL_OVERHEAD);
  out += line('# bytes lost to quantization', quantization);
  out += line('# bytes lost to arena alignment', 0);
  const total = allocatedBytes + availableBytes + freePools * POOL_SIZE + pools * POOL_OVERHEAD + quantization;
  out += line('Total', total);
  // Fragmentation: the share of the arenas' bytes not holding a live block.
  const arenaBytes = ob.arenasCurrent * ARENA_SIZE;
  const frag = arenaBytes === 0 ? 0 : (1 - allocatedBytes / arenaBytes) * 100;
  out += `${'arena fragmentation (1 - allocated/arena)'.padEnd(LABEL_WIDTH)}= ${`${frag.toFixed(1)} %`.padStart(WIDTH)}\n`;
  out += `${'pools in use / pools of current arenas'.padEnd(LABEL_WIDTH)}= ${`${ob.poolsInUse}/${ob.arenasCurrent * MAX_POOLS_IN_ARENA}`.padStart(WIDTH)}\n`;
  out += '\n';
  out += line('# raw blocks in use', heap.raw.blocksInUse);
  out += line('# raw bytes in use', heap.raw.bytesInUse);
  out += '\n';
  const fl = heap.freelists;
  out += freeListLine('PyDictObject', fl.sizes[FREELIST_DICT], 64);
  out += freeListLine('PyFloatObject', fl.sizes[FREELIST_FLOAT], 24);
  out += freeListLine('PyListObject', fl.sizes[FREELIST_LIST], 56);
  for (let n = 1; n <= PyTuple_MAXSAVESIZE; n++) {
    out += freeListLine(`${n}-sized PyTupleObject`, fl.sizes[FREELIST_TUPLE_BASE + n - 1], 40 + 8 * n);
  }
  return out;
}

function freeListLine(what: string, n: number, size: number): string {
  return line(`${n} free ${what} * ${size} bytes each`, n * size);
}
