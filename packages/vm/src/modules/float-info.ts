// sys.float_info: CPython's structseq of the double format's limits (float.h). Here an object of
// its own type with one read-only attribute per field (read through the attribute hooks) and the structseq repr
// "sys.float_info(max=..., ...)"; it is not a tuple (docs/deviations.md). The object is immortal
// and outside the modelled heap, so `import sys` allocates nothing more.

import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject as PyObjectClass, type PyObject, type Value } from '@pyarena/memory';
import { newFloat, newStr as newStrValue } from '../objects/constructors';
import { checkArgs, defineMethod, makeBuiltin } from '../objects/builtin-function';
import { attrHooks } from '../ops/attr';
import { makeType, typeName } from '../objects/typeobject';
import { AttributeError, raise, typeError } from '../errors';
import { floatRepr } from '../ops/repr';

/** The fields in CPython's order; floats are created when read (immediates are ints). */
const FIELDS: [string, number, 'float' | 'int'][] = [
  ['max', Number.MAX_VALUE, 'float'],
  ['max_exp', 1024, 'int'],
  ['max_10_exp', 308, 'int'],
  ['min', 2.2250738585072014e-308, 'float'],
  ['min_exp', -1021, 'int'],
  ['min_10_exp', -307, 'int'],
  ['dig', 15, 'int'],
  ['mant_dig', 53, 'int'],
  ['epsilon', Number.EPSILON, 'float'],
  ['radix', 2, 'int'],
  ['rounds', 1, 'int'],
];

function immortal(o: PyObject): PyObject {
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}

export const FloatInfoType = makeType({ name: 'sys.float_info', acceptsSubclasses: false });

function checkSelf(self: Value | null, name: string): void {
  if (self !== floatInfo) {
    typeError(`descriptor '${name}' for 'sys.float_info' objects doesn't apply to a '${typeName(self as Value)}' object`);
  }
}

function fieldValue(value: number, kind: 'float' | 'int'): Value {
  return kind === 'float' ? newFloat(value) : value;
}

const FIELD_INDEX = new Map(FIELDS.map((f, i) => [f[0], i]));

// Fields are read through the attribute hooks, as deque's maxlen (modules/collections.ts).
const prevGetAttr = attrHooks.getOther;
attrHooks.getOther = (o, name) => {
  if (o.type === FloatInfoType) {
    const i = FIELD_INDEX.get(name);
    if (i !== undefined) return fieldValue(FIELDS[i]![1], FIELDS[i]![2]);
  }
  return prevGetAttr(o, name);
};

const prevSetAttr = attrHooks.setOther;
attrHooks.setOther = (o, name, v) => {
  if (typeof o === 'object' && o.type === FloatInfoType) {
    raise(AttributeError, FIELD_INDEX.has(name) ? 'readonly attribute'
      : `'sys.float_info' object has no attribute '${name}'`);
  }
  prevSetAttr(o, name, v);
};

defineMethod(FloatInfoType, '__repr__', (args, kwnames, self) => {
  checkSelf(self, '__repr__');
  checkArgs('__repr__', args, kwnames, 0, 0);
  const parts = FIELDS.map(([name, value, kind]) => `${name}=${kind === 'float' ? floatRepr(value) : String(value)}`);
  return newStrValue(`sys.float_info(${parts.join(', ')})`);
});


/** The one sys.float_info object (immortal, shared by every run). */
export const floatInfo: PyObject = immortal(new PyObjectClass(FloatInfoType, null));
