// Symbol tables, after CPython 3.11's Python/symtable.c. Two passes:
//  1. build: walk the AST, one SymbolTableEntry per scope (module, class, function, lambda,
//     comprehension), recording how each name is used (DEF_* flags below);
//  2. analyze: resolve every name to a scope (LOCAL, GLOBAL_*, FREE, CELL), inner scopes first
//     seeing what their enclosing functions bind.
// The compiler (codegen.ts) only asks `entry.scopeOf(name)` and reads the flags it needs.
import type * as ast from '@pyarena/parser';
import { syntaxError, type ErrorSite } from './errors';

/** How a name is used in one scope (a bit set, as symtable.c's DEF_*). */
export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE = 32,
  DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The resolved scope of a name (0 when the name does not occur in the block). */
export const LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;
export const SCOPE_NAMES = ['', 'local', 'global_explicit', 'global_implicit', 'free', 'cell'];

export type BlockType = 'module' | 'function' | 'class';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

const COMP_DESCRIPTION: Record<ComprehensionKind, string> = {
  list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension',
  generator: 'generator expression',
};

export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, number>();
  /** Parameters in CPython's order (positional, keyword-only, *args, **kwargs); mangled. */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** First global/nonlocal statement (or walrus) naming each name: where analysis errors point. */
  readonly directives = new Map<string, ast.Span>();
  nested = false;
  generator = false;
  varargs = false;
  varkeywords = false;
  /** This block has free variables / some child block has. */
  free = false;
  childFree = false;
  /** A class whose methods use `super` or `__class__`: its body code gets a `__class__` cell. */
  needsClassClosure = false;
  comprehension: ComprehensionKind | null = null;
  /** Set while visiting a comprehension's iteration target / counting nested iterable visits. */
  compIterTarget = false;
  compIterExpr = 0;

  readonly name: string;
  readonly type: BlockType;
  readonly node: object;
  readonly lineno: number;
  readonly parent: SymbolTableEntry | null;

  constructor(name: string, type: BlockType, node: object, lineno: number, parent: SymbolTableEntry | null) {
    this.name = name;
    this.type = type;
    this.node = node;
    this.lineno = lineno;
    this.parent = parent;
    if (parent && (parent.nested || parent.type === 'function')) this.nested = true;
  }

  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0. */
  scopeOf(name: string): number {
    return this.scopes.get(name) ?? 0;
  }
}

/** CPython's _Py_Mangle: `__x` inside class `_C` becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

export class SymbolTable {
  readonly top: SymbolTableEntry;
  private readonly byNode = new Map<object, SymbolTableEntry>();

  constructor(top: SymbolTableEntry, entries: Map<object, SymbolTableEntry>) {
    this.top = top;
    this.byNode = entries;
  }

  /** The entry of a Module, FunctionDef, ClassDef, Lambda or comprehension node. */
  lookup(node: object): SymbolTableEntry {
    const e = this.byNode.get(node);
    if (!e) throw new Error('symtable: no entry for node');
    return e;
  }
}

/** Builds and analyzes the symbol table of a module. Throws CompileError for scoping errors. */
export function buildSymtable(mod: ast.Module, site: ErrorSite): SymbolTable {
  const b = new Builder(site, mod);
  for (const s of mod.body) b.visitStmt(s);
  analyzeBlock(site, b.top, null, new Set(), new Set());
  return new SymbolTable(b.top, b.entries);
}

// ---------------------------------------------------------------- pass 1: build

class Builder {
  readonly top: SymbolTableEntry;
  readonly entries = new Map<object, SymbolTableEntry>();
  private cur: SymbolTableEntry;
  private stack: SymbolTableEntry[] = [];
  private privateName: string | null = null;
  private readonly site: ErrorSite;

  constructor(site: ErrorSite, mod: ast.Module) {
    this.site = site;
    this.top = this.cur = this.newEntry('top', 'module', mod, 0);
  }

  private newEntry(name: string, type: BlockType, node: object, lineno: number): SymbolTableEntry {
    const e = new SymbolTableEntry(name, type, node, lineno, this.stack.length ? this.cur : null);
    this.entries.set(node, e);
    return e;
  }

  private enterBlock(name: string, type: BlockType, node: object, lineno: number): void {
    const e = this.newEntry(name, type, node, lineno);
    this.cur.children.push(e);
    this.stack.push(this.cur);
    this.cur = e;
  }

  private exitBlock(): void {
    this.cur = this.stack.pop()!;
  }

  private error(msg: string, span: ast.Span): never {
    throw syntaxError(this.site, msg, span);
  }

  /** symtable_add_def: record a use of `name` in the current block (or `ste`). */
  addDef(name: string, flag: number, span: ast.Span, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) this.error(`duplicate argument '${name}' in function definition`, span);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, span);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) this.top.symbols.set(mangled, (this.top.symbols.get(mangled) ?? 0) | flag);
  }

  private recordDirective(name: string, span: ast.Span): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, span);
  }

  private lookupFlags(name: string): number {
    return this.cur.flagsOf(mangle(this.privateName, name));
  }

  visitStmts(body: ast.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  visitStmt(s: ast.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.args);
        // Annotations are not evaluated by this compiler (see README), so they bind nothing.
        for (const d of s.decorators) this.visitExpr(d);
        this.enterBlock(s.name, 'function', s, s.lineno);
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const b of s.bases) this.visitExpr(b);
        for (const k of s.keywords) this.visitExpr(k.value);
        for (const d of s.decorators) this.visitExpr(d);
        this.enterBlock(s.name, 'class', s, s.lineno);
        const saved = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) this.visitExpr(s.value);
        break;
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        break;
      case 'Assign':
        for (const t of s.targets) this.visitExpr(t);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'With':
        for (const item of s.items) {
          this.visitExpr(item.contextExpr);
          if (item.optionalVars) this.visitExpr(item.optionalVars);
        }
        this.visitStmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
        break;
      case 'Try':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitGlobalOrNonlocal(s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private visitGlobalOrNonlocal(s: ast.Global | ast.Nonlocal): void {
    const what = s.kind === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.lookupFlags(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
        else msg = `name '${name}' is assigned to before ${what} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, s.kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const t = s.target;
    if (t.kind === 'Name') {
      const cur = this.lookupFlags(t.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
        this.error(`annotated name '${t.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
      }
      if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
      else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
    } else {
      this.visitExpr(t);
    }
    this.visitExpr(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  private visitAlias(a: ast.Alias): void {
    // `import a.b` binds `a`; `import a.b as c` binds `c`.
    const storeName = a.asname ?? a.name.split('.')[0]!;
    if (storeName !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== 'module') {
      this.error('import * only allowed at module level', a);
    }
  }

  private visitDefaults(args: ast.Arguments): void {
    for (const d of args.defaults) this.visitExpr(d);
    for (const d of args.kwDefaults) if (d) this.visitExpr(d);
  }

  private visitArguments(args: ast.Arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  visitExpr(e: ast.Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        if (this.cur.compIterExpr > 0) {
          this.error('assignment expression cannot be used in a comprehension iterable expression', e);
        }
        if (this.cur.comprehension) this.extendNamedExprScope(e.target);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case 'BoolOp':
        for (const v of e.values) this.visitExpr(v);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitDefaults(e.args);
        this.enterBlock('lambda', 'function', e, e.lineno);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k);
        for (const v of e.values) this.visitExpr(v);
        break;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const x of e.elts) this.visitExpr(x);
        break;
      case 'ListComp':
        this.visitComprehension(e, 'list', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.visitComprehension(e, 'set', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, 'dict', e.generators, e.key, e.value);
        break;
      case 'GeneratorExp':
        this.visitComprehension(e, 'generator', e.generators, e.elt, null);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.error(`'yield' inside ${COMP_DESCRIPTION[this.cur.comprehension]}`, e);
        break;
      case 'Compare':
        this.visitExpr(e.left);
        for (const c of e.comparators) this.visitExpr(c);
        break;
      case 'Call':
        this.visitExpr(e.func);
        for (const a of e.args) this.visitExpr(a);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.formatSpec) this.visitExpr(e.formatSpec);
        break;
      case 'JoinedStr':
        for (const v of e.values) this.visitExpr(v);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // Zero-argument super() needs the __class__ cell (PEP 3135).
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        break;
    }
  }

  /**
   * Comprehensions are function scopes of their own, except that the first iterable is
   * evaluated in the enclosing scope and passed in as the implicit parameter `.0`.
   */
  private visitComprehension(
    e: ast.Expr, kind: ComprehensionKind, generators: ast.Comprehension[], elt: ast.Expr, value: ast.Expr | null,
  ): void {
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(`<${kind === 'generator' ? 'genexpr' : kind + 'comp'}>`, 'function', e, e.lineno);
    this.cur.comprehension = kind;
    this.addDef('.0', DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    for (const cond of outermost.ifs) this.visitExpr(cond);
    for (const gen of generators.slice(1)) {
      this.cur.compIterTarget = true;
      this.visitExpr(gen.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(gen.iter);
      this.cur.compIterExpr--;
      for (const cond of gen.ifs) this.visitExpr(cond);
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    if (kind === 'generator') this.cur.generator = true;
    this.exitBlock();
  }

  /** PEP 572: a walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    const inCur = this.cur.flagsOf(mangle(this.privateName, name));
    if (inCur & DEF_COMP_ITER) this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
    const chain = [...this.stack, this.cur].reverse();
    for (const ste of chain) {
      if (ste.comprehension) {
        if (ste.flagsOf(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === 'function') {
        const there = ste.flagsOf(mangle(this.privateName, name));
        this.addDef(name, there & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }
}

// ---------------------------------------------------------------- pass 2: analyze

/**
 * Resolves the scope of every name in `ste` and its children. `bound` holds the names bound by
 * enclosing function scopes (null at module level), `global` the names declared or known global;
 * names free in this block (or passing through it) are added to `free` for the parent.
 */
function analyzeBlock(site: ErrorSite, ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>,
  global: Set<string>): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  // A class body's names are invisible to its methods, so children see only what we were given.
  if (ste.type === 'class') {
    for (const g of global) newGlobal.add(g);
    if (bound) for (const b of bound) newBound.add(b);
  }
  for (const [name, flags] of ste.symbols) analyzeName(site, ste, name, flags, bound, local, free, global);
  if (ste.type !== 'class') {
    if (ste.type === 'function') for (const l of local) newBound.add(l);
    if (bound) for (const b of bound) newBound.add(b);
    for (const g of global) newGlobal.add(g);
  } else {
    // Methods may refer to __class__: it resolves to a cell of the class body (see dropClassFree).
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(site, child, new Set(newBound), childFree, new Set(newGlobal));
    for (const f of childFree) allFree.add(f);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const f of allFree) newFree.add(f);
  if (ste.type === 'function') {
    // Locals captured by inner functions become cells.
    for (const [name, scope] of ste.scopes) {
      if (scope === LOCAL && newFree.has(name)) {
        ste.scopes.set(name, CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === 'class' && newFree.delete('__class__')) {
    ste.needsClassClosure = true;
  }
  updateSymbols(ste, bound, newFree);
  for (const f of newFree) free.add(f);
}

function analyzeName(site: ErrorSite, ste: SymbolTableEntry, name: string, flags: number, bound: Set<string> | null,
  local: Set<string>, free: Set<string>, global: Set<string>): void {
  const at = (msg: string): never => {
    throw syntaxError(site, msg, ste.directives.get(name) ?? { lineno: ste.lineno, col: 0, endLineno: ste.lineno, endCol: 0 });
  };
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) at(`name '${name}' is nonlocal and global`);
    ste.scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) at('nonlocal declaration not allowed at module level');
    if (!bound!.has(name)) at(`no binding for nonlocal '${name}' found`);
    ste.scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // A name used but not bound here: free if an enclosing function binds it, else global.
  if (bound && bound.has(name)) {
    ste.scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    ste.scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  ste.scopes.set(name, GLOBAL_IMPLICIT);
}

/**
 * Records free variables of children that pass through this block. A class body gets a FREE
 * entry for them (so it can hand the cell to its methods' closures); when the class itself also
 * binds the name, the entry stays LOCAL for the body and DEF_FREE_CLASS marks the closure use.
 */
function updateSymbols(ste: SymbolTableEntry, bound: Set<string> | null, childFree: Set<string>): void {
  for (const name of childFree) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      if (ste.type === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    ste.symbols.set(name, DEF_FREE);
    ste.scopes.set(name, FREE);
  }
}
