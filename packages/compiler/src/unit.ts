// One compilation unit = one code object being built (CPython's struct compiler_unit): the
// instruction list with symbolic labels, the constant/name/variable tables, and the stack of
// frame blocks ("fblocks") that break/continue/return unwind through.
import type { Span } from '@pyarena/parser';
import type { Const } from './code-object';
import type { SymbolTableEntry } from './symtable';

/**
 * Pseudo-instructions: emitted by codegen, removed by the assembler (CPython 3.11 has the same
 * ones). SETUP_* start an exception-handler range whose handler is the label (FINALLY: the
 * handler gets the exception only; CLEANUP: lasti too; WITH: as CLEANUP but the range starts
 * above the __enter__ result), POP_BLOCK ends the innermost one, JUMP becomes JUMP_FORWARD or
 * JUMP_BACKWARD once the layout is known.
 */
export const SETUP_FINALLY = -1, SETUP_CLEANUP = -2, SETUP_WITH = -3, POP_BLOCK = -4, JUMP = -5;
export const PSEUDO_NAMES: Record<number, string> = {
  [SETUP_FINALLY]: 'SETUP_FINALLY', [SETUP_CLEANUP]: 'SETUP_CLEANUP', [SETUP_WITH]: 'SETUP_WITH',
  [POP_BLOCK]: 'POP_BLOCK', [JUMP]: 'JUMP',
};

export interface Loc {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}
/** Artificial code (CPython's UNSET_LOC): the assembler gives it a neighbour's location. */
export const NO_LOC: Loc = Object.freeze({ lineno: -1, endLineno: -1, col: -1, endCol: -1 });

export function locOf(span: Span): Loc {
  return { lineno: span.lineno, endLineno: span.endLineno, col: span.col, endCol: span.endCol };
}

export class Label {
  /** Index in CompilerUnit.instrs of the first instruction after the label; -1 until bound. */
  index = -1;
}

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  loc: Loc;
}

export type ScopeType = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

/** Frame blocks, as compile.c's fblocktype: what unwinding out of each construct must emit. */
export type FBlockType =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH'
  | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER';

export interface FBlock {
  type: FBlockType;
  /** Loops: the continue target. */
  block: Label | null;
  /** Loops: the break target. */
  exit: Label | null;
  /** FINALLY_TRY: the finally body; HANDLER_CLEANUP: the `as` name or null; WITH: the statement. */
  datum: unknown;
}

export class CompilerUnit {
  readonly instrs: Instr[] = [];
  readonly labels: Label[] = [];
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  private readonly varIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  loc: Loc = NO_LOC;
  qualname = '';

  readonly ste: SymbolTableEntry;
  readonly name: string;
  readonly scopeType: ScopeType;
  readonly firstLineno: number;
  /** The class name used for mangling `__private` names (inherited by nested scopes). */
  readonly privateName: string | null;

  constructor(ste: SymbolTableEntry, name: string, scopeType: ScopeType, firstLineno: number,
    privateName: string | null, cellvars: string[], freevars: string[]) {
    this.ste = ste;
    this.name = name;
    this.scopeType = scopeType;
    this.firstLineno = firstLineno;
    this.privateName = privateName;
    this.varnames = [];
    for (const v of ste.varnames) this.varnameIndex(v);
    this.cellvars = cellvars;
    this.freevars = freevars;
  }

  emit(op: number, arg = 0, target: Label | null = null): void {
    this.instrs.push({ op, arg, target, loc: this.loc });
  }

  newLabel(): Label {
    const l = new Label();
    this.labels.push(l);
    return l;
  }

  useLabel(l: Label): void {
    l.index = this.instrs.length;
  }

  addConst(c: Const): number {
    const key = constKey(c);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      this.constIndex.set(key, i);
    }
    return i;
  }

  nameIndexOf(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  varnameIndex(name: string): number {
    let i = this.varIndex.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varIndex.set(name, i);
    }
    return i;
  }

  /** LOAD_DEREF/LOAD_CLOSURE index: cells first, then free variables. */
  derefIndex(name: string, wantCell: boolean): number {
    if (wantCell) {
      const i = this.cellvars.indexOf(name);
      if (i >= 0) return i;
    }
    const j = this.freevars.indexOf(name);
    if (j >= 0) return this.cellvars.length + j;
    const i = this.cellvars.indexOf(name);
    if (i >= 0) return i;
    throw new Error(`compiler: no cell or free variable '${name}' in ${this.qualname}`);
  }
}

/**
 * Identity of a constant for deduplication: as CPython's _PyCode_ConstantKey, values of
 * different types never merge (1, 1.0, True and -0.0 vs 0.0 stay apart); code objects never merge.
 */
let codeKeyCounter = 0;
const codeKeys = new WeakMap<object, number>();
export function constKey(c: Const): string {
  switch (c.type) {
    case 'int': return `i${c.value}`;
    case 'float': return `f${Object.is(c.value, -0) ? '-0' : String(c.value)}`;
    case 'complex': return `c${Object.is(c.imag, -0) ? '-0' : String(c.imag)}`;
    case 'str': return `s${JSON.stringify(c.value)}`;
    case 'bytes': return `b${Array.from(c.value).join(',')}`;
    case 'bool': return `B${c.value}`;
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'tuple': return `t(${c.items.map(constKey).join('|')})`;
    case 'frozenset': return `z(${c.items.map(constKey).join('|')})`;
    case 'code': {
      let k = codeKeys.get(c.code);
      if (k === undefined) {
        k = ++codeKeyCounter;
        codeKeys.set(c.code, k);
      }
      return `C${k}`;
    }
  }
}
