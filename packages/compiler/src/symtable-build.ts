// Symbol table pass 1 (symtable.c's symtable_visit_*): walk the AST, one entry per scope,
// recording how each name is used. Errors CPython raises while visiting are raised here.
import type * as ast from '@pyarena/parser';
import { syntaxError, type ErrorSite } from './errors';
import {
  mangle, SymbolTableEntry, DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM,
  USE, type BlockType, type ComprehensionKind,
} from './symtable';

const COMP_DESCRIPTION: Record<ComprehensionKind, string> = {
  list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension',
  generator: 'generator expression',
};

export class Builder {
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
      case 'Match':
        this.visitExpr(s.subject);
        for (const m of s.cases) {
          this.visitPattern(m.pattern);
          if (m.guard) this.visitExpr(m.guard);
          this.visitStmts(m.body);
        }
        break;
    }
  }

  /** Names a pattern captures are local bindings, as assignment targets are. */
  private visitPattern(p: ast.Pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const sub of p.patterns) this.visitPattern(sub);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const sub of p.patterns) this.visitPattern(sub);
        for (const sub of p.kwdPatterns) this.visitPattern(sub);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
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
