// Symbol tables, after CPython 3.11's Python/symtable.c. Two passes:
//  1. build: walk the AST, one SymbolTableEntry per scope (module, class, function, lambda,
//     comprehension), recording how each name is used (DEF_* flags below);
//  2. analyze: resolve every name to a scope (LOCAL, GLOBAL_*, FREE, CELL), inner scopes first
//     seeing what their enclosing functions bind.
// The compiler (codegen.ts) only asks `entry.scopeOf(name)` and reads the flags it needs.
// Pass 1 lives in symtable-build.ts, pass 2 in symtable-analyze.ts.
import type * as ast from '@pyarena/parser';
import type { ErrorSite } from './errors';
import { analyzeBlock } from './symtable-analyze';
import { Builder } from './symtable-build';

/** How a name is used in one scope (a bit set, as symtable.c's DEF_*). */
export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE = 32,
  DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The resolved scope of a name (0 when the name does not occur in the block). */
export const LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;
export const SCOPE_NAMES = ['', 'local', 'global_explicit', 'global_implicit', 'free', 'cell'];

export type BlockType = 'module' | 'function' | 'class';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';


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
