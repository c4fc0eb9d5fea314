// complex's constructor, methods and attributes (Objects/complexobject.c): complex(), z.real,
// z.imag, z.conjugate(), abs(z), and its keys in dicts and sets (equal to the int or float it
// equals when the imaginary part is zero, as hash() makes them in CPython).

import type { PyObject, Value } from '@pyarena/memory';
import type { HashKey } from '../objects/dict-table';
import { ComplexType } from '../objects/types';
import { newFloat } from '../objects/constructors';
import { checkArgs, defineMethod } from '../objects/builtin-function';
import { parseArgs } from '../modules/args';
import { typeConstructors } from '../call';
import { hashHooks } from '../ops/hash';
import { attrHooks } from '../ops/attr';
import { complexAbs, complexNew, newComplex, type Complex } from '../ops/complex';

/**
 * The dict/set key of a complex: a real one shares its float's key (hash.ts floatKey's rules);
 * one with a NaN part equals nothing but itself, so it is its own key.
 */
function complexKey(o: PyObject): HashKey {
  const c = o.data as Complex;
  if (Number.isNaN(c.re) || Number.isNaN(c.im)) return o;
  if (c.im === 0) {
    if (Number.isInteger(c.re) && !Number.isSafeInteger(c.re)) return BigInt(c.re);
    return c.re === 0 ? 0 : c.re;
  }
  return `\u0000c${c.re === 0 ? 0 : c.re},${c.im}`;
}

export function defineComplexMethods(): void {
  typeConstructors.set(ComplexType, (args, kwnames) => {
    const [real, imag] = parseArgs('complex', args as Value[], kwnames, ['real', 'imag'], 0);
    return complexNew(real, imag);
  });
  defineMethod(ComplexType, 'conjugate', (args, kwnames, self) => {
    checkArgs('conjugate', args, kwnames, 0, 0);
    const c = (self as { data: Complex }).data;
    return newComplex(c.re, -c.im);
  });
  defineMethod(ComplexType, '__abs__', (args, kwnames, self) => {
    checkArgs('__abs__', args, kwnames, 0, 0);
    return newFloat(complexAbs((self as { data: Complex }).data));
  });
  const prevKey = hashHooks.keyOther;
  hashHooks.keyOther = (o) => (o.type === ComplexType ? complexKey(o) : prevKey(o));
  const prevGet = attrHooks.getOther;
  attrHooks.getOther = (o, name) => {
    if (o.type === ComplexType && (name === 'real' || name === 'imag')) {
      const c = o.data as Complex;
      return newFloat(name === 'real' ? c.re : c.im);
    }
    return prevGet(o, name);
  };
}
