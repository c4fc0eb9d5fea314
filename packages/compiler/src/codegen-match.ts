// The match statement (PEP 634), after CPython 3.11's compiler_match and compiler_pattern_*.
//
// A pattern is compiled with the subject on top of the stack and consumes it. What a pattern has
// matched so far stays on the stack: `onTop` items it still needs (a sequence's remaining items,
// a mapping's keys tuple), and below them the values to bind, one per name in `stores` (the
// first name's value nearest the top). Nothing is bound until the whole pattern has matched, so
// a failed case binds nothing. On failure a pattern jumps to failPop[n], which pops the n items
// then on the stack and falls through the lower labels to failPop[0].
//
// As in compile.c the "current location" is the last pattern entered, and the compile-time
// SyntaxErrors point there (e.g. the second `x` of "multiple assignments to name 'x'").
import type * as ast from '@pyarena/parser';
import type { Const } from './code-object';
import type { Compiler } from './codegen';
import { jumpIf } from './codegen-cond';
import { constValue, visitExpr } from './codegen-expr';
import { visitStmts } from './codegen-stmt';
import * as op from './opcodes';
import { CodeAddresses, constRepr } from './repr';
import { JUMP, type Label } from './unit';

interface PatternContext {
  /** Names captured so far, in the order of their values on the stack (top first). */
  stores: string[];
  /** May this pattern match anything? Only in the last case, a guarded case or a sub-pattern. */
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

const isWildcard = (p: ast.Pattern): boolean => p.kind === 'MatchAs' && p.name === null;
const isStarWildcard = (p: ast.Pattern): boolean => p.kind === 'MatchStar' && p.name === null;

/** The span errors are reported at: the location of the last pattern entered. */
function here(c: Compiler): ast.Span {
  return c.u.loc;
}

export function compileMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const n = s.cases.length;
  const last = s.cases[n - 1]!;
  // A trailing `case _:` needs no copy of the subject and no pattern code.
  const hasDefault = isWildcard(last.pattern) && n > 1;
  const matched = hasDefault ? n - 1 : n;
  for (let i = 0; i < matched; i++) {
    const m = s.cases[i]!;
    c.setLoc(m.pattern);
    const keepSubject = i !== matched - 1;
    if (keepSubject) c.emit(op.COPY, 1);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === n - 1, failPop: [], onTop: 0 };
    compilePattern(c, m.pattern, pc);
    // It matched: bind the captured names (their values are on the stack, the first on top).
    for (const name of pc.stores) c.nameOp(name, 'Store');
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0]!, false);
    }
    if (keepSubject) c.emit(op.POP_TOP);
    visitStmts(c, m.body);
    c.jump(JUMP, end);
    // The clean-up after a failed match belongs to the pattern's line, not the body's last.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    c.setLoc(last.pattern);
    // Line coverage for the default case, which makes no code of its own.
    c.emit(op.NOP);
    if (last.guard !== null) jumpIf(c, last.guard, end, false);
    visitStmts(c, last.body);
  }
  c.useLabel(end);
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(c.newLabel());
}

/** Jumps (with `opcode`) to the label popping everything this pattern has left on the stack. */
function jumpToFailPop(c: Compiler, pc: PatternContext, opcode: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(opcode, pc.failPop[pops]!);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let k = pc.failPop.length - 1; k > 0; k--) {
    c.useLabel(pc.failPop[k]!);
    c.emit(op.POP_TOP);
  }
  c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

/** Moves the top of the stack `count - 1` places down (SWAP count, ..., SWAP 2). */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit(op.SWAP, count--);
}

/** The value on top is to be bound to `name` (null: discarded) once the whole pattern matches. */
function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(op.POP_TOP);
    return;
  }
  if (name === '__debug__') c.error('cannot assign to __debug__', here(c));
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, here(c));
  // Under the items still needed and the values already captured.
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function compilePattern(c: Compiler, p: ast.Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p.kind) {
    case 'MatchValue':
      return compileValue(c, p, pc);
    case 'MatchSingleton':
      if (p.value.type === 'None') {
        // CPython's optimizer makes `LOAD_CONST None; IS_OP; POP_JUMP_IF_FALSE` this one jump.
        jumpToFailPop(c, pc, op.POP_JUMP_IF_NOT_NONE);
        return;
      }
      c.loadConst(p.value);
      c.emit(op.IS_OP, 0);
      return jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
    case 'MatchSequence':
      return compileSequence(c, p, pc);
    case 'MatchMapping':
      return compileMapping(c, p, pc);
    case 'MatchClass':
      return compileClass(c, p, pc);
    case 'MatchStar':
      return storeName(c, p.name, pc);
    case 'MatchAs':
      return compileAs(c, p, pc);
    case 'MatchOr':
      return compileOr(c, p, pc);
  }
}

/** A sub-pattern may be irrefutable even where its parent may not (`[x]` in a non-final case). */
function compileSubpattern(c: Compiler, p: ast.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

/** Literals and dotted names (after constant folding: `-1` and `1 + 2j` are literals too). */
function isValueExpr(e: ast.Expr): boolean {
  return e.kind === 'Constant' || e.kind === 'Attribute' || e.kind === 'UnaryOp' || e.kind === 'BinOp';
}

function compileValue(c: Compiler, p: ast.MatchValue, pc: PatternContext): void {
  if (!isValueExpr(p.value)) c.error('patterns may only match literals and attribute lookups', here(c));
  visitExpr(c, p.value);
  c.emit(op.COMPARE_OP, op.CMP_EQ);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
}

function compileAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) c.error(`name capture '${p.name}' makes remaining patterns unreachable`, here(c));
      c.error('wildcard makes remaining patterns unreachable', here(c));
    }
    return storeName(c, p.name, pc);
  }
  // Keep a copy of the subject to bind if the inner pattern matches.
  pc.onTop++;
  c.emit(op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function compileSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub.kind === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern', here(c));
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      return;
    }
    onlyWildcard &&= isWildcard(sub);
  });
  // The subject stays on top through the type and length checks.
  pc.onTop++;
  c.emit(op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  if (star < 0 || size > 1) {
    c.emit(op.GET_LEN);
    c.loadConst({ type: 'int', value: BigInt(star < 0 ? size : size - 1) });
    c.emit(op.COMPARE_OP, star < 0 ? op.CMP_EQ : op.CMP_GE);
    jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    // [], [_], [_, *_] ...: nothing left to check.
    c.emit(op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscr(c, patterns, star, pc);
  } else {
    sequenceUnpack(c, patterns, star, pc);
  }
}

/** Unpacks every item (UNPACK_SEQUENCE / UNPACK_EX) and matches them in order. */
function sequenceUnpack(c: Compiler, patterns: ast.Pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  if (star < 0) {
    c.emit(op.UNPACK_SEQUENCE, size);
  } else {
    if (star >= 1 << 8 || size - star - 1 >= 1 << 24) {
      c.error('too many expressions in star-unpacking sequence pattern', here(c));
    }
    c.emit(op.UNPACK_EX, star + ((size - star - 1) << 8));
  }
  pc.onTop += size;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
}

/**
 * With a `*_` the middle is never needed: subscript only the items that are matched (negative
 * positions as len - k, since the subject may not support negative indexes).
 */
function sequenceSubscr(c: Compiler, patterns: ast.Pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  pc.onTop++;
  patterns.forEach((sub, i) => {
    if (isWildcard(sub) || i === star) return;
    c.emit(op.COPY, 1);
    if (i < star) {
      c.loadConst({ type: 'int', value: BigInt(i) });
    } else {
      c.emit(op.GET_LEN);
      c.loadConst({ type: 'int', value: BigInt(size - i) });
      c.emit(op.BINARY_OP, op.NB_SUBTRACT);
    }
    c.emit(op.BINARY_SUBSCR);
    compileSubpattern(c, sub, pc);
  });
  pc.onTop--;
  c.emit(op.POP_TOP);
}

/** A mapping key as CPython's AST optimizer folds it: `-1` is a constant. */
function keyConst(key: ast.Expr): Const | null {
  return key.kind === 'Constant' || key.kind === 'UnaryOp' ? constValue(key) : null;
}

/** Keys equal as Python values (1 == 1.0 == True) get one identity, as in a set. */
function keyIdentity(k: Const): string {
  switch (k.type) {
    case 'int': return `n${k.value}`;
    case 'bool': return `n${k.value ? 1 : 0}`;
    case 'float': return Number.isInteger(k.value) ? `n${BigInt(k.value)}` : `f${k.value}`;
    case 'str': return `s${k.value}`;
    case 'bytes': return `b${Array.from(k.value).join(',')}`;
    default: return k.type;
  }
}

function compileMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const { keys, patterns } = p;
  const size = keys.length;
  pc.onTop++;
  c.emit(op.MATCH_MAPPING);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === null) {
    // `{}` matches any mapping.
    pc.onTop--;
    c.emit(op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(op.GET_LEN);
    c.loadConst({ type: 'int', value: BigInt(size) });
    c.emit(op.COMPARE_OP, op.CMP_GE);
    jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  }
  // The keys as one tuple for MATCH_KEYS (and **rest); literal duplicates are refused here.
  const seen = new Set<string>();
  const consts: Const[] = [];
  for (const key of keys) {
    const k = keyConst(key);
    if (k !== null) {
      const id = keyIdentity(k);
      if (seen.has(id)) c.error(`mapping pattern checks duplicate key (${constRepr(k, new CodeAddresses())})`, here(c));
      seen.add(id);
      consts.push(k);
    } else if (key.kind !== 'Attribute' && key.kind !== 'BinOp') {
      c.error('mapping pattern keys may only match literals and attribute lookups', here(c));
    }
  }
  if (consts.length === size) {
    c.loadConst({ type: 'tuple', items: consts });
  } else {
    for (const key of keys) visitExpr(c, key);
    c.emit(op.BUILD_TUPLE, size);
  }
  c.emit(op.MATCH_KEYS);
  // The keys tuple and the values tuple (or None) now sit on the subject.
  pc.onTop += 2;
  c.emit(op.COPY, 1);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_NONE);
  c.emit(op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
  // A match: what follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (p.rest !== null) {
    // rest = dict(subject); del rest[k] for each key.
    c.emit(op.BUILD_MAP, 0); //            subject keys {}
    c.emit(op.SWAP, 3); //                 {} keys subject
    c.emit(op.DICT_UPDATE, 2); //          rest keys
    c.emit(op.UNPACK_SEQUENCE, size); //   rest k_size .. k_1
    for (let left = size; left > 0; left--) {
      c.emit(op.COPY, 1 + left); //        rest k.. k_i rest
      c.emit(op.SWAP, 2); //               rest k.. rest k_i
      c.emit(op.DELETE_SUBSCR);
    }
    storeName(c, p.rest, pc);
  } else {
    c.emit(op.POP_TOP); // the keys tuple
    c.emit(op.POP_TOP); // the subject
  }
}

function compileClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwdAttrs.length;
  if (nattrs > 0) {
    p.kwdAttrs.forEach((attr, i) => {
      c.setLoc(p.kwdPatterns[i]!);
      if (attr === '__debug__') c.error('cannot assign to __debug__', here(c));
      for (let j = i + 1; j < nattrs; j++) {
        if (p.kwdAttrs[j] === attr) {
          c.setLoc(p.kwdPatterns[j]!);
          c.error(`attribute name repeated in class pattern: ${attr}`, here(c));
        }
      }
    });
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst({ type: 'tuple', items: p.kwdAttrs.map((a): Const => ({ type: 'str', value: a })) });
  c.emit(op.MATCH_CLASS, nargs);
  c.emit(op.COPY, 1);
  // The tuple of nargs + nattrs attributes (or None) is on top.
  pc.onTop++;
  jumpToFailPop(c, pc, op.POP_JUMP_IF_NONE);
  c.emit(op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  [...p.patterns, ...p.kwdPatterns].forEach((sub) => {
    pc.onTop--;
    if (isWildcard(sub)) c.emit(op.POP_TOP);
    else compileSubpattern(c, sub, pc);
  });
}

function compileOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newLabel();
  const n = p.patterns.length;
  const outer = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  // The names the first alternative binds: every other one must bind the same, and its values
  // are reordered on the stack to this order.
  let control: string[] = [];
  const differ = (): never => c.error('alternative patterns bind different names', here(c));
  for (let i = 0; i < n; i++) {
    const alt = p.patterns[i]!;
    c.setLoc(alt);
    pc.stores = [];
    // An irrefutable alternative must be the last, if it is allowed at all.
    pc.allowIrrefutable = i === n - 1 && outer.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(op.COPY, 1);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      differ();
    } else {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const istores = pc.stores.indexOf(control[icontrol]!);
        if (istores < 0) differ();
        if (istores !== icontrol) {
          // Rotate the first istores + 1 values (and names) into place under the others.
          const rotations = istores + 1;
          const moved = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...moved);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    c.jump(JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = outer.stores;
  pc.allowIrrefutable = outer.allowIrrefutable;
  pc.failPop = outer.failPop;
  pc.onTop = outer.onTop;
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.emit(op.POP_TOP);
  jumpToFailPop(c, pc, JUMP);
  c.useLabel(end);
  // Move each capture under the subject copy, the items on top and the earlier captures.
  const nrots = control.length + 1 + pc.onTop + pc.stores.length;
  for (const name of control) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, here(c));
    pc.stores.push(name);
  }
  c.emit(op.POP_TOP);
}
