// LOAD_ATTR, LOAD_METHOD and STORE_ATTR with an inline cache per instruction (objects/code.ts
// AttrSite), as CPython 3.11 specialises them: on an instance of a plain class (attr.ts
// isPlainInstance), what the class's MRO holds for the name is remembered with the class's version
// tag, so a repeated access skips the MRO lookup. Everything else takes the generic path.

import type { PyObject, Value } from '@pyarena/memory';
import type { Frame } from '../frame';
import type { BuiltinData } from '../objects/types';
import { BuiltinFunctionType, FunctionType } from '../objects/types';
import { lookupInType, type TypeData } from '../objects/typeobject';
import { AttrSite, type CodeRuntime } from '../objects/code';
import { dictGetStr, dictReplaceStr } from '../objects/dict';
import { decref, incref } from '../refs';
import { attrHooks, getAttr, isCustomSetattr, isPlainInstance, noAttribute, setAttr } from './attr';
import { loadMethod } from './eval-helpers';

/** Classes a site remembers at most (CPython's are monomorphic; base-class methods see several). */
const SITE_ENTRIES = 4;

/** The cache entry of the instruction at lasti for o's class, filled if it is not already. */
function siteFor(f: Frame, lasti: number, type: PyObject, name: string): AttrSite {
  const first = (f.code.runtime as CodeRuntime).attrSites[lasti >> 1]!;
  const version = (type.data as TypeData).version;
  let site = first;
  let n = 1;
  for (;;) {
    if (site.type === type) {
      if (site.version !== version) fill(site, type, version, name);
      return site;
    }
    if (site.next === null) break;
    site = site.next;
    n++;
  }
  // A class not seen here: a new entry, or the first one is reused once there are enough.
  if (site.type !== null && n < SITE_ENTRIES) site = site.next = new AttrSite();
  else if (site.type !== null) site = first;
  fill(site, type, version, name);
  return site;
}

function fill(site: AttrSite, type: PyObject, version: number, name: string): void {
  site.type = type;
  site.version = version;
  site.attr = lookupInType(type, name);
  site.setattr = undefined;
  site.plainStore = undefined;
}

/** LOAD_ATTR: o.names[arg] as a new reference (o borrowed). */
export function loadAttrAt(f: Frame, lasti: number, o: Value, arg: number): Value {
  const name = f.code.names[arg]!;
  if (typeof o !== 'object' || !isPlainInstance(o.type)) return getAttr(o, name);
  const attr = siteFor(f, lasti, o.type, name).attr;
  // The class has nothing under the name: the instance's own value, if it has one, is the answer.
  if (attr === undefined && o.dict !== null) {
    const own = dictGetStr(o.dict, name);
    if (own !== undefined) {
      if (typeof own === 'object') own.refcnt++;
      return own;
    }
  }
  const v = attrHooks.getInstanceWith(o, name, attr);
  if (v === undefined) noAttribute(o, name);
  return v;
}

/** LOAD_METHOD: (obj -- meth obj) for methods defined on the class, else (obj -- attr NULL). */
export function loadMethodAt(f: Frame, lasti: number, stack: (Value | null)[], sp: number, arg: number): number {
  const obj = stack[sp - 1]!;
  const name = f.code.names[arg]!;
  if (typeof obj !== 'object' || !isPlainInstance(obj.type)) return loadMethod(stack, sp, name);
  const attr = siteFor(f, lasti, obj.type, name).attr;
  if (typeof attr === 'object' &&
    ((attr.type === FunctionType && !instanceShadows(obj, name)) ||
      (attr.type === BuiltinFunctionType && (attr.data as BuiltinData).isDescriptor))) {
    incref(attr);
    stack[sp - 1] = attr;
    stack[sp++] = obj;
    return sp;
  }
  const v = attrHooks.getInstanceWith(obj, name, attr);
  if (v === undefined) noAttribute(obj, name);
  stack[sp - 1] = v;
  decref(obj);
  stack[sp++] = null;
  return sp;
}

function instanceShadows(o: PyObject, name: string): boolean {
  return o.dict !== null && dictGetStr(o.dict, name) !== undefined;
}

/** STORE_ATTR: o.names[arg] = v (both borrowed). */
export function storeAttrAt(f: Frame, lasti: number, o: Value, arg: number, v: Value): void {
  const name = f.code.names[arg]!;
  if (typeof o !== 'object' || !isPlainInstance(o.type)) return setAttr(o, name, v);
  const site = siteFor(f, lasti, o.type, name);
  // The class's __setattr__, looked up once per site and version (null: it has none).
  if (site.setattr === undefined) site.setattr = lookupInType(o.type, '__setattr__') ?? null;
  if (site.setattr !== null && isCustomSetattr(site.setattr)) return setAttr(o, name, v);
  // (A plain instance is never an exception: their classes have BaseException's layout.)
  if (site.plainStore === undefined) site.plainStore = site.attr === undefined && name !== '__class__';
  if (site.plainStore && o.dict !== null && dictReplaceStr(o.dict, name, v)) return;
  attrHooks.setInstanceWith(o, name, v, site.attr, (f.code.runtime as CodeRuntime).nameObjects[arg]!);
}
