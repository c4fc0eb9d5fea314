// Binding call arguments to a function's parameters (CPython's initialize_locals in ceval.c),
// with CPython 3.11's error messages. Arguments are borrowed; bound slots take new references.

import { CO_VARARGS, CO_VARKEYWORDS } from '@pyarena/compiler';
import type { PyObject, Value } from '@pyarena/memory';
import type { Frame } from './frame';
import type { FunctionData } from './objects/types';
import type { DictTable } from './objects/dict-table';
import { newDict, newTuple, newStr } from './objects/constructors';
import { dictGetStr, dictSet } from './objects/dict';
import { typeError } from './errors';
import { decref, incref } from './refs';

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

function missing(fn: FunctionData, names: string[], kind: 'positional' | 'keyword-only'): never {
  const s = names.length === 1 ? '' : 's';
  typeError(`${fn.qualname}() missing ${names.length} required ${kind} argument${s}: ${quoteList(names)}`);
}

/**
 * Fills frame.fast from args (positional values, then the keyword values named by kwnames).
 * Raises TypeError exactly as CPython for arity and keyword mistakes.
 */
export function bindArguments(frame: Frame, fn: FunctionData, args: readonly Value[], kwnames: readonly string[] | null): void {
  const code = fn.code;
  const fast = frame.fast;
  const argcount = code.argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  const total = argcount + code.kwonlyargcount;

  // Simple and most common: exact positional arity, no keywords.
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) {
    const v = args[i]!;
    if (typeof v === 'object') v.refcnt++;
    fast[i] = v;
  }
  if (hasVarargs) {
    const extra: Value[] = [];
    for (let i = argcount; i < npos; i++) {
      incref(args[i]!);
      extra.push(args[i]!);
    }
    fast[total] = newTuple(extra);
  }
  let kwdict: PyObject | null = null;
  if (hasVarkw) {
    kwdict = newDict();
    fast[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const value = args[npos + k]!;
    let idx = code.varnames.indexOf(name);
    if (idx >= total || idx < code.posonlyargcount) idx = -1;
    if (idx < 0) {
      if (kwdict !== null) {
        const key = newStr(name);
        dictSet(kwdict, key, value);
        decref(key);
        continue;
      }
      const posonly = code.varnames.slice(0, code.posonlyargcount);
      if (posonly.includes(name)) {
        typeError(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${name}'`);
      }
      typeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (fast[idx] !== undefined) typeError(`${fn.qualname}() got multiple values for argument '${name}'`);
    incref(value);
    fast[idx] = value;
  }
  // Checked after the keywords, as CPython's initialize_locals: `f(1, 2, 3, c=4)` on `f(a, b)`
  // reports the unexpected keyword.
  if (!hasVarargs && npos > argcount) tooManyPositional(fn, npos, nkw, args, kwnames);
  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = fn.defaults === null ? [] : (fn.defaults.data as Value[]);
    const firstDefault = argcount - defaults.length;
    const missingNames: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i >= firstDefault) {
        const d = defaults[i - firstDefault]!;
        incref(d);
        fast[i] = d;
      } else missingNames.push(code.varnames[i]!);
    }
    if (missingNames.length > 0) missing(fn, missingNames, 'positional');
  }
  if (code.kwonlyargcount > 0) {
    const missingNames: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue;
      const d = fn.kwdefaults === null ? undefined : dictGetStr(fn.kwdefaults, code.varnames[i]!);
      if (d !== undefined) {
        incref(d);
        fast[i] = d;
      } else missingNames.push(code.varnames[i]!);
    }
    if (missingNames.length > 0) missing(fn, missingNames, 'keyword-only');
  }
}

function tooManyPositional(fn: FunctionData, npos: number, nkw: number, args: readonly Value[],
  kwnames: readonly string[] | null): never {
  const code = fn.code;
  const ndefaults = fn.defaults === null ? 0 : (fn.defaults.data as Value[]).length;
  const kwonlyGiven = kwnames === null ? 0 :
    kwnames.filter((k) => code.varnames.indexOf(k) >= code.argcount && code.varnames.indexOf(k) < code.argcount + code.kwonlyargcount).length;
  void args;
  void nkw;
  const argcount = code.argcount;
  const takes = ndefaults > 0
    ? `from ${argcount - ndefaults} to ${argcount} positional arguments`
    : `${argcount} positional argument${argcount === 1 ? '' : 's'}`;
  const given = kwonlyGiven > 0
    ? `${npos} positional argument${npos === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`
    : `${npos} ${npos === 1 ? 'was' : 'were'} given`;
  typeError(`${fn.qualname}() takes ${takes} but ${given}`);
}

export type { DictTable };
