// Intrusive circular doubly-linked lists of tracked objects through PyObject.gcNext/gcPrev
// (CPython's gc_list_* over PyGC_Head). A list is a sentinel head object; an untracked object has
// gcNext === null. Every operation is O(1) except gcListSize.
import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject } from './object';

/** A fresh, empty list head. The head is a PyObject so every link has the same shape. */
export function gcListHead(): PyObject {
  const head = new PyObject(null, null);
  head.refcnt = IMMORTAL_REFCNT;
  head.gcFlags = GC_IMMORTAL;
  head.gcNext = head;
  head.gcPrev = head;
  return head;
}

export function gcListIsEmpty(head: PyObject): boolean {
  return head.gcNext === head;
}

/** Append an untracked node at the tail. */
export function gcListAppend(node: PyObject, head: PyObject): void {
  const last = head.gcPrev!;
  node.gcPrev = last;
  node.gcNext = head;
  last.gcNext = node;
  head.gcPrev = node;
}

/** Unlink a node; afterwards it is untracked (gcNext === null). */
export function gcListRemove(node: PyObject): void {
  const prev = node.gcPrev!;
  const next = node.gcNext!;
  prev.gcNext = next;
  next.gcPrev = prev;
  node.gcNext = null;
  node.gcPrev = null;
}

/** Move a linked node to the tail of another list. */
export function gcListMove(node: PyObject, head: PyObject): void {
  const prev = node.gcPrev!;
  const next = node.gcNext!;
  prev.gcNext = next;
  next.gcPrev = prev;
  const last = head.gcPrev!;
  node.gcPrev = last;
  node.gcNext = head;
  last.gcNext = node;
  head.gcPrev = node;
}

/** Splice every node of `from` onto the tail of `to`; `from` becomes empty. */
export function gcListMerge(from: PyObject, to: PyObject): void {
  if (from.gcNext === from) return;
  const first = from.gcNext!;
  const last = from.gcPrev!;
  const tail = to.gcPrev!;
  tail.gcNext = first;
  first.gcPrev = tail;
  last.gcNext = to;
  to.gcPrev = last;
  from.gcNext = from;
  from.gcPrev = from;
}

/** Number of nodes. O(n). */
export function gcListSize(head: PyObject): number {
  let n = 0;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) n++;
  return n;
}

/** The nodes as an array (gc.get_objects). O(n). */
export function gcListToArray(head: PyObject, out: PyObject[]): PyObject[] {
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) out.push(o);
  return out;
}
