// str.format (Objects/stringlib/unicode_format.h): replacement fields {name!conv:spec} with
// automatic or explicit numbering, attribute and index lookups, and nested specs.

import type { Value } from '@pyarena/memory';
import { newStr } from '../objects/constructors';
import { IndexError, KeyError, newException, PyErr, raise, valueError } from '../errors';
import { decref } from '../refs';
import { getAttr } from '../ops/attr';
import { getItem } from '../ops/subscript';
import { repr, str } from '../ops/repr';
import { formatBuiltin } from '../ops/format';
import { asciiRepr, evalHooks } from '../ops/eval-helpers';

export function formatString(fmt: string, args: Value[], kwnames: readonly string[] | null): string {
  return formatWith(fmt, args, kwnames, { auto: 0, manual: false, autoUsed: false });
}

interface Numbering { auto: number; manual: boolean; autoUsed: boolean }

function formatWith(fmt: string, args: Value[], kwnames: readonly string[] | null, numbering: Numbering,
  mapping: Value | null = null): string {
  const nkw = kwnames?.length ?? 0;
  const positional = args.slice(0, args.length - nkw);
  const keywords = new Map<string, Value>();
  for (let i = 0; i < nkw; i++) keywords.set(kwnames![i]!, args[args.length - nkw + i]!);
  const state = numbering;

  const resolve = (field: string): Value => {
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    const head = m[1]!;
    let rest = m[2]!;
    let v: Value;
    if (head === '') {
      if (state.manual) valueError('cannot switch from manual field specification to automatic field numbering');
      state.autoUsed = true;
      const i = state.auto++;
      if (i >= positional.length) raise(IndexError, `Replacement index ${i} out of range for positional args tuple`);
      v = positional[i]!;
    } else if (/^\d+$/.test(head)) {
      if (state.autoUsed) valueError('cannot switch from automatic field numbering to manual field specification');
      state.manual = true;
      const i = Number(head);
      if (i >= positional.length) raise(IndexError, `Replacement index ${i} out of range for positional args tuple`);
      v = positional[i]!;
    } else {
      if (mapping !== null) {
        const key = newStr(head);
        try {
          v = getItem(mapping, key);
        } finally {
          decref(key);
        }
        decref(v);
      } else {
        const found = keywords.get(head);
        if (found === undefined) throw new PyErr(newException(KeyError, [newStr(head)]));
        v = found;
      }
    }
    if (typeof v === 'object') v.refcnt++;
    try {
      while (rest.length > 0) {
        let next: Value;
        const attr = /^\.(\w+)/.exec(rest);
        if (attr !== null) {
          next = getAttr(v, attr[1]!);
          rest = rest.slice(attr[0].length);
        } else {
          const idx = /^\[([^\]]*)\]/.exec(rest);
          if (idx === null) valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
          const keyText = idx[1]!;
          const key = /^\d+$/.test(keyText) ? Number(keyText) : newStr(keyText);
          try {
            next = getItem(v, key);
          } finally {
            decref(key);
          }
          rest = rest.slice(idx[0].length);
        }
        decref(v);
        v = next;
      }
    } catch (e) {
      decref(v); // a failed lookup releases the object it was made on
      throw e;
    }
    return v;
  };

  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (depth > 0) valueError("expected '}' before end of string");
      const inner = fmt.slice(i + 1, j);
      const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(inner);
      if (m === null) valueError('unmatched \'{\' in format spec');
      const v = resolve(m[1]!);
      let spec = m[3] ?? '';
      if (spec.includes('{')) spec = formatWith(spec, args, kwnames, state, mapping);
      try {
        let target: Value = v;
        let text: string;
        if (m[2] !== undefined) {
          const conv = m[2] === 'r' ? repr(v) : m[2] === 's' ? str(v) : asciiRepr(v);
          target = newStr(conv);
          text = formatBuiltin(target, spec) ?? conv;
          decref(target);
        } else {
          text = formatBuiltin(v, spec) ?? evalHooks.formatOther(v, spec);
        }
        out += text;
      } finally {
        decref(v);
      }
      i = j + 1;
    } else if (c === '}') {
      if (fmt[i + 1] !== '}') valueError("Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** str.format_map(mapping): fields are looked up by name in the mapping. */
export function formatWithMapping(fmt: string, mapping: Value): string {
  return formatWith(fmt, [], null, { auto: 0, manual: false, autoUsed: false }, mapping);
}
