// Building blocks for the special methods of builtin types (objects/slot-wrappers.ts): one
// function per kind of slot (binary, reflected, rich comparison, unary, container), each running
// the operation through the same native code the interpreter's operators use. CPython's slot
// functions return NotImplemented for operands they do not know (long_add given a str); the
// `accepts` predicates say which operands each type's slot knows.

import type { PyObject, Value } from '@pyarena/memory';
import { NB_INPLACE_OFFSET, NB_MULTIPLY } from '@pyarena/compiler';
import { False, None, NotImplemented, True, newStr } from '../objects/constructors';
import { BoolType, FloatType, IntType, StrType } from '../objects/types';
import { typeData, typeName } from '../objects/typeobject';
import { asBuiltin, builtinTypeOf, defineSlot, defineSlotMethod } from '../objects/slot-wrappers';
import { typeError } from '../errors';
import { binaryOp, unaryOp } from '../ops/binary';
import { compare, isTrue } from '../ops/compare';
import { contains, delItem, getItem, len, setItem } from '../ops/subscript';
import { getIter } from '../ops/iter';
import { repr, str } from '../ops/repr';
import { BUILTIN_FUNCTIONS } from './functions';

export type Accepts = (v: Value) => boolean;

export const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;

/** Operands whose native type is one of `types` (instances of user subclasses included). */
export function ofTypes(...types: PyObject[]): Accepts {
  return (v) => types.includes(builtinTypeOf(v));
}

export const intLike: Accepts = ofTypes(IntType, BoolType);
export const realLike: Accepts = ofTypes(IntType, BoolType, FloatType);
export const nothing: Accepts = () => false;

/** A builtin function of the builtins module, called as the operators' helpers call it. */
export function builtin(name: string, args: Value[]): Value {
  return BUILTIN_FUNCTIONS[name]!(args, null, null);
}

/** owner.__name__(other) = self OP other, and owner.__rname__(other) = other OP self. */
export function binarySlots(owner: PyObject, name: string, op: number, accepts: Accepts, reflected = true): void {
  defineSlot(owner, `__${name}__`, 1, 1, (self, [other]) =>
    accepts(other!) ? asBuiltin(self, other, () => binaryOp(op, self, other!)) : NotImplemented);
  if (reflected) {
    defineSlot(owner, `__r${name}__`, 1, 1, (self, [other]) =>
      accepts(other!) ? asBuiltin(self, other, () => binaryOp(op, other!, self)) : NotImplemented);
  }
}

/** owner.__iname__(other): self OP= other, in place (list.__iadd__, set.__ior__); returns self. */
export function inplaceSlot(owner: PyObject, name: string, op: number, accepts: Accepts): void {
  defineSlot(owner, `__i${name}__`, 1, 1, (self, [other]) =>
    accepts(other!) ? asBuiltin(self, undefined, () => binaryOp(op + NB_INPLACE_OFFSET, self, other!)) : NotImplemented);
}

/** The six rich comparisons: `accepts` operands compare natively, others give NotImplemented. */
export function compareSlots(owner: PyObject, accepts: Accepts, ordering: Accepts = accepts): void {
  CMP_NAMES.forEach((name, op) => {
    const ok = name === '__eq__' || name === '__ne__' ? accepts : ordering;
    defineSlot(owner, name, 1, 1, (self, [other]) =>
      ok(other!) ? (asBuiltin(self, other, () => compare(self, other!, op)) ? True : False) : NotImplemented);
  });
}

/** A slot of no arguments computed from self seen as its builtin type. */
export function unarySlot(owner: PyObject, name: string, f: (self: Value) => Value): void {
  defineSlot(owner, name, 0, 0, (self) => asBuiltin(self, undefined, () => f(self)));
}

/** A special method CPython defines as a method (no arguments). */
export function unaryMethod(owner: PyObject, name: string, f: (self: Value) => Value): void {
  defineSlotMethod(owner, name, 0, 0, (self) => asBuiltin(self, undefined, () => f(self)));
}

export const negSlot = (owner: PyObject, op: number, name: string): void =>
  unarySlot(owner, name, (v) => unaryOp(op, v));

/** __repr__, __str__ (when the type has its own), __hash__, __bool__ and __format__. */
export function objectProtocolSlots(owner: PyObject, opts: { str?: boolean; hash?: boolean; bool?: boolean; format?: boolean }): void {
  unarySlot(owner, '__repr__', (v) => newStr(repr(v)));
  if (opts.str === true) unarySlot(owner, '__str__', (v) => newStr(str(v)));
  if (opts.hash === true) unarySlot(owner, '__hash__', (v) => builtin('hash', [v]));
  if (opts.bool === true) unarySlot(owner, '__bool__', (v) => (isTrue(v) ? True : False));
  if (opts.format === true) {
    defineSlotMethod(owner, '__format__', 1, 1, (self, [spec]) => {
      if (builtinTypeOf(spec!) !== StrType) typeError(`__format__() argument must be str, not ${typeName(spec!)}`);
      return asBuiltin(self, undefined, () => builtin('format', [self, spec!]));
    });
  }
}

/** __len__, __contains__, __iter__ and the item protocol, for container types. */
export function containerSlots(owner: PyObject, opts: {
  getitem?: 'slot' | 'method'; setitem?: boolean; contains?: 'slot' | 'method'; iter?: boolean; len?: boolean;
}): void {
  if (opts.len !== false) unarySlot(owner, '__len__', (v) => len(v));
  if (opts.iter !== false) unarySlot(owner, '__iter__', (v) => getIter(v));
  if (opts.contains !== undefined) {
    const define = opts.contains === 'slot' ? defineSlot : defineSlotMethod;
    define(owner, '__contains__', 1, 1, (self, [x]) => (asBuiltin(self, undefined, () => contains(self, x!)) ? True : False));
  }
  if (opts.getitem !== undefined) {
    const define = opts.getitem === 'slot' ? defineSlot : defineSlotMethod;
    define(owner, '__getitem__', 1, 1, (self, [k]) => asBuiltin(self, undefined, () => getItem(self, k!)));
  }
  if (opts.setitem === true) {
    defineSlot(owner, '__setitem__', 2, 2, (self, [k, v]) => (asBuiltin(self, undefined, () => setItem(self, k!, v!)), None));
    defineSlot(owner, '__delitem__', 1, 1, (self, [k]) => (asBuiltin(self, undefined, () => delItem(self, k!)), None));
  }
}

/**
 * seq.__mul__(n) and seq.__rmul__(n) (wrap_indexargfunc around sq_repeat): n must be an
 * integer, whatever else the operand could do.
 */
export function repeatSlots(owner: PyObject, inplace: boolean): void {
  const count = (n: Value): void => {
    if (!intLike(n)) typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  };
  for (const name of inplace ? ['__mul__', '__rmul__', '__imul__'] : ['__mul__', '__rmul__']) {
    const op = name === '__imul__' ? NB_MULTIPLY + NB_INPLACE_OFFSET : NB_MULTIPLY;
    defineSlot(owner, name, 1, 1, (self, [n]) => (count(n!), asBuiltin(self, n, () => binaryOp(op, self, n!))));
  }
}

/** seq.__add__(other) (sq_concat): only the same kind of sequence, else the operator's TypeError. */
export function concatSlot(owner: PyObject): void {
  const name = typeData(owner).name;
  defineSlot(owner, '__add__', 1, 1, (self, [other]) => {
    if (builtinTypeOf(other!) !== owner) typeError(`can only concatenate ${name} (not "${typeName(other!)}") to ${name}`);
    return asBuiltin(self, other, () => binaryOp(0, self, other!));
  });
}
