// Expressions (compile.c's compiler_visit_expr1 and helpers): operators, displays, subscripts,
// comparisons, conditional jumps, f-strings, yield, and assignment targets (the Store/Del
// contexts of Name/Attribute/Subscript/Tuple/List).
import type * as ast from '@pyarena/parser';
import type { Const } from './code-object';
import type { Compiler } from './codegen';
import { compileCall } from './codegen-call';
import { compileComprehension, compileLambda } from './codegen-scope';
import { binopArg } from './codegen-stmt';
import * as op from './opcodes';
import { compileCompare, jumpIf } from './codegen-cond';
import { JUMP } from './unit';

export { jumpIf };

/** Stack items a display may push before switching to incremental building (compile.c). */
export const STACK_USE_GUIDELINE = 30;

/**
 * The value of an expression known at compile time, as CPython's AST optimizer folds it:
 * literals, `-literal`, and tuples of constants. Null otherwise.
 */
export function constValue(e: ast.Expr): Const | null {
  switch (e.kind) {
    case 'Constant':
      return e.value;
    case 'UnaryOp': {
      if (e.op !== 'USub' && e.op !== 'UAdd') return null;
      const v = constValue(e.operand);
      if (!v) return null;
      const neg = e.op === 'USub';
      if (v.type === 'int') return neg ? { type: 'int', value: -v.value } : v;
      if (v.type === 'float') return neg ? { type: 'float', value: -v.value } : v;
      // Complex negation is left to run time: -(0j) is (-0-0j), whose real part a Const cannot hold.
      return null;
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') return null;
      const items: Const[] = [];
      for (const x of e.elts) {
        const v = constValue(x);
        if (!v) return null;
        items.push(v);
      }
      return { type: 'tuple', items };
    }
    default:
      return null;
  }
}

/** The source text of a node (for `from __future__ import annotations`). */
export function sourceSegment(c: Compiler, e: ast.Span): string {
  const src = c.site.source;
  if (src === undefined) return '...';
  const lines = src.split('\n');
  if (e.lineno === e.endLineno) return (lines[e.lineno - 1] ?? '').slice(e.col, e.endCol);
  const parts = [(lines[e.lineno - 1] ?? '').slice(e.col)];
  for (let l = e.lineno + 1; l < e.endLineno; l++) parts.push(lines[l - 1] ?? '');
  parts.push((lines[e.endLineno - 1] ?? '').slice(0, e.endCol));
  return parts.join('\n');
}

const UNARY: Record<ast.UnaryOperator, number> = {
  UAdd: op.UNARY_POSITIVE, USub: op.UNARY_NEGATIVE, Not: op.UNARY_NOT, Invert: op.UNARY_INVERT,
};

export function visitExprs(c: Compiler, es: ast.Expr[]): void {
  for (const e of es) visitExpr(c, e);
}

/** Compiles `e`; instructions carry e's location, restored afterwards (as compiler_visit_expr). */
export function visitExpr(c: Compiler, e: ast.Expr): void {
  const saved = c.u.loc;
  c.setLoc(e);
  visitExpr1(c, e);
  c.u.loc = saved;
}

function visitExpr1(c: Compiler, e: ast.Expr): void {
  switch (e.kind) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.emit(op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case 'BoolOp': {
      const end = c.newLabel();
      const jop = e.op === 'And' ? op.JUMP_IF_FALSE_OR_POP : op.JUMP_IF_TRUE_OR_POP;
      e.values.forEach((v, i) => {
        visitExpr(c, v);
        if (i < e.values.length - 1) c.jump(jop, end);
      });
      c.useLabel(end);
      return;
    }
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.emit(op.BINARY_OP, binopArg(e.op));
      return;
    case 'UnaryOp': {
      const k = constValue(e);
      if (k) return c.loadConst(k);
      visitExpr(c, e.operand);
      c.emit(UNARY[e.op]);
      return;
    }
    case 'Lambda':
      return compileLambda(c, e);
    case 'IfExp': {
      const end = c.newLabel(), next = c.newLabel();
      jumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.jump(JUMP, end);
      c.useLabel(next);
      visitExpr(c, e.orelse);
      c.useLabel(end);
      return;
    }
    case 'Dict':
      return compileDict(c, e);
    case 'Set':
      return starunpackHelper(c, e.elts, 0, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, false);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(c, e);
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      if (e.value) visitExpr(c, e.value);
      else c.loadNone();
      c.emit(op.YIELD_VALUE);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      visitExpr(c, e.value);
      c.emit(op.GET_YIELD_FROM_ITER);
      c.loadNone();
      addYieldFrom(c);
      return;
    case 'Compare':
      return compileCompare(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'FormattedValue':
      return compileFormattedValue(c, e);
    case 'JoinedStr':
      return compileJoinedStr(c, e);
    case 'Constant':
      return c.loadConst(e.value);
    case 'Attribute':
      visitExpr(c, e.value);
      c.setLoc(e);
      if (e.ctx === 'Load') c.emitName(op.LOAD_ATTR, e.attr);
      else if (e.ctx === 'Store') c.emitName(op.STORE_ATTR, e.attr);
      else c.emitName(op.DELETE_ATTR, e.attr);
      return;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.emit(e.ctx === 'Load' ? op.BINARY_SUBSCR : e.ctx === 'Store' ? op.STORE_SUBSCR : op.DELETE_SUBSCR);
      return;
    case 'Starred':
      if (e.ctx === 'Store') return c.error('starred assignment target must be in a list or tuple', e);
      return c.error("can't use starred expression here", e);
    case 'Slice': {
      let n = 2;
      if (e.lower) visitExpr(c, e.lower);
      else c.loadNone();
      if (e.upper) visitExpr(c, e.upper);
      else c.loadNone();
      if (e.step) {
        n = 3;
        visitExpr(c, e.step);
      }
      c.emit(op.BUILD_SLICE, n);
      return;
    }
    case 'Name':
      return c.nameOp(e.id, e.ctx);
    case 'List':
    case 'Tuple':
      if (e.ctx === 'Store') return assignmentHelper(c, e);
      if (e.ctx === 'Del') return visitExprs(c, e.elts);
      if (e.kind === 'Tuple') {
        const k = constValue(e);
        if (k) return c.loadConst(k);
        return starunpackHelper(c, e.elts, 0, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, true);
      }
      return starunpackHelper(c, e.elts, 0, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, false);
  }
}

/** SEND/YIELD_VALUE loop delegating to the iterator under the sent value (yield from). */
export function addYieldFrom(c: Compiler): void {
  const start = c.newLabel(), exit = c.newLabel();
  c.useLabel(start);
  c.jump(op.SEND, exit);
  c.emit(op.YIELD_VALUE);
  c.jump(JUMP, start);
  c.useLabel(exit);
}

/**
 * Builds a list/tuple/set display (with `pushed` items already on the stack). With a starred
 * item the sequence is built incrementally (BUILD_xxx then xxx_APPEND / xxx_EXTEND); a tuple is
 * built as a list and converted with LIST_TO_TUPLE.
 */
export function starunpackHelper(c: Compiler, elts: ast.Expr[], pushed: number, build: number, add: number,
  extend: number, tuple: boolean): void {
  const n = elts.length;
  const consts = n > 2 ? elts.map(constValue) : [];
  if (n > 2 && consts.every((k) => k !== null)) {
    const items = consts as Const[];
    if (tuple && !pushed) {
      c.loadConst({ type: 'tuple', items });
    } else {
      c.emit(build, pushed);
      c.loadConst(build === op.BUILD_SET ? { type: 'frozenset', items } : { type: 'tuple', items });
      c.emit(extend, 1);
      if (tuple) c.emit(op.LIST_TO_TUPLE);
    }
    return;
  }
  const seenStar = elts.some((x) => x.kind === 'Starred');
  const big = n + pushed > STACK_USE_GUIDELINE;
  if (!seenStar && !big) {
    visitExprs(c, elts);
    c.emit(tuple ? op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  elts.forEach((x, i) => {
    if (x.kind === 'Starred') {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      visitExpr(c, x.value);
      c.emit(extend, 1);
    } else {
      visitExpr(c, x);
      if (built) c.emit(add, 1);
    }
  });
  if (tuple) c.emit(op.LIST_TO_TUPLE);
}

/** Unpacking into a Tuple/List target: UNPACK_SEQUENCE, or UNPACK_EX around one starred item. */
function assignmentHelper(c: Compiler, e: ast.Tuple | ast.List): void {
  const n = e.elts.length;
  let seenStar = false;
  e.elts.forEach((x, i) => {
    if (x.kind !== 'Starred') return;
    if (seenStar) c.error('multiple starred expressions in assignment', e);
    if (i >= 256 || n - i - 1 >= 0x7fffffff >> 8) c.error('too many expressions in star-unpacking assignment', e);
    seenStar = true;
    c.emit(op.UNPACK_EX, i + ((n - i - 1) << 8));
  });
  if (!seenStar) c.emit(op.UNPACK_SEQUENCE, n);
  for (const x of e.elts) visitExpr(c, x.kind === 'Starred' ? x.value : x);
}

function compileDict(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let elements = 0;
  let haveDict = false;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.emit(op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]!);
      c.emit(op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.emit(op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(op.BUILD_MAP, 0);
}

/** Items begin..end-1 of a dict display as one dict (BUILD_CONST_KEY_MAP when keys are constants). */
function subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const keys = e.keys.slice(begin, end) as ast.Expr[];
  const constKeys = keys.map((k) => (k.kind === 'Constant' ? k.value : null));
  if (n > 1 && constKeys.every((k) => k !== null)) {
    visitExprs(c, e.values.slice(begin, end));
    c.loadConst({ type: 'tuple', items: constKeys as Const[] });
    c.emit(op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (big) c.emit(op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.emit(op.MAP_ADD, 1);
  }
  if (!big) c.emit(op.BUILD_MAP, n);
}

const CONVERSIONS: Record<number, number> = { [-1]: 0, 115: 1, 114: 2, 97: 3 };

function compileFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  const conv = CONVERSIONS[e.conversion];
  if (conv === undefined) throw new Error(`compiler: unknown conversion ${e.conversion}`);
  let arg = conv;
  if (e.formatSpec) {
    visitExpr(c, e.formatSpec);
    arg |= 4;
  }
  c.emit(op.FORMAT_VALUE, arg);
}

function compileJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  if (e.values.length > STACK_USE_GUIDELINE) {
    // ''.join([...]) keeps the stack small for very long f-strings.
    c.loadConst({ type: 'str', value: '' });
    c.emitRawName(op.LOAD_METHOD, 'join');
    c.emit(op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.emit(op.LIST_APPEND, 1);
    }
    c.emit(op.CALL_METHOD, 1);
    return;
  }
  visitExprs(c, e.values);
  if (e.values.length !== 1) c.emit(op.BUILD_STRING, e.values.length);
}
