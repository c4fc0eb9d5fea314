// list.sort and sorted(): stable, using only `<` as CPython's listsort does. V8's Array sort is a
// stable TimSort too; reverse=True reverses before and after so equal items keep their order.

import type { Value } from '@pyarena/memory';
import { CMP_LT } from '@pyarena/compiler';
import { None } from '../objects/constructors';
import { compare } from '../ops/compare';
import { callObject } from '../call';
import { decrefAll } from '../refs';

export function sortValues(items: Value[], key: Value, reverse: boolean): void {
  if (reverse) items.reverse();
  if (key === None) {
    items.sort((a, b) => (compare(a, b, CMP_LT) ? -1 : compare(b, a, CMP_LT) ? 1 : 0));
  } else {
    const keys: Value[] = [];
    try {
      for (const v of items) keys.push(callObject(key, [v], null));
      const order = items.map((_, i) => i);
      order.sort((i, j) => (compare(keys[i]!, keys[j]!, CMP_LT) ? -1 : compare(keys[j]!, keys[i]!, CMP_LT) ? 1 : 0));
      const sorted = order.map((i) => items[i]!);
      for (let i = 0; i < items.length; i++) items[i] = sorted[i]!;
    } finally {
      decrefAll(keys);
    }
  }
  if (reverse) items.reverse();
}
