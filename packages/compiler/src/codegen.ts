// AST -> code objects, after CPython 3.11's Python/compile.c. This file holds the compiler state
// (the stack of units), name resolution (compiler_nameop), scopes and qualnames; statements,
// expressions, calls, exception handling and nested scopes live in the codegen-*.ts files as
// functions taking the Compiler first, like compile.c's compiler_xxx(struct compiler *c, ...).
import type * as ast from '@pyarena/parser';
import type { CodeObject, Const } from './code-object';
import { assemble } from './assemble';
import { syntaxError, type ErrorSite } from './errors';
import * as op from './opcodes';
import {
  buildSymtable, mangle, CELL, DEF_FREE_CLASS, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
  type SymbolTable, type SymbolTableEntry,
} from './symtable';
import { CompilerUnit, JUMP, NO_LOC, locOf, type Label, type Loc, type ScopeType } from './unit';
import { findAnn, visitBody, visitStmts } from './codegen-stmt';

export interface CompileOptions {
  /** `from __future__ import annotations` seen (annotations become strings). */
  futureAnnotations: boolean;
  /** The well-placed `from __future__` statements; any other one is an error. */
  futureStmts: Set<object>;
}

export class Compiler {
  u!: CompilerUnit;
  /** The enclosing units of `u`, outermost first; `active` once the module unit exists. */
  private readonly stack: CompilerUnit[] = [];
  private active = false;

  readonly st: SymbolTable;
  readonly site: ErrorSite;
  readonly options: CompileOptions;
  /** Compiling one interactive input (CPython's c_interactive): expression statements print. */
  interactive = false;

  constructor(st: SymbolTable, site: ErrorSite, options: CompileOptions) {
    this.st = st;
    this.site = site;
    this.options = options;
  }

  // ------------------------------------------------------------ emission helpers

  emit(opcode: number, arg = 0): void {
    this.u.emit(opcode, arg);
  }

  jump(opcode: number, target: Label): void {
    this.u.emit(opcode, 0, target);
  }

  newLabel(): Label {
    return this.u.newLabel();
  }

  useLabel(l: Label): void {
    this.u.useLabel(l);
  }

  loadConst(c: Const): void {
    this.u.emit(op.LOAD_CONST, this.u.addConst(c));
  }

  loadNone(): void {
    this.loadConst({ type: 'None' });
  }

  /** An instruction whose argument is a name in co_names, mangled as compiler_addop_name does. */
  emitName(opcode: number, name: string): void {
    this.u.emit(opcode, this.u.nameIndexOf(mangle(this.u.privateName, name)));
  }

  /** Same without mangling (IMPORT_FROM of dotted parts, __annotations__...). */
  emitRawName(opcode: number, name: string): void {
    this.u.emit(opcode, this.u.nameIndexOf(name));
  }

  setLoc(span: ast.Span): void {
    this.u.loc = locOf(span);
  }

  unsetLoc(): void {
    this.u.loc = NO_LOC;
  }

  /** Runs `f` with the location set to `span`, restoring the previous one afterwards. */
  withLoc(span: ast.Span, f: () => void): void {
    const saved: Loc = this.u.loc;
    this.u.loc = locOf(span);
    f();
    this.u.loc = saved;
  }

  error(msg: string, span: ast.Span): never {
    throw syntaxError(this.site, msg, span);
  }

  // ------------------------------------------------------------ names

  /** compiler_nameop: the right LOAD/STORE/DELETE for `name` in the current scope. */
  nameOp(name: string, ctx: ast.ExprContext): void {
    const u = this.u;
    if (ctx === 'Load' && name === '__debug__') {
      this.loadConst({ type: 'bool', value: true });
      return;
    }
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === 'function';
    let kind: 'deref' | 'fast' | 'global' | 'name' = 'name';
    if (scope === FREE || scope === CELL) kind = 'deref';
    else if (scope === LOCAL && isFunction) kind = 'fast';
    else if (scope === GLOBAL_IMPLICIT && isFunction) kind = 'global';
    else if (scope === GLOBAL_EXPLICIT) kind = 'global';
    switch (kind) {
      case 'deref': {
        const i = u.derefIndex(mangled, scope === CELL);
        if (ctx === 'Load') u.emit(u.ste.type === 'class' ? op.LOAD_CLASSDEREF : op.LOAD_DEREF, i);
        else u.emit(ctx === 'Store' ? op.STORE_DEREF : op.DELETE_DEREF, i);
        return;
      }
      case 'fast':
        u.emit(ctx === 'Load' ? op.LOAD_FAST : ctx === 'Store' ? op.STORE_FAST : op.DELETE_FAST, u.varnameIndex(mangled));
        return;
      case 'global':
        u.emit(ctx === 'Load' ? op.LOAD_GLOBAL : ctx === 'Store' ? op.STORE_GLOBAL : op.DELETE_GLOBAL, u.nameIndexOf(mangled));
        return;
      case 'name':
        u.emit(ctx === 'Load' ? op.LOAD_NAME : ctx === 'Store' ? op.STORE_NAME : op.DELETE_NAME, u.nameIndexOf(mangled));
        return;
    }
  }

  /**
   * The LOAD_CLOSURE index, in the current unit, of a free variable of a code object being made
   * into a closure here (compiler_make_closure's get_ref_type dance).
   */
  closureIndex(name: string): number {
    const u = this.u;
    if (u.scopeType === 'class' && name === '__class__') return u.derefIndex(name, true);
    return u.derefIndex(name, u.ste.scopeOf(name) === CELL);
  }

  // ------------------------------------------------------------ scopes

  /** compiler_enter_scope: start a new code object for `node` (which has a symtable entry). */
  enterScope(name: string, scopeType: ScopeType, node: object, firstLineno: number): void {
    const ste = this.st.lookup(node);
    const cellvars = namesWhere(ste, (scope) => scope === CELL);
    if (ste.needsClassClosure) cellvars.push('__class__');
    const freevars = namesWhere(ste, (scope, flags) => scope === FREE || (flags & DEF_FREE_CLASS) !== 0);
    const parent = this.active ? this.u : null;
    const privateName = scopeType === 'class' ? name : parent ? parent.privateName : null;
    const unit = new CompilerUnit(ste, name, scopeType, firstLineno, privateName, cellvars, freevars);
    unit.qualname = parent ? qualnameOf(parent, name, scopeType) : name;
    if (parent) this.stack.push(parent);
    this.u = unit;
    this.active = true;
  }

  /** Assembles the current unit and returns to the enclosing one. */
  exitScope(): CodeObject {
    if (this.fallsOffEnd()) {
      // The implicit `return None` at the end of every body (artificial: no line of its own).
      this.unsetLoc();
      this.loadNone();
      this.emit(op.RETURN_VALUE);
    }
    const code = assemble(this.u, this.site.filename);
    const parent = this.stack.pop();
    if (parent) this.u = parent;
    else this.active = false;
    return code;
  }

  /** Can control reach the end of the current unit's instructions? */
  private fallsOffEnd(): boolean {
    const u = this.u;
    const last = u.instrs[u.instrs.length - 1];
    if (!last) return true;
    if (u.labels.some((l) => l.index === u.instrs.length)) return true;
    return !(last.op === op.RETURN_VALUE || last.op === op.RAISE_VARARGS || last.op === op.RERAISE
      || last.op === JUMP);
  }

  // ------------------------------------------------------------ module

  compileModule(mod: ast.Module): CodeObject {
    this.enterScope('<module>', 'module', mod, 1);
    visitBody(this, mod.body);
    return this.exitScope();
  }

  /** compiler_mod for Interactive_kind: no docstring; top-level expression statements print. */
  compileInteractive(mod: ast.Module): CodeObject {
    this.enterScope('<module>', 'module', mod, 1);
    if (mod.body.length) this.setLoc(mod.body[0]!);
    if (findAnn(mod.body)) this.emit(op.SETUP_ANNOTATIONS);
    this.interactive = true;
    visitStmts(this, mod.body);
    return this.exitScope();
  }
}

/** Names of `ste` selected by scope/flags, sorted as CPython's dictbytype does. */
function namesWhere(ste: SymbolTableEntry, pred: (scope: number, flags: number) => boolean): string[] {
  const out: string[] = [];
  for (const [name, flags] of ste.symbols) if (pred(ste.scopeOf(name), flags)) out.push(name);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** compiler_set_qualname: 'f.<locals>.g', 'C.m', '<listcomp>'; a `global` name stays bare. */
function qualnameOf(parent: CompilerUnit, name: string, scopeType: ScopeType): string {
  if (parent.scopeType === 'module') return name;
  if (scopeType === 'function' || scopeType === 'class') {
    const scope = parent.ste.scopeOf(mangle(parent.privateName, name));
    if (scope === GLOBAL_EXPLICIT) return name;
  }
  const base = parent.scopeType === 'function' || parent.scopeType === 'lambda'
    ? `${parent.qualname}.<locals>` : parent.qualname;
  return `${base}.${name}`;
}

const KNOWN_FUTURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);

/** future.c: `from __future__ import x` only first (after a docstring); returns the options. */
export function futureFeatures(mod: ast.Module, site: ErrorSite): CompileOptions {
  const options: CompileOptions = { futureAnnotations: false, futureStmts: new Set() };
  let done = false;
  mod.body.forEach((s, i) => {
    if (s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
      if (done) throw syntaxError(site, 'from __future__ imports must occur at the beginning of the file', s);
      for (const a of s.names) {
        if (a.name === 'braces') throw syntaxError(site, 'not a chance', s);
        if (!KNOWN_FUTURES.has(a.name)) throw syntaxError(site, `future feature ${a.name} is not defined`, s);
        if (a.name === 'annotations') options.futureAnnotations = true;
      }
      options.futureStmts.add(s);
      return;
    }
    const isDocstring = i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.type === 'str';
    if (!isDocstring) done = true;
  });
  return options;
}

/** Compiles a parsed module to its code object. Throws CompileError (a SyntaxError) on errors. */
export function compile(mod: ast.Module, filename: string, source?: string, mode: 'exec' | 'single' = 'exec'): CodeObject {
  const site: ErrorSite = { filename, source };
  const options = futureFeatures(mod, site);
  const st = buildSymtable(mod, site);
  const c = new Compiler(st, site, options);
  return mode === 'single' ? c.compileInteractive(mod) : c.compileModule(mod);
}
