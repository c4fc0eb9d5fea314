// Code objects: what the compiler hands the VM, as CPython's PyCodeObject (Include/cpython/code.h).
// The compiler knows nothing of the VM's object model, so constants are plain descriptions
// (`Const`); the VM materialises them into heap objects once per code object and keeps them in
// `runtime`, which the compiler leaves null.

import type { ConstantValue } from '@pyarena/parser';

export type Const =
  | ConstantValue
  | { type: 'tuple'; items: Const[] }
  | { type: 'frozenset'; items: Const[] }
  | { type: 'code'; code: CodeObject };

/**
 * One row of the exception table (CPython 3.11's co_exceptiontable, unpacked). When an exception
 * is raised by the instruction at pc, with start <= pc < end, the VM pops the value stack down to
 * `depth` items, pushes the pc of the raising instruction as an int if `pushLasti`, pushes the
 * exception, and jumps to `target`. The innermost (first matching) row wins: rows are ordered so
 * that nested ranges come before their enclosing ones.
 */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  pushLasti: boolean;
}

export interface CodeObject {
  /** co_name: function name, '<module>', '<lambda>', '<listcomp>', '<genexpr>', class name ... */
  name: string;
  /** co_qualname, e.g. 'outer.<locals>.inner', 'C.method'. */
  qualname: string;
  filename: string;
  firstLineno: number;
  /** Positional parameters including positional-only ones (co_argcount). */
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** CO_* flags from opcodes.ts. */
  flags: number;
  /** [opcode, arg] word pairs; see opcodes.ts. */
  code: Int32Array;
  consts: Const[];
  /** Global, attribute and module-level names (co_names). */
  names: string[];
  /**
   * Fast locals (co_varnames): parameters first in CPython's order (positional, keyword-only,
   * then *args, then **kwargs), then the other locals.
   */
  varnames: string[];
  /** Locals captured by inner functions (co_cellvars); LOAD_DEREF 0..len-1 address these. */
  cellvars: string[];
  /** Variables captured from enclosing functions (co_freevars); LOAD_DEREF indexes len(cellvars)+i. */
  freevars: string[];
  /**
   * For each cellvar, the index in varnames of the parameter it must be initialised from when
   * the frame starts, or -1 (CPython 3.11 does this with MAKE_CELL).
   */
  cell2arg: Int32Array;
  /**
   * Source positions, 4 words per instruction (index pc / 2 * 4): lineno, endLineno, col,
   * endCol, with -1 where unknown. Drives tracebacks and dis.
   */
  positions: Int32Array;
  exceptionTable: ExceptionTableEntry[];
  /** Deepest value-stack use, computed by the assembler. */
  maxStack: number;
  /** The VM's per-code cache (materialised constants, inline caches). Null from the compiler. */
  runtime: unknown;
}

/** The line of the instruction at pc, or -1 (as code.co_lines would give it). */
export function lineOf(code: CodeObject, pc: number): number {
  return code.positions[(pc >> 1) * 4] ?? -1;
}
