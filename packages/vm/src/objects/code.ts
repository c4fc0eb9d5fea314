// Code objects as Python values, and the materialisation of a code object's constants into heap
// objects. Constants live as long as the code (a program's code is never unloaded), so they are
// allocated through the heap and then made immortal: the verifier and the collectors skip them.

import type { Frame } from '../frame';
import { LOAD_ATTR, LOAD_METHOD, STORE_ATTR, type CodeObject, type Const } from '@pyarena/compiler';
import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject, type Value } from '@pyarena/memory';
import {
  Ellipsis, False, intFromBigInt, None, newFloat, newStr, newTuple, True,
} from './constructors';
import { makeType } from './typeobject';
import { newSet, setAdd } from './set';
import { activeEntries } from './set-table';
import { decref } from '../refs';
import { BytesType } from './types';
import type { DictEntry, DictTable } from './dict-table';
import { newObjectOfType } from './constructors';
import { newComplex } from '../ops/complex';

export const CodeType = makeType({ name: 'code', basicSize: 168, acceptsSubclasses: false });

/**
 * The inline cache of one LOAD_ATTR, LOAD_METHOD or STORE_ATTR instruction (CPython 3.11's
 * specialised attribute instructions): the class of the last plain instance seen there, its
 * version tag then, and what lookupInType found for the name (and, for STORE_ATTR, for
 * __setattr__), as borrowed references that stay valid while the version is unchanged.
 */
export class AttrSite {
  type: PyObject | null = null;
  version = 0;
  attr: Value | undefined = undefined;
  /** The class's __setattr__ (STORE_ATTR): undefined until looked up, null when it has none. */
  setattr: Value | null | undefined = undefined;
  /**
   * STORE_ATTR may replace an existing instance-dict value directly: the class has nothing under
   * the name (so no descriptor) and the name is not __class__. undefined until worked out for
   * this entry.
   */
  plainStore: boolean | undefined = undefined;
  /** The entry for another class (a polymorphic site: methods of a base class see subclasses). */
  next: AttrSite | null = null;
}

/**
 * The cache of one name's LOAD_GLOBAL in a code object (CPython 3.11's LOAD_GLOBAL_MODULE and
 * LOAD_GLOBAL_BUILTIN): the dict entry that held the value, which an assignment updates in place,
 * valid while neither the globals nor the builtins have gained or lost a key since (their tables'
 * version counts exactly those changes; a key added to the globals may shadow a builtin).
 */
export class GlobalSite {
  readonly globals: DictTable;
  readonly globalsVersion: number;
  readonly builtinsVersion: number;
  readonly entry: DictEntry;
  constructor(globals: DictTable, globalsVersion: number, builtinsVersion: number, entry: DictEntry) {
    this.globals = globals;
    this.globalsVersion = globalsVersion;
    this.builtinsVersion = builtinsVersion;
    this.entry = entry;
  }
}

export interface CodeRuntime {
  consts: Value[];
  /** LOAD_GLOBAL caches by name index (co_names), null until the name is first loaded. */
  globalSites: (GlobalSite | null)[];
  /** Finished frames of this code, cleared, for the next calls (interpreter.ts recycleFrame). */
  freeFrames: Frame[];
  /** Inline caches, by instruction index (pc / 2), of the attribute instructions; else null. */
  attrSites: (AttrSite | null)[];
  /** Interned, immortal str objects for co_names (keys for STORE_NAME, STORE_GLOBAL ...). */
  nameObjects: PyObject[];
  codeObject: PyObject;
}

function makeImmortal(v: Value): Value {
  if (typeof v === 'object' && (v.gcFlags & GC_IMMORTAL) === 0) {
    v.refcnt = IMMORTAL_REFCNT;
    v.gcFlags |= GC_IMMORTAL;
  }
  return v;
}

const interned = new Map<string, PyObject>();

/** An immortal str for an identifier (names are interned in CPython too). */
export function internName(name: string): PyObject {
  let s = interned.get(name);
  if (s === undefined) {
    s = new PyObject(newStr('').type, name);
    s.refcnt = IMMORTAL_REFCNT;
    s.gcFlags |= GC_IMMORTAL;
    interned.set(name, s);
  }
  return s;
}

/**
 * A str for an attribute name as a new reference: the interned one when code names it (CPython's
 * attribute names are interned), else a fresh str. Saves an allocation per attribute store.
 */
export function nameKey(name: string): PyObject {
  return interned.get(name) ?? newStr(name);
}

export function materializeConst(c: Const): Value {
  switch (c.type) {
    case 'int': return makeImmortal(intFromBigInt(c.value));
    case 'float': return makeImmortal(newFloat(c.value));
    case 'str': return makeImmortal(newStr(c.value));
    case 'bool': return c.value ? True : False;
    case 'None': return None;
    case 'Ellipsis': return Ellipsis;
    case 'bytes': return makeImmortal(newObjectOfType(BytesType, c.value, 33 + c.value.length));
    case 'tuple': return makeImmortal(newTuple(c.items.map(materializeConst)));
    case 'frozenset': {
      // compile.c folds the items into a frozenset, then merge_consts_recursive builds the
      // constant anew from that one's iteration order: two rounds of insertion decide its slots.
      const first = newSet(true);
      for (const item of c.items) setAdd(first, materializeConst(item));
      const s = newSet(true);
      for (const e of activeEntries(first.data as DictTable)) setAdd(s, e.key);
      decref(first);
      return makeImmortal(s);
    }
    case 'code': return codeRuntime(c.code).codeObject;
    case 'complex': return makeImmortal(newComplex(0, c.imag));
  }
}

function makeAttrSites(code: CodeObject): (AttrSite | null)[] {
  const words = code.code;
  const sites: (AttrSite | null)[] = [];
  for (let pc = 0; pc < words.length; pc += 2) {
    const op = words[pc];
    sites.push(op === LOAD_ATTR || op === LOAD_METHOD || op === STORE_ATTR ? new AttrSite() : null);
  }
  return sites;
}

/** The runtime cache of a code object, created on first use. */
export function codeRuntime(code: CodeObject): CodeRuntime {
  let rt = code.runtime as CodeRuntime | null;
  if (rt === null || rt === undefined) {
    const codeObject = new PyObject(CodeType, code);
    codeObject.refcnt = IMMORTAL_REFCNT;
    codeObject.gcFlags |= GC_IMMORTAL;
    rt = {
      consts: [], globalSites: code.names.map(() => null), freeFrames: [], attrSites: makeAttrSites(code),
      nameObjects: code.names.map(internName), codeObject,
    };
    code.runtime = rt;
    rt.consts = code.consts.map(materializeConst);
  }
  return rt;
}
