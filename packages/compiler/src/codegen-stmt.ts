// Statements (compile.c's compiler_visit_stmt and friends), except try/with (codegen-try.ts)
// and def/class (codegen-scope.ts).
import type * as ast from '@pyarena/parser';
import type { Compiler } from './codegen';
import { constValue, jumpIf, sourceSegment, visitExpr } from './codegen-expr';
import { compileMatch } from './codegen-match';
import { compileClass, compileFunction } from './codegen-scope';
import { compileTry, compileWith, popFBlock, pushFBlock, unwindFBlock, unwindFBlockStack } from './codegen-try';
import * as op from './opcodes';
import { mangle } from './symtable';
import { JUMP } from './unit';

/** compiler_body: module and class bodies (docstring into __doc__, SETUP_ANNOTATIONS). */
export function visitBody(c: Compiler, stmts: ast.Stmt[]): void {
  if (c.u.scopeType === 'module' && stmts.length) c.setLoc(stmts[0]!);
  if (findAnn(stmts)) c.emit(op.SETUP_ANNOTATIONS);
  let i = 0;
  const doc = docstringOf(stmts);
  if (doc !== null) {
    i = 1;
    visitExpr(c, (stmts[0] as ast.ExprStmt).value);
    c.unsetLoc();
    c.nameOp('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

/** _PyAST_GetDocString: the first statement, if it is a string literal expression. */
export function docstringOf(stmts: ast.Stmt[]): string | null {
  const s = stmts[0];
  if (s && s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.type === 'str') return s.value.value.value;
  return null;
}

/** find_ann: does any (possibly nested) statement annotate a target? */
export function findAnn(stmts: ast.Stmt[]): boolean {
  for (const s of stmts) {
    switch (s.kind) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'While':
      case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With':
        if (findAnn(s.body)) return true;
        break;
      case 'Try':
        if (findAnn(s.body) || findAnn(s.orelse) || findAnn(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnn(h.body)) return true;
        break;
      case 'Match':
        for (const m of s.cases) if (findAnn(m.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

export function visitStmts(c: Compiler, stmts: ast.Stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

export function visitStmt(c: Compiler, s: ast.Stmt): void {
  c.setLoc(s);
  switch (s.kind) {
    case 'FunctionDef':
      return compileFunction(c, s);
    case 'ClassDef':
      return compileClass(c, s);
    case 'Return':
      return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) visitExpr(c, t);
      return;
    case 'Assign':
      visitExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.emit(op.COPY, 1);
        visitExpr(c, t);
      });
      return;
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If':
      return compileIf(c, s);
    case 'With':
      return compileWith(c, s, 0);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.emit(op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      return compileTry(c, s);
    case 'Match':
      return compileMatch(c, s);
    case 'Assert':
      return compileAssert(c, s);
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileImportFrom(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      // Interactive input ('single' mode) shows the value of a top-level expression statement.
      if (c.interactive && c.u.scopeType === 'module') {
        visitExpr(c, s.value);
        c.emit(op.PRINT_EXPR);
        return;
      }
      // A constant statement (docstring-like) keeps only its line, as a NOP.
      if (s.value.kind === 'Constant') {
        c.emit(op.NOP);
        return;
      }
      visitExpr(c, s.value);
      c.emit(op.POP_TOP);
      return;
    case 'Pass':
      c.emit(op.NOP);
      return;
    case 'Break':
      return compileBreak(c, s);
    case 'Continue':
      return compileContinue(c, s);
  }
}

function compileReturn(c: Compiler, s: ast.Return): void {
  const constant = s.value ? constValue(s.value) : null;
  const preserveTos = s.value !== null && constant === null;
  if (c.u.ste.type !== 'function') c.error("'return' outside function", s);
  if (preserveTos) {
    visitExpr(c, s.value!);
  } else if (s.value) {
    c.setLoc(s.value);
    c.emit(op.NOP);
  }
  if (!s.value || s.value.lineno !== s.lineno) {
    c.setLoc(s);
    c.emit(op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (!s.value) c.loadNone();
  else if (!preserveTos) c.loadConst(constant!);
  c.emit(op.RETURN_VALUE);
}

function compileBreak(c: Compiler, s: ast.Break): void {
  c.emit(op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) c.error("'break' outside loop", s);
  unwindFBlock(c, loop, false);
  c.jump(JUMP, loop.exit!);
}

function compileContinue(c: Compiler, s: ast.Continue): void {
  c.emit(op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) c.error("'continue' not properly in loop", s);
  c.jump(JUMP, loop.block!);
}

/** The exhausted FOR_ITER jumps past the loop body straight to `cleanup` (the else clause). */
function compileFor(c: Compiler, s: ast.For): void {
  const start = c.newLabel(), cleanup = c.newLabel(), end = c.newLabel();
  pushFBlock(c, 'FOR_LOOP', start, end, null);
  visitExpr(c, s.iter);
  c.emit(op.GET_ITER);
  c.useLabel(start);
  c.jump(op.FOR_ITER, cleanup);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.jump(JUMP, start);
  c.useLabel(cleanup);
  popFBlock(c, 'FOR_LOOP');
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

/**
 * Test at the top, JUMP_BACKWARD at the bottom (CPython 3.11 duplicates the test at the bottom
 * instead): every loop back-edge is then a JUMP_BACKWARD, the VM's safepoint.
 * `while True:` (a true constant) has no test at all.
 */
function compileWhile(c: Compiler, s: ast.While): void {
  const loop = c.newLabel(), anchor = c.newLabel(), end = c.newLabel();
  const k = constValue(s.test);
  const alwaysTrue = k !== null && constTruth(k) === true;
  c.useLabel(loop);
  pushFBlock(c, 'WHILE_LOOP', loop, end, null);
  if (!alwaysTrue) jumpIf(c, s.test, anchor, false);
  visitStmts(c, s.body);
  c.setLoc(s);
  c.jump(JUMP, loop);
  popFBlock(c, 'WHILE_LOOP');
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

/** Truth value of a constant, or null when it cannot be known statically. */
function constTruth(k: ReturnType<typeof constValue> & object): boolean | null {
  switch (k.type) {
    case 'bool': return k.value;
    case 'int': return k.value !== 0n;
    case 'float': return k.value !== 0;
    case 'str': return k.value !== '';
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'tuple': return k.items.length > 0;
    default: return null;
  }
}

function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.unsetLoc();
    c.jump(JUMP, end);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

const INPLACE: Record<ast.BinOperator, number> = {
  Add: op.NB_ADD, BitAnd: op.NB_AND, FloorDiv: op.NB_FLOOR_DIVIDE, LShift: op.NB_LSHIFT,
  MatMult: op.NB_MATRIX_MULTIPLY, Mult: op.NB_MULTIPLY, Mod: op.NB_REMAINDER, BitOr: op.NB_OR,
  Pow: op.NB_POWER, RShift: op.NB_RSHIFT, Sub: op.NB_SUBTRACT, Div: op.NB_TRUE_DIVIDE, BitXor: op.NB_XOR,
};
export function binopArg(o: ast.BinOperator): number {
  return INPLACE[o];
}

/** `t op= v`: the target's container and key are evaluated once (COPY), then re-stored (SWAP). */
function compileAugAssign(c: Compiler, s: ast.AugAssign): void {
  const t = s.target;
  c.setLoc(t);
  switch (t.kind) {
    case 'Attribute':
      visitExpr(c, t.value);
      c.emit(op.COPY, 1);
      c.emitName(op.LOAD_ATTR, t.attr);
      break;
    case 'Subscript':
      visitExpr(c, t.value);
      visitExpr(c, t.slice);
      c.emit(op.COPY, 2);
      c.emit(op.COPY, 2);
      c.emit(op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameOp(t.id, 'Load');
      break;
    default:
      c.error(`'${t.kind}' is an illegal expression for augmented assignment`, t);
  }
  visitExpr(c, s.value);
  c.setLoc(s);
  c.emit(op.BINARY_OP, INPLACE[s.op] + op.NB_INPLACE_OFFSET);
  c.setLoc(t);
  switch (t.kind) {
    case 'Attribute':
      c.emit(op.SWAP, 2);
      c.emitName(op.STORE_ATTR, t.attr);
      break;
    case 'Subscript':
      c.emit(op.SWAP, 3);
      c.emit(op.SWAP, 2);
      c.emit(op.STORE_SUBSCR);
      break;
    default:
      c.nameOp((t as ast.Name).id, 'Store');
  }
}

/**
 * `x: T = v`. In a module or class a simple name's annotation is stored into
 * `__annotations__[name]`; in functions annotations are never evaluated (as CPython).
 */
function compileAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const t = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, t);
  }
  const atTop = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  switch (t.kind) {
    case 'Name':
      if (s.simple && atTop) {
        visitAnnotation(c, s.annotation);
        c.emitRawName(op.LOAD_NAME, '__annotations__');
        c.loadConst({ type: 'str', value: mangle(c.u.privateName, t.id) });
        c.emit(op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, t.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, t.value);
        checkAnnExpr(c, t.slice);
      }
      break;
    default:
      c.error(`illegal target for annotation`, t);
  }
  // Annotations of complex targets are evaluated (and dropped) in modules and classes only.
  if (!s.simple && atTop && !c.options.futureAnnotations) checkAnnExpr(c, s.annotation);
}

/** An annotation value: the evaluated expression, or its source text under `annotations` future. */
function visitAnnotation(c: Compiler, e: ast.Expr): void {
  if (c.options.futureAnnotations) c.loadConst({ type: 'str', value: sourceSegment(c, e) });
  else visitExpr(c, e);
}

function checkAnnExpr(c: Compiler, e: ast.Expr): void {
  visitExpr(c, e);
  c.emit(op.POP_TOP);
}

/** `assert t, msg` -> if not t: raise AssertionError(msg). */
function compileAssert(c: Compiler, s: ast.Assert): void {
  const end = c.newLabel();
  jumpIf(c, s.test, end, true);
  c.emit(op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.emit(op.CALL, 1);
  }
  c.emit(op.RAISE_VARARGS, 1);
  c.useLabel(end);
}

/**
 * `import a.b.c` binds the top package `a` (IMPORT_NAME returns it when fromlist is None);
 * `import a.b.c as d` walks down with IMPORT_FROM b, IMPORT_FROM c as CPython 3.11 does.
 */
function compileImport(c: Compiler, s: ast.Import): void {
  for (const a of s.names) {
    c.setLoc(s);
    c.loadConst({ type: 'int', value: 0n });
    c.loadNone();
    c.emitName(op.IMPORT_NAME, a.name);
    if (a.asname !== null) {
      const parts = a.name.split('.');
      if (parts.length > 1) {
        parts.slice(1).forEach((attr, i) => {
          c.emitRawName(op.IMPORT_FROM, attr);
          if (i < parts.length - 2) {
            c.emit(op.SWAP, 2);
            c.emit(op.POP_TOP);
          }
        });
        c.nameOp(a.asname, 'Store');
        c.emit(op.POP_TOP);
      } else {
        c.nameOp(a.asname, 'Store');
      }
    } else {
      c.nameOp(a.name.split('.')[0]!, 'Store');
    }
  }
}

function compileImportFrom(c: Compiler, s: ast.ImportFrom): void {
  if (s.module === '__future__' && !c.options.futureStmts.has(s)) {
    c.error('from __future__ imports must occur at the beginning of the file', s);
  }
  c.loadConst({ type: 'int', value: BigInt(s.level) });
  c.loadConst({ type: 'tuple', items: s.names.map((a) => ({ type: 'str', value: a.name })) });
  c.emitName(op.IMPORT_NAME, s.module ?? '');
  for (const a of s.names) {
    if (a.name === '*') {
      c.emit(op.IMPORT_STAR);
      return;
    }
    c.emitName(op.IMPORT_FROM, a.name);
    c.nameOp(a.asname ?? a.name, 'Store');
  }
  c.emit(op.POP_TOP);
}
