// try/except/finally and with, using the exception-table model of CPython 3.11 (compile.c's
// compiler_try_except, compiler_try_finally, compiler_with), and the frame-block stack that
// break/continue/return unwind through (compiler_unwind_fblock).
//
// Shapes (depths are relative to the stack at the statement's start; `[n] lasti` as in dis):
//
//   try: B  except E as e: H            try: B  finally: F             with M as x: B
//       SETUP_FINALLY L_exc                 SETUP_FINALLY L_fin             M; BEFORE_WITH
//       B; POP_BLOCK; (else); JUMP end      B; POP_BLOCK; F; JUMP exit      SETUP_WITH L_final
//   L_exc: SETUP_CLEANUP L_cu   [0]     L_fin: SETUP_CLEANUP L_cu [0]      STORE x; B; POP_BLOCK
//       PUSH_EXC_INFO                       PUSH_EXC_INFO                   None None None CALL 3
//       E; CHECK_EXC_MATCH                  F; RERAISE 0                    POP_TOP; JUMP exit
//       POP_JUMP_IF_FALSE L_next        L_cu: COPY 3; POP_EXCEPT;       L_final: (exit lasti exc) [1] lasti
//       STORE e; SETUP_CLEANUP L_ce         RERAISE 1                       SETUP_CLEANUP L_cu
//       H; POP_BLOCK; POP_BLOCK         exit:                               PUSH_EXC_INFO
//       POP_EXCEPT; e=None; del e                                           WITH_EXCEPT_START
//       JUMP end                                                            POP_JUMP_IF_TRUE L_sup
//   L_ce: e=None; del e; RERAISE 1  [1] lasti                               COPY 3; SWAP 2; RERAISE 1
//   L_next: RERAISE 0                                                   L_cu: COPY 3; POP_EXCEPT; RERAISE 1 [3] lasti
//   L_cu: COPY 3; POP_EXCEPT; RERAISE 1 [1] lasti                       L_sup: POP_TOP; POP_BLOCK
//   end:                                                                    POP_EXCEPT; POP_TOP; POP_TOP
//                                                                       exit:
// RERAISE with an argument pops lasti from just under the exception (opcodes.ts), where CPython's
// RERAISE 2 reads it from deeper: the with-statement's re-raise therefore copies it up first.
import type * as ast from '@pyarena/parser';
import type { Compiler } from './codegen';
import { visitExpr } from './codegen-expr';
import { visitStmts } from './codegen-stmt';
import * as op from './opcodes';
import { JUMP, POP_BLOCK, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH, type FBlock, type FBlockType, type Label } from './unit';

export function pushFBlock(c: Compiler, type: FBlockType, block: Label | null, exit: Label | null, datum: unknown): void {
  c.u.fblocks.push({ type, block, exit, datum });
}

export function popFBlock(c: Compiler, type: FBlockType): void {
  const f = c.u.fblocks.pop();
  if (!f || f.type !== type) throw new Error(`compiler: fblock mismatch, expected ${type}`);
}

/** COPY 3; POP_EXCEPT; RERAISE 1: restore the previously handled exception, then re-raise. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(op.COPY, 3);
  c.emit(op.POP_EXCEPT);
  c.emit(op.RERAISE, 1);
}

/** Calls the bound __exit__ under the value on top with (None, None, None). */
function callExitWithNones(c: Compiler): void {
  c.loadNone();
  c.loadNone();
  c.loadNone();
  c.emit(op.CALL, 3);
}

/**
 * Emits the code leaving fblock `f` early (break/continue/return). `preserveTos`: a return
 * value sits on top of the stack and must survive.
 */
export function unwindFBlock(c: Compiler, f: FBlock, preserveTos: boolean): void {
  switch (f.type) {
    case 'WHILE_LOOP':
    case 'EXCEPTION_HANDLER':
      return;
    case 'FOR_LOOP':
    case 'POP_VALUE':
      // Drop the iterator (or the saved value).
      if (preserveTos) c.emit(op.SWAP, 2);
      c.emit(op.POP_TOP);
      return;
    case 'TRY_EXCEPT':
      c.emit(POP_BLOCK);
      return;
    case 'FINALLY_TRY': {
      c.emit(POP_BLOCK);
      if (preserveTos) pushFBlock(c, 'POP_VALUE', null, null, null);
      visitStmts(c, f.datum as ast.Stmt[]);
      if (preserveTos) popFBlock(c, 'POP_VALUE');
      c.unsetLoc();
      return;
    }
    case 'FINALLY_END':
      if (preserveTos) c.emit(op.SWAP, 2);
      c.emit(op.POP_TOP); // the exception
      if (preserveTos) c.emit(op.SWAP, 2);
      c.emit(POP_BLOCK);
      c.emit(op.POP_EXCEPT);
      return;
    case 'WITH': {
      c.setLoc(f.datum as ast.With);
      c.emit(POP_BLOCK);
      if (preserveTos) c.emit(op.SWAP, 2);
      callExitWithNones(c);
      c.emit(op.POP_TOP);
      c.unsetLoc();
      return;
    }
    case 'HANDLER_CLEANUP': {
      const name = f.datum as string | null;
      if (name !== null) c.emit(POP_BLOCK);
      if (preserveTos) c.emit(op.SWAP, 2);
      c.emit(POP_BLOCK);
      c.emit(op.POP_EXCEPT);
      if (name !== null) {
        c.loadNone();
        c.nameOp(name, 'Store');
        c.nameOp(name, 'Del');
      }
      return;
    }
  }
}

/**
 * Unwinds every fblock from the innermost outwards. With `toLoop`, stops at (and returns) the
 * innermost loop, leaving it to the caller; returns null when there is none.
 */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const stack = c.u.fblocks;
  if (!stack.length) return null;
  const top = stack[stack.length - 1]!;
  if (toLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  stack.pop();
  try {
    unwindFBlock(c, top, preserveTos);
    return unwindFBlockStack(c, preserveTos, toLoop);
  } finally {
    stack.push(top);
  }
}

export function compileTry(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

function compileTryFinally(c: Compiler, s: ast.Try): void {
  const body = c.newLabel(), end = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
  c.jump(SETUP_FINALLY, end);
  c.useLabel(body);
  pushFBlock(c, 'FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) compileTryExcept(c, s);
  else visitStmts(c, s.body);
  c.unsetLoc();
  c.emit(POP_BLOCK);
  popFBlock(c, 'FINALLY_TRY');
  visitStmts(c, s.finalbody);
  c.unsetLoc();
  c.jump(JUMP, exit);
  // The exceptional path: the finally body runs with the exception on the stack, then re-raises.
  c.useLabel(end);
  c.jump(SETUP_CLEANUP, cleanup);
  c.emit(op.PUSH_EXC_INFO);
  pushFBlock(c, 'FINALLY_END', end, null, null);
  visitStmts(c, s.finalbody);
  popFBlock(c, 'FINALLY_END');
  c.unsetLoc();
  c.emit(op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(exit);
}

function compileTryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newLabel(), except = c.newLabel(), end = c.newLabel(), cleanup = c.newLabel();
  c.jump(SETUP_FINALLY, except);
  c.useLabel(body);
  pushFBlock(c, 'TRY_EXCEPT', body, null, null);
  visitStmts(c, s.body);
  popFBlock(c, 'TRY_EXCEPT');
  c.unsetLoc();
  c.emit(POP_BLOCK);
  visitStmts(c, s.orelse);
  c.unsetLoc();
  c.jump(JUMP, end);

  c.useLabel(except);
  c.unsetLoc();
  c.jump(SETUP_CLEANUP, cleanup);
  c.emit(op.PUSH_EXC_INFO);
  pushFBlock(c, 'EXCEPTION_HANDLER', null, null, null);
  s.handlers.forEach((h, i) => {
    c.setLoc(h);
    if (!h.type && i < s.handlers.length - 1) c.error("default 'except:' must be last", h);
    const next = c.newLabel();
    if (h.type) {
      visitExpr(c, h.type);
      c.emit(op.CHECK_EXC_MATCH);
      c.jump(op.POP_JUMP_IF_FALSE, next);
    }
    if (h.name !== null) {
      // except E as name:  try: H  finally: name = None; del name
      const cleanupEnd = c.newLabel(), cleanupBody = c.newLabel();
      c.nameOp(h.name, 'Store');
      c.jump(SETUP_CLEANUP, cleanupEnd);
      c.useLabel(cleanupBody);
      pushFBlock(c, 'HANDLER_CLEANUP', cleanupBody, null, h.name);
      visitStmts(c, h.body);
      popFBlock(c, 'HANDLER_CLEANUP');
      c.unsetLoc();
      c.emit(POP_BLOCK);
      c.emit(POP_BLOCK);
      c.emit(op.POP_EXCEPT);
      c.loadNone();
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      c.jump(JUMP, end);

      c.useLabel(cleanupEnd);
      c.unsetLoc();
      c.loadNone();
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      c.emit(op.RERAISE, 1);
    } else {
      const cleanupBody = c.newLabel();
      c.emit(op.POP_TOP); // the exception
      c.useLabel(cleanupBody);
      pushFBlock(c, 'HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, h.body);
      popFBlock(c, 'HANDLER_CLEANUP');
      c.unsetLoc();
      c.emit(POP_BLOCK);
      c.emit(op.POP_EXCEPT);
      c.jump(JUMP, end);
    }
    c.useLabel(next);
  });
  c.unsetLoc();
  popFBlock(c, 'EXCEPTION_HANDLER');
  c.emit(op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(end);
}

/** `with a as x, b as y: B` is compiled as nested with-statements, one item per level. */
export function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel(), final = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
  visitExpr(c, item.contextExpr);
  c.setLoc(s);
  c.emit(op.BEFORE_WITH);
  c.jump(SETUP_WITH, final);
  c.useLabel(block);
  pushFBlock(c, 'WITH', block, final, s);
  if (item.optionalVars) visitExpr(c, item.optionalVars);
  else c.emit(op.POP_TOP);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  c.unsetLoc();
  c.emit(POP_BLOCK);
  popFBlock(c, 'WITH');
  // Normal exit: __exit__(None, None, None).
  c.setLoc(s);
  callExitWithNones(c);
  c.emit(op.POP_TOP);
  c.jump(JUMP, exit);

  // Exceptional exit: (exit lasti exc) -> __exit__(type, exc, tb); a true result swallows it.
  c.useLabel(final);
  c.jump(SETUP_CLEANUP, cleanup);
  c.emit(op.PUSH_EXC_INFO);
  c.emit(op.WITH_EXCEPT_START);
  const suppress = c.newLabel();
  c.jump(op.POP_JUMP_IF_TRUE, suppress);
  c.emit(op.COPY, 3); // lasti, brought up under the exception for RERAISE 1
  c.emit(op.SWAP, 2);
  c.emit(op.RERAISE, 1);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(suppress);
  c.emit(op.POP_TOP); // the exception
  c.emit(POP_BLOCK);
  c.emit(op.POP_EXCEPT);
  c.emit(op.POP_TOP); // lasti
  c.emit(op.POP_TOP); // __exit__
  c.useLabel(exit);
}
