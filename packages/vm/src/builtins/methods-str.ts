// Methods of str (Objects/unicodeobject.c): the ones programs reach for daily.

import type { PyObject, Value } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import { ListType, StrType, TupleType, BytesType } from '../objects/types';
import { False, None, True, bool, intFromNumber, newList, newStr, newTuple, newObjectOfType } from '../objects/constructors';
import { checkArgs, checkTupleArgs, defineMethod, makeBuiltin, splitArgs } from '../objects/builtin-function';
import { allocatedAfterAppends } from '../objects/list';
import { getItem } from '../ops/subscript';
import { LookupError, PyErr } from '../errors';
import { isSubtype, typeData } from '../objects/typeobject';
import { decref } from '../refs';
import { newDict } from '../objects/constructors';
import { dictSet } from '../objects/dict';
import type { DictTable } from '../objects/dict-table';
import { typeName } from '../objects/typeobject';
import { typeError, valueError } from '../errors';
import { iterateToArray } from '../ops/iter';
import { decrefAll } from '../refs';
import { formatString, formatWithMapping } from './str-format';
import { hasSurrogates, strLength } from '../ops/subscript';
import { codecArgs, encodeText } from './codecs';

function s(self: Value | null): string {
  return (self as PyObject).data as string;
}

function strArg(method: string, v: Value, pos = 1): string {
  if (typeof v === 'object' && v.type === StrType) return v.data as string;
  typeError(`${method} arg ${pos} must be str, not ${typeName(v)}`);
}

function mustStr(method: string, v: Value): string {
  if (typeof v === 'object' && v.type === StrType) return v.data as string;
  typeError(`must be str, not ${typeName(v)}`);
  void method;
}

/** Optional start/end arguments as Python slice bounds on code units. */
function bounds(text: { length: number }, args: Value[], from: number): [number, number] {
  const n = text.length;
  const norm = (v: Value | undefined, dflt: number): number => {
    if (v === undefined || v === None) return dflt;
    let i = v as number;
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  return [norm(args[from], 0), norm(args[from + 1], n)];
}

/** str.isdigit: decimal digits plus the other Unicode digits (superscripts, circled ...). */
const DIGITS = /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u;

const WHITESPACE = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function stripChars(args: Value[]): string {
  if (args.length === 0 || args[0] === None) return WHITESPACE;
  return mustStr('strip', args[0]!);
}

function lstrip(text: string, chars: string): string {
  let i = 0;
  while (i < text.length && chars.includes(text[i]!)) i++;
  return text.slice(i);
}

function rstrip(text: string, chars: string): string {
  let j = text.length;
  while (j > 0 && chars.includes(text[j - 1]!)) j--;
  return text.slice(0, j);
}

/** Is the UTF-16 unit c one of WHITESPACE? ASCII answered by compares, no one-char strings. */
function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return WHITESPACE.includes(String.fromCharCode(c));
}

function splitWhitespace(text: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(rstrip(text.slice(i), WHITESPACE));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceUnit(text.charCodeAt(j))) j++;
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

const strList = (parts: string[], allocated = parts.length): PyObject => newList(parts.map(newStr), allocated);

/**
 * The item block of a split result (stringlib/split.h): PyList_New(PREALLOC_SIZE(maxsplit)),
 * at most 12 slots, then PyList_Append beyond them; the size is fixed up without a resize.
 */
function splitList(parts: string[], maxsplit: number): PyObject {
  const prealloc = maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1;
  return strList(parts, allocatedAfterAppends(prealloc, parts.length));
}

/** A separator longer than the string: split returns PyList_New(1) holding the string. */
const sepTooLong = (text: string, sep: string): boolean => [...text].length < [...sep].length;

/**
 * The title case of one code point, as str.title() and str.capitalize() use it (CPython 3.8+):
 * its upper case, except for the 135 characters whose title case differs (c.title() != c.upper()
 * in CPython 3.11): digraphs and ligatures keep a lower second letter (ß -> Ss, ǆ -> ǅ, ﬁ -> Fi),
 * Georgian letters and Greek letters with ypogegrammeni title-case to themselves or a titlecase
 * letter. The table was computed with CPython 3.11.
 */
const TITLE_SELF: [number, number][] = [
  [0x1c5, 0x1c5], [0x1c8, 0x1c8], [0x1cb, 0x1cb], [0x1f2, 0x1f2], [0x10d0, 0x10fa], [0x10fd, 0x10ff], [0x1f88, 0x1f8f],
  [0x1f98, 0x1f9f], [0x1fa8, 0x1faf], [0x1fbc, 0x1fbc], [0x1fcc, 0x1fcc], [0x1ffc, 0x1ffc],
];
const TITLE_OTHER = new Map<number, string>([
  [0xdf, 'Ss'], [0x1c4, '\u{1c5}'], [0x1c6, '\u{1c5}'], [0x1c7, '\u{1c8}'], [0x1c9, '\u{1c8}'], [0x1ca, '\u{1cb}'],
  [0x1cc, '\u{1cb}'], [0x1f1, '\u{1f2}'], [0x1f3, '\u{1f2}'], [0x587, '\u{535}\u{582}'], [0x1fb2, '\u{1fba}\u{345}'],
  [0x1fb3, '\u{1fbc}'], [0x1fb4, '\u{386}\u{345}'], [0x1fb7, '\u{391}\u{342}\u{345}'], [0x1fc2, '\u{1fca}\u{345}'],
  [0x1fc3, '\u{1fcc}'], [0x1fc4, '\u{389}\u{345}'], [0x1fc7, '\u{397}\u{342}\u{345}'], [0x1ff2, '\u{1ffa}\u{345}'],
  [0x1ff3, '\u{1ffc}'], [0x1ff4, '\u{38f}\u{345}'], [0x1ff7, '\u{3a9}\u{342}\u{345}'], [0xfb00, 'Ff'], [0xfb01, 'Fi'],
  [0xfb02, 'Fl'], [0xfb03, 'Ffi'], [0xfb04, 'Ffl'], [0xfb05, 'St'], [0xfb06, 'St'], [0xfb13, '\u{544}\u{576}'],
  [0xfb14, '\u{544}\u{565}'], [0xfb15, '\u{544}\u{56b}'], [0xfb16, '\u{54e}\u{576}'], [0xfb17, '\u{544}\u{56d}'],
]);
// Greek with ypogegrammeni: U+1F80-87, 1F90-97, 1FA0-A7 title-case to the letter 8 above.
for (const base of [0x1f80, 0x1f90, 0x1fa0]) for (let i = 0; i < 8; i++) TITLE_OTHER.set(base + i, String.fromCodePoint(base + 8 + i));

function titleCase(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0xdf) return c.toUpperCase();
  const other = TITLE_OTHER.get(cp);
  if (other !== undefined) return other;
  for (const [lo, hi] of TITLE_SELF) if (cp >= lo && cp <= hi) return c;
  return c.toUpperCase();
}

const METHODS: Record<string, NativeFn> = {
  upper: (a, k, self) => (checkArgs('upper', a, k, 0, 0), newStr(s(self).toUpperCase())),
  lower: (a, k, self) => (checkArgs('lower', a, k, 0, 0), newStr(s(self).toLowerCase())),
  casefold: (a, k, self) => (checkArgs('casefold', a, k, 0, 0), newStr(s(self).toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ'))),
  isprintable: (a, k, self) => (checkArgs('isprintable', a, k, 0, 0), bool(!/[\p{C}\p{Z}]/u.test(s(self).replace(/ /g, '')))),
  format_map: (a, k, self) => {
    checkArgs('format_map', a, k, 1, 1);
    return newStr(formatWithMapping(s(self), a[0]!));
  },
  swapcase: (a, k, self) => (checkArgs('swapcase', a, k, 0, 0),
    newStr([...s(self)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''))),
  capitalize: (a, k, self) => {
    checkArgs('capitalize', a, k, 0, 0);
    const t = s(self);
    if (t.length === 0) return newStr(t);
    const first = String.fromCodePoint(t.codePointAt(0)!);
    return newStr(titleCase(first) + t.slice(first.length).toLowerCase());
  },
  title: (a, k, self) => {
    checkArgs('title', a, k, 0, 0);
    // Uppercase every cased character that follows an uncased one, lowercase the rest.
    let out = '';
    let prevCased = false;
    for (const c of s(self)) {
      const cased = /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u.test(c); // _PyUnicode_IsCased
      out += cased ? (prevCased ? c.toLowerCase() : titleCase(c)) : c;
      prevCased = cased;
    }
    return newStr(out);
  },
  strip: (a, k, self) => (checkArgs('strip', a, k, 0, 1), newStr(rstrip(lstrip(s(self), stripChars(a)), stripChars(a)))),
  lstrip: (a, k, self) => (checkArgs('lstrip', a, k, 0, 1), newStr(lstrip(s(self), stripChars(a)))),
  rstrip: (a, k, self) => (checkArgs('rstrip', a, k, 0, 1), newStr(rstrip(s(self), stripChars(a)))),
  split: (a, k, self) => {
    const [pos, kw] = splitArgs('split', a, k, ['sep', 'maxsplit']);
    const sep = pos[0] ?? kw.get('sep') ?? None;
    const maxsplit = (pos[1] ?? kw.get('maxsplit') ?? -1) as number;
    const text = s(self);
    if (sep === None) return splitList(splitWhitespace(text, maxsplit), maxsplit);
    const sp = mustStr('split', sep);
    if (sp === '') valueError('empty separator');
    if (sepTooLong(text, sp)) return strList([text]);
    const parts = text.split(sp);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      return splitList([...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sp)], maxsplit);
    }
    return splitList(parts, maxsplit);
  },
  rsplit: (a, k, self) => {
    const [pos, kw] = splitArgs('rsplit', a, k, ['sep', 'maxsplit']);
    const sep = pos[0] ?? kw.get('sep') ?? None;
    const maxsplit = (pos[1] ?? kw.get('maxsplit') ?? -1) as number;
    const text = s(self);
    if (sep === None) {
      if (maxsplit < 0) return splitList(splitWhitespace(text, -1), -1);
      const rev = splitWhitespace([...text].reverse().join(''), maxsplit).map((p) => [...p].reverse().join(''));
      return splitList(rev.reverse(), maxsplit);
    }
    const sp = mustStr('rsplit', sep);
    if (sp === '') valueError('empty separator');
    if (sepTooLong(text, sp)) return strList([text]);
    const parts = text.split(sp);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      const cut = parts.length - maxsplit;
      return splitList([parts.slice(0, cut).join(sp), ...parts.slice(cut)], maxsplit);
    }
    return splitList(parts, maxsplit);
  },
  splitlines: (a, k, self) => {
    const [pos, kw] = splitArgs('splitlines', a, k, ['keepends']);
    const keep = (pos[0] ?? kw.get('keepends') ?? False) === True;
    const out: string[] = [];
    const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
    const text = s(self);
    let last = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(text.slice(last, keep ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return strList(out, allocatedAfterAppends(0, out.length)); // PyList_New(0), then appends
  },
  join: (a, k, self) => {
    checkArgs('join', a, k, 1, 1);
    const items = iterateToArray(a[0]!);
    try {
      const parts = items.map((v, i) => {
        if (typeof v === 'object' && v.type === StrType) return v.data as string;
        typeError(`sequence item ${i}: expected str instance, ${typeName(v)} found`);
      });
      return newStr(parts.join(s(self)));
    } finally {
      decrefAll(items);
    }
  },
  replace: (a, k, self) => {
    checkArgs('replace', a, k, 2, 3);
    const old = strArg('replace', a[0]!, 1), rep = strArg('replace', a[1]!, 2);
    const count = (a[2] ?? -1) as number;
    const text = s(self);
    if (old === '') {
      // Inserting between every character, at most `count` times (count < 0: everywhere).
      const chars = [...text];
      const limit = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
      let out = '';
      for (let i = 0; i < chars.length; i++) out += (i < limit ? rep : '') + chars[i];
      return newStr(out + (limit > chars.length ? rep : ''));
    }
    if (count < 0) return newStr(text.split(old).join(rep));
    let out = text;
    let result = '';
    for (let i = 0; i < count; i++) {
      const j = out.indexOf(old);
      if (j < 0) break;
      result += out.slice(0, j) + rep;
      out = out.slice(j + old.length);
      if (old === '') {
        result += out.slice(0, 1);
        out = out.slice(1);
      }
    }
    return newStr(result + out);
  },
  startswith: (a, k, self) => {
    checkTupleArgs('startswith', a, k, 1, 3);
    const [start, end] = bounds(s(self), a, 1);
    const sub = s(self).slice(start, end);
    const prefixes = typeof a[0] === 'object' && a[0].type === TupleType ? (a[0].data as Value[]) : [a[0]!];
    return bool(prefixes.some((p) => {
      if (typeof p !== 'object' || p.type !== StrType) {
        typeError(`startswith first arg must be str or a tuple of str, not ${typeName(p)}`);
      }
      return sub.startsWith(p.data as string);
    }));
  },
  endswith: (a, k, self) => {
    checkTupleArgs('endswith', a, k, 1, 3);
    const [start, end] = bounds(s(self), a, 1);
    const sub = s(self).slice(start, end);
    const suffixes = typeof a[0] === 'object' && a[0].type === TupleType ? (a[0].data as Value[]) : [a[0]!];
    return bool(suffixes.some((p) => {
      if (typeof p !== 'object' || p.type !== StrType) {
        typeError(`endswith first arg must be str or a tuple of str, not ${typeName(p)}`);
      }
      return sub.endsWith(p.data as string);
    }));
  },
  find: (a, k, self) => intFromNumber(findIn(s(self), a, k, 'find', false)),
  rfind: (a, k, self) => intFromNumber(findIn(s(self), a, k, 'rfind', true)),
  index: (a, k, self) => {
    const i = findIn(s(self), a, k, 'index', false);
    if (i < 0) valueError('substring not found');
    return i;
  },
  rindex: (a, k, self) => {
    const i = findIn(s(self), a, k, 'rindex', true);
    if (i < 0) valueError('substring not found');
    return i;
  },
  count: (a, k, self) => {
    checkTupleArgs('count', a, k, 1, 3);
    const sub = mustStr('count', a[0]!);
    const [start, end] = bounds(s(self), a, 1);
    const text = s(self).slice(start, end);
    if (sub === '') return strLength(text) + 1;
    return text.split(sub).length - 1;
  },
  isdigit: (a, k, self) => (checkArgs('isdigit', a, k, 0, 0), bool(DIGITS.test(s(self)))),
  isascii: (a, k, self) => (checkArgs('isascii', a, k, 0, 0), bool(/^[\x00-\x7f]*$/.test(s(self)))),
  istitle: (a, k, self) => {
    checkArgs('istitle', a, k, 0, 0);
    // Uppercase only after uncased characters, lowercase only after cased ones; at least one cased.
    let prevCased = false;
    let cased = false;
    for (const c of s(self)) {
      const upper = /\p{Lu}|\p{Lt}/u.test(c), lower = /\p{Ll}/u.test(c);
      if (upper) {
        if (prevCased) return False;
        prevCased = cased = true;
      } else if (lower) {
        if (!prevCased) return False;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return bool(cased);
  },
  translate: (a, k, self) => {
    checkArgs('translate', a, k, 1, 1);
    let out = '';
    for (const c of s(self)) {
      const key = c.codePointAt(0)!;
      let v: Value;
      try {
        v = getItem(a[0]!, key);
      } catch (e) {
        if (e instanceof PyErr && (isSubtype(e.exc.type, LookupError))) {
          decref(e.exc);
          out += c;
          continue;
        }
        throw e;
      }
      if (v === None) continue;
      out += typeof v === 'number' ? String.fromCodePoint(v) : (v as PyObject).data as string;
      decref(v);
    }
    return newStr(out);
  },
  isdecimal: (a, k, self) => (checkArgs('isdecimal', a, k, 0, 0), bool(/^\p{Nd}+$/u.test(s(self)))),
  isnumeric: (a, k, self) => (checkArgs('isnumeric', a, k, 0, 0), bool(/^\p{N}+$/u.test(s(self)))),
  isalpha: (a, k, self) => (checkArgs('isalpha', a, k, 0, 0), bool(/^\p{L}+$/u.test(s(self)))),
  isalnum: (a, k, self) => (checkArgs('isalnum', a, k, 0, 0), bool(/^[\p{L}\p{N}]+$/u.test(s(self)))),
  isspace: (a, k, self) => (checkArgs('isspace', a, k, 0, 0),
    bool(s(self).length > 0 && [...s(self)].every((c) => WHITESPACE.includes(c)))),
  isupper: (a, k, self) => (checkArgs('isupper', a, k, 0, 0),
    bool(/\p{Lu}/u.test(s(self)) && !/\p{Ll}/u.test(s(self)))),
  islower: (a, k, self) => (checkArgs('islower', a, k, 0, 0),
    bool(/\p{Ll}/u.test(s(self)) && !/\p{Lu}/u.test(s(self)))),
  isidentifier: (a, k, self) => (checkArgs('isidentifier', a, k, 0, 0),
    bool(/^[\p{L}_][\p{L}\p{N}_]*$/u.test(s(self)))),
  center: (a, k, self) => padMethod('center', a, k, self),
  ljust: (a, k, self) => padMethod('ljust', a, k, self),
  rjust: (a, k, self) => padMethod('rjust', a, k, self),
  zfill: (a, k, self) => {
    checkArgs('zfill', a, k, 1, 1);
    const t = s(self);
    const width = a[0] as number;
    const n = strLength(t);
    if (n >= width) return newStr(t);
    const sign = t[0] === '-' || t[0] === '+' ? t[0] : '';
    return newStr(sign + '0'.repeat(width - n) + t.slice(sign.length));
  },
  format: (a, k, self) => newStr(formatString(s(self), a, k)),
  encode: (a, k, self) => {
    const [codec, errors] = codecArgs('encode', a, k);
    const b = encodeText(s(self), codec, errors);
    return newObjectOfType(BytesType, b, 33 + b.length);
  },
  partition: (a, k, self) => {
    checkArgs('partition', a, k, 1, 1);
    const sep = mustStr('partition', a[0]!);
    if (sep === '') valueError('empty separator');
    const t = s(self);
    const i = t.indexOf(sep);
    if (i < 0) return newTuple([newStr(t), newStr(''), newStr('')]);
    return newTuple([newStr(t.slice(0, i)), newStr(sep), newStr(t.slice(i + sep.length))]);
  },
  rpartition: (a, k, self) => {
    checkArgs('rpartition', a, k, 1, 1);
    const sep = mustStr('rpartition', a[0]!);
    if (sep === '') valueError('empty separator');
    const t = s(self);
    const i = t.lastIndexOf(sep);
    if (i < 0) return newTuple([newStr(''), newStr(''), newStr(t)]);
    return newTuple([newStr(t.slice(0, i)), newStr(sep), newStr(t.slice(i + sep.length))]);
  },
  removeprefix: (a, k, self) => {
    checkArgs('removeprefix', a, k, 1, 1);
    const p = mustStr('removeprefix', a[0]!);
    const t = s(self);
    return newStr(p && t.startsWith(p) ? t.slice(p.length) : t);
  },
  removesuffix: (a, k, self) => {
    checkArgs('removesuffix', a, k, 1, 1);
    const p = mustStr('removesuffix', a[0]!);
    const t = s(self);
    return newStr(p && t.endsWith(p) ? t.slice(0, -p.length) : t);
  },
  expandtabs: (a, k, self) => {
    checkArgs('expandtabs', a, k, 0, 1);
    const size = (a[0] ?? 8) as number;
    let col = 0;
    let out = '';
    for (const c of s(self)) {
      if (c === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return newStr(out);
  },
};

function findIn(text: string, a: Value[], k: readonly string[] | null, name: string, fromRight: boolean): number {
  checkTupleArgs(name, a, k, 1, 3);
  const sub = mustStr(name, a[0]!);
  if (hasSurrogates(text)) {
    // Work in code points: Python's indices count them, JS's count UTF-16 units.
    const chars = Array.from(text);
    const [start, end] = bounds(chars as unknown as string, a, 1);
    const region = chars.slice(start, end).join('');
    const i = fromRight ? region.lastIndexOf(sub) : region.indexOf(sub);
    return i < 0 ? -1 : strLength(region.slice(0, i)) + start;
  }
  const [start, end] = bounds(text, a, 1);
  if (end - start < sub.length) return -1;
  const region = text.slice(start, end);
  const i = fromRight ? region.lastIndexOf(sub) : region.indexOf(sub);
  return i < 0 ? -1 : i + start;
}

function padMethod(name: 'center' | 'ljust' | 'rjust', a: Value[], k: readonly string[] | null, self: Value | null): Value {
  checkArgs(name, a, k, 1, 2);
  const t = s(self);
  const width = a[0] as number;
  const fill = a.length > 1 ? mustStr(name, a[1]!) : ' ';
  if ([...fill].length !== 1) typeError(`The fill character must be exactly one character long`);
  const n = strLength(t);
  if (n >= width) return newStr(t);
  const total = width - n;
  if (name === 'ljust') return newStr(t + fill.repeat(total));
  if (name === 'rjust') return newStr(fill.repeat(total) + t);
  // CPython's center puts the extra character on the left when the total and width are odd.
  const left = Math.floor(total / 2) + (total & width & 1);
  return newStr(fill.repeat(left) + t + fill.repeat(total - left));
}

/** str.maketrans(x[, y[, z]]): a static method building a translation dict of code points. */
const maketrans: NativeFn = (a, k) => {
  checkArgs('maketrans', a, k, 1, 3);
  const d = newDict();
  const put = (key: Value, v: Value) => dictSet(d, key, v);
  if (a.length === 1) {
    for (const e of ((a[0] as PyObject).data as DictTable).map.values()) {
      const key = typeof e.key === 'object' && e.key.type === StrType ? ((e.key.data as string).codePointAt(0)!) : e.key;
      put(key, e.value);
    }
  } else {
    const x = [...mustStr('maketrans', a[0]!)], y = [...mustStr('maketrans', a[1]!)];
    if (x.length !== y.length) valueError('the first two maketrans arguments must have equal length');
    x.forEach((c, i) => put(c.codePointAt(0)!, y[i]!.codePointAt(0)!));
    if (a.length === 3) for (const c of mustStr('maketrans', a[2]!)) put(c.codePointAt(0)!, None);
  }
  return d;
};

export function defineStrMethods(): void {
  for (const [name, fn] of Object.entries(METHODS)) defineMethod(StrType, name, fn);
  typeData(StrType).attrs.set('maketrans', makeBuiltin('maketrans', maketrans, 'str.maketrans'));
}

export { ListType };
