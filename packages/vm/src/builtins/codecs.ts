// The text codecs of the subset: UTF-8 (and UTF-8 with a BOM), ASCII and Latin-1, with CPython's
// names and aliases (Lib/encodings/aliases.py), its error handlers and its exact errors
// (Objects/unicodeobject.c, Objects/stringlib/codecs.h). Positions count code points, as in CPython.

import type { Value } from '@pyarena/memory';
import { LookupError, PyErr, UnicodeDecodeError, UnicodeEncodeError, newException, raise, typeError } from '../errors';
import { BytesType, StrType } from '../objects/types';
import { newObjectOfType, newStr, intFromNumber } from '../objects/constructors';
import { typeName } from '../objects/typeobject';

export type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {};
for (const name of ['utf_8', 'utf8', 'utf', 'u8', 'cp65001', 'utf8_ucs2', 'utf8_ucs4']) ALIASES[name] = 'utf-8';
ALIASES['utf_8_sig'] = 'utf-8-sig';
for (const name of ['ascii', '646', 'us_ascii', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367',
  'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us']) ALIASES[name] = 'ascii';
for (const name of ['latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'iso_ir_100',
  'csisolatin1', 'ibm819', 'iso_8859_1_1987']) ALIASES[name] = 'latin-1';

/** A str argument of encode/decode, by name ("encode() argument 'errors' must be str, not int"). */
export function textArg(fname: string, arg: string, v: Value): string {
  if (typeof v === 'number' || v.type !== StrType) typeError(`${fname}() argument '${arg}' must be str, not ${typeName(v)}`);
  return v.data as string;
}

/** codecs.lookup: encodings.normalize_encoding, then the aliases; LookupError for the rest. */
export function lookupCodec(name: string): Codec {
  const key = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  const codec = ALIASES[key];
  if (codec === undefined) raise(LookupError, `unknown encoding: ${name}`);
  return codec;
}

function unknownHandler(errors: string): never {
  raise(LookupError, `unknown error handler name '${errors}'`);
}

function charEscape(c: number): string {
  if (c < 0x100) return `\\x${c.toString(16).padStart(2, '0')}`;
  if (c < 0x10000) return `\\u${c.toString(16).padStart(4, '0')}`;
  return `\\U${c.toString(16).padStart(8, '0')}`;
}

function displayName(codec: Codec): string {
  return codec === 'utf-8-sig' ? 'utf-8' : codec;
}

// ---------------------------------------------------------------- encoding

/**
 * The (encoding, errors) arguments of str.encode and bytes.decode (and of bytes(), bytearray()
 * with a str): positional or by keyword, str only, 'utf-8' and 'strict' by default.
 */
export function codecArgs(fname: string, args: readonly Value[], kwnames: readonly string[] | null): [Codec, string] {
  const npos = args.length - (kwnames?.length ?? 0);
  if (args.length > 2) typeError(`${fname}() takes at most 2 arguments (${args.length} given)`);
  let encoding: Value | undefined = args[0], errors: Value | undefined = npos > 1 ? args[1] : undefined;
  if (npos < 1) encoding = undefined;
  for (let k = 0; k < (kwnames?.length ?? 0); k++) {
    const name = kwnames![k]!, v = args[npos + k]!;
    if (name === 'encoding' && npos < 1 && encoding === undefined) encoding = v;
    else if (name === 'errors' && npos < 2 && errors === undefined) errors = v;
    else if (name === 'encoding' || name === 'errors') {
      typeError(`argument for ${fname}() given by name ('${name}') and position (${name === 'encoding' ? 1 : 2})`);
    } else typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
  }
  const codec = encoding === undefined ? 'utf-8' : lookupCodec(textArg(fname, 'encoding', encoding));
  return [codec, errors === undefined ? 'strict' : textArg(fname, 'errors', errors)];
}

/** str.encode: the bytes of `text`, or a UnicodeEncodeError / LookupError as CPython raises them. */
export function encodeText(text: string, codec: Codec, errors = 'strict'): Uint8Array {
  const chars = Array.from(text, (ch) => ch.codePointAt(0)!);
  const out: number[] = codec === 'utf-8-sig' ? [0xef, 0xbb, 0xbf] : [];
  const utf8 = codec === 'utf-8' || codec === 'utf-8-sig';
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const encodable = (c: number): boolean => c < limit && !(utf8 && c >= 0xd800 && c <= 0xdfff);
  for (let i = 0; i < chars.length;) {
    const c = chars[i]!;
    if (encodable(c)) {
      if (utf8) pushUtf8(out, c);
      else out.push(c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < chars.length && !encodable(chars[end]!)) end++;
    const bad = chars.slice(i, end);
    switch (errors) {
      case 'strict': {
        const reason = utf8 ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
        throw new PyErr(newException(UnicodeEncodeError, [
          newStr(displayName(codec)), newStr(text), intFromNumber(i), intFromNumber(end), newStr(reason)]));
      }
      case 'ignore': break;
      case 'replace': for (const _ of bad) out.push(0x3f); break;
      case 'backslashreplace': for (const b of bad) pushAscii(out, charEscape(b)); break;
      case 'xmlcharrefreplace': for (const b of bad) pushAscii(out, `&#${b};`); break;
      case 'surrogateescape':
        for (const b of bad) {
          // The handler gives up on the whole run it was handed, as CPython's does.
          if (b < 0xdc80 || b > 0xdcff) throw new PyErr(newException(UnicodeEncodeError, [
            newStr(displayName(codec)), newStr(text), intFromNumber(i), intFromNumber(end),
            newStr(utf8 ? 'surrogates not allowed' : `ordinal not in range(${limit})`)]));
          out.push(b - 0xdc00);
        }
        break;
      default: unknownHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

function pushUtf8(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

function pushAscii(out: number[], s: string): void {
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
}

// ---------------------------------------------------------------- decoding

/**
 * The length of the valid UTF-8 sequence at b[i], or how it is invalid: CPython's decoder reports
 * a bad start byte alone, a sequence cut short by the end of the data whole, and a sequence broken
 * by a bad continuation up to the last good byte (the Unicode "maximal subpart").
 */
function utf8Sequence(b: Uint8Array, i: number): { len: number; reason: string | null } {
  const lead = b[i]!;
  let need: number;
  let lo = 0x80, hi = 0xbf; // the allowed range of the second byte
  if (lead < 0x80) return { len: 1, reason: null };
  if (lead < 0xc2) return { len: 1, reason: 'invalid start byte' };
  if (lead < 0xe0) need = 1;
  else if (lead < 0xf0) {
    need = 2;
    if (lead === 0xe0) lo = 0xa0;
    else if (lead === 0xed) hi = 0x9f;
  } else if (lead < 0xf5) {
    need = 3;
    if (lead === 0xf0) lo = 0x90;
    else if (lead === 0xf4) hi = 0x8f;
  } else return { len: 1, reason: 'invalid start byte' };
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { len: b.length - i, reason: 'unexpected end of data' };
    const c = b[i + k]!;
    const ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
    if (!ok) return { len: k, reason: 'invalid continuation byte' };
  }
  return { len: need + 1, reason: null };
}

function decodeUtf8Char(b: Uint8Array, i: number, len: number): number {
  const lead = b[i]!;
  if (len === 1) return lead;
  let c = lead & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let k = 1; k < len; k++) c = (c << 6) | (b[i + k]! & 0x3f);
  return c;
}

/** bytes.decode: the text of `b`, or a UnicodeDecodeError / LookupError as CPython raises them. */
export function decodeBytes(b: Uint8Array, codec: Codec, errors = 'strict'): string {
  const parts: string[] = [];
  let run = '';
  let i = codec === 'utf-8-sig' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length) {
    let len = 1;
    let reason: string | null = null;
    if (codec === 'ascii') {
      if (b[i]! >= 0x80) reason = 'ordinal not in range(128)';
    } else if (codec !== 'latin-1') {
      ({ len, reason } = utf8Sequence(b, i));
    }
    if (reason === null) {
      run += String.fromCodePoint(codec === 'latin-1' || codec === 'ascii' ? b[i]! : decodeUtf8Char(b, i, len));
      i += len;
      if (run.length > 4096) { parts.push(run); run = ''; }
      continue;
    }
    switch (errors) {
      case 'strict':
        throw new PyErr(newException(UnicodeDecodeError, [newStr(displayName(codec)),
          newObjectOfType(BytesType, b.slice(), 33 + b.length), intFromNumber(i), intFromNumber(i + len), newStr(reason)]));
      case 'ignore': break;
      case 'replace': run += '\ufffd'; break;
      case 'backslashreplace': for (let k = i; k < i + len; k++) run += charEscape(b[k]!); break;
      case 'surrogateescape': for (let k = i; k < i + len; k++) run += String.fromCharCode(0xdc00 + b[k]!); break;
      case 'xmlcharrefreplace': typeError("don't know how to handle UnicodeDecodeError in error callback");
      default: unknownHandler(errors);
    }
    i += len;
  }
  parts.push(run);
  return parts.join('');
}

/** str(exc) of a UnicodeEncodeError / UnicodeDecodeError made of its five arguments. */
export function unicodeErrorMessage(decode: boolean, args: readonly Value[]): string | null {
  const [encoding, object, start, end, reason] = args;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof encoding !== 'object' ||
    typeof reason !== 'object' || typeof object !== 'object' || encoding.type !== StrType || reason.type !== StrType) return null;
  const enc = encoding.data as string, why = reason.data as string;
  if (decode) {
    if (object.type !== BytesType) return null;
    const bytes = object.data as Uint8Array;
    if (end === start + 1 && start < bytes.length) {
      return `'${enc}' codec can't decode byte 0x${bytes[start]!.toString(16).padStart(2, '0')} in position ${start}: ${why}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${why}`;
  }
  if (object.type !== StrType) return null;
  const chars = Array.from(object.data as string);
  if (end === start + 1 && start < chars.length) {
    return `'${enc}' codec can't encode character '${charEscape(chars[start]!.codePointAt(0)!)}' in position ${start}: ${why}`;
  }
  return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${why}`;
}
