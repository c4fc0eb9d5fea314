// --verify-heap (DESIGN section 8): recompute every live object's refcount from the roots and from
// every live object's traverse, and report each difference. Like CPython's validate_list under
// GC_DEBUG, it is executable documentation of the refcount contract. Iterative: one traverse call
// per live object, never a recursive walk. Uses gcRefs as scratch (never during a collection).
import { GC_FREED, GC_IMMORTAL } from './object';
import type { PyObject, RootSet, TypeSlots, Visit } from './object';

export interface RefcountMismatch {
  typeName: string;
  addr: number;
  /** References found from the roots and from live objects. */
  expected: number;
  /** The object's refcnt. */
  actual: number;
}

export interface FreedReference {
  typeName: string;
  addr: number;
  /** Who still refers to it: a live object's type name and address, or 'roots'. */
  referrer: string;
}

export interface VerifyReport {
  ok: boolean;
  /** Live objects checked. */
  checked: number;
  mismatches: RefcountMismatch[];
  /** Objects already freed (GC_FREED) that something still refers to. */
  freedReferences: FreedReference[];
  /** Referenced objects that are neither live in this heap, freed, nor immortal (foreign). */
  unknownReferences: number;
  /** The first arena/pool invariant found broken (Obmalloc.checkConsistency), or null. */
  allocatorError: string | null;
}

function typeName(o: PyObject): string {
  const slots = o.type.data as TypeSlots | null;
  return slots !== null && typeof slots === 'object' && typeof slots.name === 'string' ? slots.name : '?';
}

function hex(addr: number): string {
  return `0x${addr.toString(16)}`;
}

/**
 * Checks `live` against the references from `roots`, from `extraRoots` (references the memory
 * package itself holds, such as gc.garbage under DEBUG_SAVEALL) and from every live object.
 */
export function verifyHeap(live: ReadonlySet<PyObject>, roots: RootSet, extraRoots: readonly PyObject[] = []): VerifyReport {
  const freedReferences: FreedReference[] = [];
  let unknownReferences = 0;
  // The object being traversed (null: the roots). Named only when a freed reference is found:
  // building a string per live object made the check after every collection several times slower.
  let referrer: PyObject | null = null;
  for (const o of live) o.gcRefs = 0;

  const count: Visit = (child: PyObject): void => {
    if ((child.gcFlags & GC_IMMORTAL) !== 0) return;
    if ((child.gcFlags & GC_FREED) !== 0) {
      const by = referrer === null ? 'roots' : `${typeName(referrer)} at ${hex(referrer.addr)}`;
      freedReferences.push({ typeName: typeName(child), addr: child.addr, referrer: by });
      return;
    }
    if (live.has(child)) child.gcRefs++;
    else unknownReferences++;
  };

  roots.visitRoots(count);
  for (let i = 0; i < extraRoots.length; i++) count(extraRoots[i]);
  for (const o of live) {
    referrer = o;
    (o.type.data as TypeSlots).traverse(o, count);
  }

  const mismatches: RefcountMismatch[] = [];
  for (const o of live) {
    if ((o.gcFlags & GC_IMMORTAL) !== 0) continue;
    if (o.gcRefs !== o.refcnt) {
      mismatches.push({ typeName: typeName(o), addr: o.addr, expected: o.gcRefs, actual: o.refcnt });
    }
    o.gcRefs = 0;
  }
  return {
    ok: mismatches.length === 0 && freedReferences.length === 0,
    checked: live.size,
    mismatches,
    freedReferences,
    unknownReferences,
    allocatorError: null,
  };
}

/** One line per problem, for --verify-heap's failure message. */
export function formatVerifyReport(r: VerifyReport): string {
  if (r.ok) return `heap ok: ${r.checked} objects checked`;
  const lines = [`heap verification FAILED: ${r.checked} objects checked`];
  for (const m of r.mismatches) {
    lines.push(`  ${m.typeName} at ${hex(m.addr)}: refcnt ${m.actual}, expected ${m.expected}`);
  }
  for (const f of r.freedReferences) {
    lines.push(`  freed ${f.typeName} at ${hex(f.addr)} still referenced by ${f.referrer}`);
  }
  if (r.allocatorError !== null) lines.push(`  allocator: ${r.allocatorError}`);
  return lines.join('\n');
}
