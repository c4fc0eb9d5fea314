// The string module's constants and capwords (Lib/string.py).

import type { PyObject } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import { None, newStr } from '../objects/constructors';
import { makeBuiltin } from '../objects/builtin-function';
import { typeName } from '../objects/typeobject';
import { typeError } from '../errors';
import { isStr, parseArgs } from './args';
import { defineNativeModule, setAttrSteal } from './registry';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = lower.toUpperCase();
const digits = '0123456789';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const whitespace = ' \t\n\r\x0b\x0c';

const CONSTANTS: Record<string, string> = {
  ascii_lowercase: lower, ascii_uppercase: upper, ascii_letters: lower + upper, digits,
  hexdigits: digits + 'abcdefABCDEF', octdigits: '01234567', punctuation, whitespace,
  printable: digits + lower + upper + punctuation + whitespace,
};

/** str.capitalize: first character upper (title-case), the rest lower. */
function capitalize(w: string): string {
  const chars = [...w];
  if (chars.length === 0) return '';
  return chars[0]!.toUpperCase() + chars.slice(1).join('').toLowerCase();
}

/** capwords(s, sep=None): (sep or ' ').join(word.capitalize() for word in s.split(sep)). */
const capwords: NativeFn = (args, kwnames) => {
  const [s, sep] = parseArgs('capwords', args, kwnames, ['s', 'sep'], 1);
  if (!isStr(s!)) typeError(`descriptor 'split' for 'str' objects doesn't apply to a '${typeName(s!)}' object`);
  const text = s.data as string;
  if (sep === undefined || sep === None) {
    const words = text.split(/[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/).filter((w) => w !== '');
    return newStr(words.map(capitalize).join(' '));
  }
  if (!isStr(sep)) typeError(`must be str or None, not ${typeName(sep)}`);
  const sp = sep.data as string;
  if (sp === '') typeError('empty separator');
  return newStr(text.split(sp).map(capitalize).join(sp));
};

let capwordsFn: PyObject | null = null;

defineNativeModule('string', (dict) => {
  for (const [name, value] of Object.entries(CONSTANTS)) setAttrSteal(dict, name, newStr(value));
  capwordsFn ??= makeBuiltin('capwords', capwords);
  setAttrSteal(dict, 'capwords', capwordsFn);
});
