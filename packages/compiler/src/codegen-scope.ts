// Code that creates nested code objects: def, class, lambda, comprehensions (compile.c's
// compiler_function, compiler_class, compiler_lambda, compiler_comprehension, compiler_make_closure).
import type * as ast from '@pyarena/parser';
import type { CodeObject, Const } from './code-object';
import type { Compiler } from './codegen';
import { callHelper } from './codegen-call';
import { constValue, jumpIf, visitExpr, visitExprs } from './codegen-expr';
import { docstringOf, visitBody, visitStmts } from './codegen-stmt';
import * as op from './opcodes';
import { mangle } from './symtable';
import { JUMP } from './unit';

/**
 * Pushes the function object for `code`: its closure (the cells named by code.freevars, found
 * in the current unit) when it has free variables, then MAKE_FUNCTION with `flags`.
 */
export function makeClosure(c: Compiler, code: CodeObject, flags: number): void {
  if (code.freevars.length) {
    for (const name of code.freevars) c.emit(op.LOAD_CLOSURE, c.closureIndex(name));
    c.emit(op.BUILD_TUPLE, code.freevars.length);
    flags |= 8;
  }
  c.loadConst({ type: 'code', code });
  c.emit(op.MAKE_FUNCTION, flags);
}

/** Defaults tuple (flag 1) and keyword-only defaults dict (flag 2), evaluated at def time. */
function defaultArguments(c: Compiler, args: ast.Arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    const consts = args.defaults.map(constValue);
    if (consts.every((k) => k !== null)) {
      c.loadConst({ type: 'tuple', items: consts as Const[] });
    } else {
      visitExprs(c, args.defaults);
      c.emit(op.BUILD_TUPLE, args.defaults.length);
    }
    flags |= 1;
  }
  const keys: Const[] = [];
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kwDefaults[i];
    if (!d) return;
    keys.push({ type: 'str', value: mangle(c.u.privateName, a.arg) });
    visitExpr(c, d);
  });
  if (keys.length) {
    c.loadConst({ type: 'tuple', items: keys });
    c.emit(op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= 2;
  }
  return flags;
}

function setArgCounts(c: Compiler, args: ast.Arguments): void {
  c.u.argcount = args.posonlyargs.length + args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
}

function applyDecorators(c: Compiler, decorators: ast.Expr[], s: ast.Span): void {
  c.setLoc(s);
  for (let i = 0; i < decorators.length; i++) c.emit(op.CALL, 1);
}

/**
 * def: decorators, then defaults, then the function; consts[0] of the function's code is its
 * docstring or None (CPython 3.11). Annotations are not evaluated (see README).
 */
export function compileFunction(c: Compiler, s: ast.FunctionDef): void {
  visitExprs(c, s.decorators);
  const firstLineno = s.decorators.length ? s.decorators[0]!.lineno : s.lineno;
  c.setLoc(s);
  const flags = defaultArguments(c, s.args);
  c.enterScope(s.name, 'function', s, firstLineno);
  const doc = docstringOf(s.body);
  c.u.addConst(doc !== null ? { type: 'str', value: doc } : { type: 'None' });
  setArgCounts(c, s.args);
  visitStmts(c, doc !== null ? s.body.slice(1) : s.body);
  const code = c.exitScope();
  c.setLoc(s);
  makeClosure(c, code, flags);
  applyDecorators(c, s.decorators, s);
  c.nameOp(s.name, 'Store');
}

/**
 * class: __build_class__(func, name, *bases, **keywords). The body function stores __module__
 * and __qualname__ first; when methods use super()/__class__, the body has a `__class__` cell,
 * stores it as `__classcell__` and returns it (CPython 3.11), otherwise it returns None.
 */
export function compileClass(c: Compiler, s: ast.ClassDef): void {
  visitExprs(c, s.decorators);
  const firstLineno = s.decorators.length ? s.decorators[0]!.lineno : s.lineno;
  c.enterScope(s.name, 'class', s, firstLineno);
  c.setLoc(s);
  c.nameOp('__name__', 'Load');
  c.nameOp('__module__', 'Store');
  c.loadConst({ type: 'str', value: c.u.qualname });
  c.nameOp('__qualname__', 'Store');
  visitBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    c.emit(op.LOAD_CLOSURE, c.u.derefIndex('__class__', true));
    c.emit(op.COPY, 1);
    c.nameOp('__classcell__', 'Store');
  } else {
    c.loadNone();
  }
  c.emit(op.RETURN_VALUE);
  const code = c.exitScope();
  c.setLoc(s);
  c.emit(op.LOAD_BUILD_CLASS);
  makeClosure(c, code, 0);
  c.loadConst({ type: 'str', value: s.name });
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorators, s);
  c.nameOp(s.name, 'Store');
}

export function compileLambda(c: Compiler, e: ast.Lambda): void {
  const flags = defaultArguments(c, e.args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.u.addConst({ type: 'None' }); // consts[0]: a lambda never has a docstring
  setArgCounts(c, e.args);
  visitExpr(c, e.body);
  if (c.u.ste.generator) {
    // `lambda: (yield)`: the body's value is dropped; the generator returns None.
    c.emit(op.POP_TOP);
    c.loadNone();
  }
  c.emit(op.RETURN_VALUE);
  const code = c.exitScope();
  makeClosure(c, code, flags);
}

type Comp = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

const COMP_NAMES: Record<Comp['kind'], string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};
const COMP_BUILD: Record<Comp['kind'], number> = {
  ListComp: op.BUILD_LIST, SetComp: op.BUILD_SET, DictComp: op.BUILD_MAP, GeneratorExp: -1,
};

/**
 * A comprehension is a nested function called with one argument, the iterator over its first
 * iterable (evaluated here, in the enclosing scope); inside it is the parameter `.0`.
 */
export function compileComprehension(c: Compiler, e: Comp): void {
  c.enterScope(COMP_NAMES[e.kind], 'comprehension', e, e.lineno);
  c.setLoc(e);
  c.u.argcount = 1;
  const build = COMP_BUILD[e.kind];
  if (build >= 0) c.emit(build, 0);
  comprehensionGenerator(c, e, 0, 0);
  if (build >= 0) c.emit(op.RETURN_VALUE);
  const code = c.exitScope();
  makeClosure(c, code, 0);
  visitExpr(c, e.generators[0]!.iter);
  c.setLoc(e);
  c.emit(op.GET_ITER);
  c.emit(op.CALL, 1);
}

/** One `for ... in ... if ...` level; `depth` counts the iterators below the result on the stack. */
function comprehensionGenerator(c: Compiler, e: Comp, genIndex: number, depth: number): void {
  const start = c.newLabel(), ifCleanup = c.newLabel(), anchor = c.newLabel();
  const gen = e.generators[genIndex]!;
  if (genIndex === 0) {
    c.emit(op.LOAD_FAST, c.u.varnameIndex('.0'));
  } else {
    visitExpr(c, gen.iter);
    c.emit(op.GET_ITER);
  }
  depth++;
  c.useLabel(start);
  c.jump(op.FOR_ITER, anchor);
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (genIndex + 1 < e.generators.length) {
    comprehensionGenerator(c, e, genIndex + 1, depth);
  } else {
    switch (e.kind) {
      case 'GeneratorExp':
        visitExpr(c, e.elt);
        c.emit(op.YIELD_VALUE);
        c.emit(op.POP_TOP);
        break;
      case 'ListComp':
        visitExpr(c, e.elt);
        c.emit(op.LIST_APPEND, depth + 1);
        break;
      case 'SetComp':
        visitExpr(c, e.elt);
        c.emit(op.SET_ADD, depth + 1);
        break;
      case 'DictComp':
        visitExpr(c, e.key);
        visitExpr(c, e.value);
        c.emit(op.MAP_ADD, depth + 1);
        break;
    }
  }
  c.useLabel(ifCleanup);
  c.jump(JUMP, start);
  c.useLabel(anchor);
}
