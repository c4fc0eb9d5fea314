// Comparisons and conditional jumps (compile.c's compiler_compare, compiler_jump_if).
import type * as ast from '@pyarena/parser';
import type { Compiler } from './codegen';
import { visitExpr } from './codegen-expr';
import * as op from './opcodes';
import { JUMP, type Label } from './unit';

function emitCompareOp(c: Compiler, o: ast.CmpOperator): void {
  switch (o) {
    case 'Is': return c.emit(op.IS_OP, 0);
    case 'IsNot': return c.emit(op.IS_OP, 1);
    case 'In': return c.emit(op.CONTAINS_OP, 0);
    case 'NotIn': return c.emit(op.CONTAINS_OP, 1);
    case 'Lt': return c.emit(op.COMPARE_OP, op.CMP_LT);
    case 'LtE': return c.emit(op.COMPARE_OP, op.CMP_LE);
    case 'Eq': return c.emit(op.COMPARE_OP, op.CMP_EQ);
    case 'NotEq': return c.emit(op.COMPARE_OP, op.CMP_NE);
    case 'Gt': return c.emit(op.COMPARE_OP, op.CMP_GT);
    case 'GtE': return c.emit(op.COMPARE_OP, op.CMP_GE);
  }
}

/** `a < b < c`: b is evaluated once; SWAP/COPY keep it for the next link; false short-circuits. */
export function compileCompare(c: Compiler, e: ast.Compare): void {
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    emitCompareOp(c, e.ops[0]!);
    return;
  }
  const cleanup = c.newLabel(), end = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.emit(op.SWAP, 2);
    c.emit(op.COPY, 2);
    emitCompareOp(c, e.ops[i]!);
    c.jump(op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n]!);
  emitCompareOp(c, e.ops[n]!);
  c.jump(JUMP, end);
  c.useLabel(cleanup);
  c.emit(op.SWAP, 2);
  c.emit(op.POP_TOP);
  c.useLabel(end);
}

const isNone = (e: ast.Expr): boolean => e.kind === 'Constant' && e.value.type === 'None';

/** compiler_jump_if: jump to `next` when the truth of `e` equals `cond`, without building a bool. */
export function jumpIf(c: Compiler, e: ast.Expr, next: Label, cond: boolean): void {
  switch (e.kind) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const orOp = e.op === 'Or';
      const next2 = orOp !== cond ? c.newLabel() : next;
      const last = e.values.length - 1;
      for (let i = 0; i < last; i++) jumpIf(c, e.values[i]!, next2, orOp);
      jumpIf(c, e.values[last]!, next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel(), next2 = c.newLabel();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.jump(JUMP, end);
      c.useLabel(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n === 0 && (e.ops[0] === 'Is' || e.ops[0] === 'IsNot') && isNone(e.comparators[0]!)) {
        // `x is None` jumps on the value itself (CPython's optimizer makes POP_JUMP_IF_NONE too).
        visitExpr(c, e.left);
        const jumpOnNone = (e.ops[0] === 'Is') === cond;
        c.jump(jumpOnNone ? op.POP_JUMP_IF_NONE : op.POP_JUMP_IF_NOT_NONE, next);
        return;
      }
      if (n > 0) {
        visitExpr(c, e.left);
        const cleanup = c.newLabel(), end = c.newLabel();
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.emit(op.SWAP, 2);
          c.emit(op.COPY, 2);
          emitCompareOp(c, e.ops[i]!);
          c.jump(op.POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]!);
        emitCompareOp(c, e.ops[n]!);
        c.jump(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, next);
        c.jump(JUMP, end);
        c.useLabel(cleanup);
        c.emit(op.POP_TOP);
        if (!cond) c.jump(JUMP, next);
        c.useLabel(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.jump(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, next);
}
