// The assembler (CPython 3.11's assemble() and its CFG passes, much simplified): turns a unit's
// instruction list with labels and pseudo-instructions into a CodeObject.
//   1. split into basic blocks;
//   2. walk the control-flow graph from the entry: stack depth at every block (-> maxStack),
//      the exception handler of every instruction (SETUP_* push, POP_BLOCK pops), reachability;
//   3. drop unreachable blocks, small peepholes, give artificial instructions a location;
//   4. lay out: pseudo-instructions vanish, labels become absolute pcs, the exception table is
//      the runs of consecutive instructions sharing a handler.
import type { CodeObject, ExceptionTableEntry } from './code-object';
import * as op from './opcodes';
import {
  JUMP, NO_LOC, POP_BLOCK, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH, type CompilerUnit, type Instr, type Label,
} from './unit';

interface Handler {
  target: Block;
  /** Stack depth the handler starts from (before lasti and the exception are pushed). */
  depth: number;
  lasti: boolean;
}

interface AInstr extends Instr {
  handler: Handler | null;
}

interface Block {
  instrs: AInstr[];
  /** Layout successor (the fallthrough block). */
  next: Block | null;
  startDepth: number;
  preds: number;
  pc: number;
}

/** Where each label points; the assembler adds labels of its own (copied exit blocks). */
type Targets = Map<Label, Block>;
const blockOf = (targets: Targets, l: Label): Block => {
  const b = targets.get(l);
  if (!b) throw new Error('assembler: unbound label');
  return b;
};

const isSetup = (o: number): boolean => o === SETUP_FINALLY || o === SETUP_CLEANUP || o === SETUP_WITH;
const isTerminator = (o: number): boolean =>
  o === op.RETURN_VALUE || o === op.RAISE_VARARGS || o === op.RERAISE || o === JUMP
  || o === op.JUMP_FORWARD || o === op.JUMP_BACKWARD;
const isJump = (i: Instr): boolean => i.target !== null && !isSetup(i.op);

function effectOf(i: Instr, jump: boolean): number {
  if (i.op < 0) return 0;
  const info = op.OPCODE_BY_CODE[i.op];
  if (!info) throw new Error(`assembler: unknown opcode ${i.op}`);
  return info.effect(i.arg, jump);
}

export function assemble(u: CompilerUnit, filename: string): CodeObject {
  const { entry, targets } = buildBlocks(u);
  for (let b: Block | null = entry; b; b = b.next) inlineSmallExit(b, targets);
  const maxStack = walk(entry, targets);
  let blocks = layoutOrder(entry).filter((b) => b.startDepth >= 0);
  relink(blocks);
  for (const b of blocks) peephole(b);
  blocks = duplicateExitsWithoutLineno(blocks, targets);
  propagateLocations(blocks, targets, u.firstLineno);
  for (const b of blocks) {
    for (const i of b.instrs) {
      if (i.op === POP_BLOCK || isSetup(i.op)) {
        i.op = op.NOP;
        i.target = null;
        i.handler = null;
      }
    }
  }
  for (const b of blocks) removeNops(b);
  removeJumpsToNext(blocks, targets);
  return emit(u, filename, blocks, targets, maxStack);
}

// ------------------------------------------------------------ 1. blocks

function buildBlocks(u: CompilerUnit): { entry: Block; targets: Targets } {
  const starts = new Set<number>([0]);
  for (const l of u.labels) if (l.index >= 0) starts.add(l.index);
  u.instrs.forEach((i, k) => {
    if (i.target !== null || isTerminator(i.op)) starts.add(k + 1);
  });
  const sorted = [...starts].filter((k) => k <= u.instrs.length).sort((a, b) => a - b);
  const byStart = new Map<number, Block>();
  let prev: Block | null = null;
  let entry: Block | null = null;
  sorted.forEach((start, n) => {
    const end = n + 1 < sorted.length ? sorted[n + 1]! : u.instrs.length;
    const b: Block = {
      instrs: u.instrs.slice(start, end).map((i) => ({ ...i, handler: null })),
      next: null, startDepth: -1, preds: 0, pc: -1,
    };
    byStart.set(start, b);
    if (prev) prev.next = b;
    else entry = b;
    prev = b;
  });
  const targets: Targets = new Map();
  for (const l of u.labels) {
    const b = byStart.get(l.index);
    if (b) targets.set(l, b);
  }
  return { entry: entry!, targets };
}

function layoutOrder(entry: Block): Block[] {
  const out: Block[] = [];
  for (let b: Block | null = entry; b; b = b.next) out.push(b);
  return out;
}

function relink(blocks: Block[]): void {
  blocks.forEach((b, k) => (b.next = blocks[k + 1] ?? null));
}

const fallsThrough = (b: Block): boolean => {
  const last = b.instrs[b.instrs.length - 1];
  return !last || !isTerminator(last.op);
};

/** Most instructions of an exit block copied over a jump to it (CPython's MAX_COPY_SIZE). */
const MAX_COPY_SIZE = 4;
const isExit = (b: Block): boolean => {
  const last = b.instrs[b.instrs.length - 1];
  return !!last && (last.op === op.RETURN_VALUE || last.op === op.RERAISE || last.op === op.RAISE_VARARGS);
};

const isExitWithoutLineno = (b: Block): boolean => isExit(b) && b.instrs.every((i) => i.loc.lineno < 0);

/**
 * A JUMP to a small artificial exit block (the implicit `return None`) becomes a copy of that
 * block (CPython's extend_block); exits carrying lines of their own are left alone, as CPython does.
 */
function inlineSmallExit(b: Block, targets: Targets): void {
  const last = b.instrs[b.instrs.length - 1];
  if (!last || last.op !== JUMP) return;
  const target = blockOf(targets, last.target!);
  if (target === b || !isExitWithoutLineno(target) || target.instrs.length > MAX_COPY_SIZE) return;
  b.instrs[b.instrs.length - 1] = { ...last, op: op.NOP, target: null };
  for (const i of target.instrs) b.instrs.push({ ...i });
}

// ------------------------------------------------------------ 2. the CFG walk

/**
 * Visits every reachable block once, recording its start depth, each instruction's handler and
 * the predecessor counts. Returns the maximum stack depth. A block reached with two different
 * depths is a compiler bug, reported at once.
 */
function walk(entry: Block, targets: Targets): number {
  const work: [Block, Handler[]][] = [];
  let maxDepth = 0;
  const reach = (b: Block, depth: number, stack: Handler[]): void => {
    b.preds++;
    if (depth > maxDepth) maxDepth = depth;
    if (b.startDepth < 0) {
      b.startDepth = depth;
      work.push([b, stack.slice()]);
    } else if (b.startDepth !== depth) {
      throw new Error(`assembler: inconsistent stack depth ${b.startDepth} vs ${depth}`);
    }
  };
  reach(entry, 0, []);
  while (work.length) {
    const [b, stack] = work.pop()!;
    let depth = b.startDepth;
    for (const i of b.instrs) {
      if (isSetup(i.op)) {
        const h: Handler = { target: blockOf(targets, i.target!), depth: i.op === SETUP_WITH ? depth - 1 : depth, lasti: i.op !== SETUP_FINALLY };
        reach(h.target, h.depth + (h.lasti ? 1 : 0) + 1, stack);
        stack.push(h);
        continue;
      }
      if (i.op === POP_BLOCK) {
        if (!stack.pop()) throw new Error('assembler: POP_BLOCK without a handler');
        continue;
      }
      i.handler = stack[stack.length - 1] ?? null;
      if (i.target) reach(blockOf(targets, i.target), depth + effectOf(i, true), stack);
      depth += effectOf(i, false);
      if (depth < 0) throw new Error(`assembler: negative stack depth at ${op.OPCODE_BY_CODE[i.op]?.name}`);
      if (depth > maxDepth) maxDepth = depth;
    }
    if (fallsThrough(b)) {
      if (!b.next) throw new Error('assembler: control falls off the end of the code');
      reach(b.next, depth, stack);
    }
  }
  return maxDepth;
}

// ------------------------------------------------------------ 3. clean-ups

/** BUILD_TUPLE n; UNPACK_SEQUENCE n (`a, b = b, a`) is a SWAP, as CPython's optimizer does. */
function peephole(b: Block): void {
  const ins = b.instrs;
  for (let k = 0; k + 1 < ins.length; k++) {
    const i = ins[k]!, j = ins[k + 1]!;
    if (i.op === op.BUILD_TUPLE && j.op === op.UNPACK_SEQUENCE && i.arg === j.arg && i.arg >= 1 && i.arg <= 3) {
      i.op = op.NOP;
      if (i.arg === 1) j.op = op.NOP;
      else j.op = op.SWAP;
    }
  }
}


/**
 * An artificial exit (the implicit `return None`) reached by several jumps is copied per jump,
 * so each copy can carry its jump's line (tracebacks and line events stay right).
 */
function duplicateExitsWithoutLineno(blocks: Block[], targets: Targets): Block[] {
  const out: Block[] = [];
  const copies = new Map<Block, Block[]>();
  for (const b of blocks) {
    out.push(b);
    const last = b.instrs[b.instrs.length - 1];
    if (!last || !isJump(last)) continue;
    const target = blockOf(targets, last.target!);
    if (!isExitWithoutLineno(target) || target.preds <= 1) continue;
    const copy: Block = {
      instrs: target.instrs.map((i) => ({ ...i })), next: null, startDepth: target.startDepth, preds: 1, pc: -1,
    };
    copy.instrs[0]!.loc = last.loc;
    target.preds--;
    const label = { index: -1 } as Label;
    targets.set(label, copy);
    last.target = label;
    const list = copies.get(target) ?? [];
    list.push(copy);
    copies.set(target, list);
  }
  const result: Block[] = [];
  for (const b of out) {
    result.push(b);
    for (const c of copies.get(b) ?? []) result.push(c);
  }
  relink(result);
  return result;
}

/** propagate_line_numbers + guarantee_lineno_for_exits. */
function propagateLocations(blocks: Block[], targets: Targets, firstLineno: number): void {
  for (const b of blocks) {
    let prev = NO_LOC;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = prev;
      prev = i.loc;
    }
    if (prev.lineno < 0) continue;
    if (fallsThrough(b) && b.next && b.next.preds === 1) {
      const first = b.next.instrs[0];
      if (first && first.loc.lineno < 0) first.loc = prev;
    }
    const last = b.instrs[b.instrs.length - 1];
    if (last && isJump(last)) {
      const t = blockOf(targets, last.target!);
      const first = t.instrs[0];
      if (t.preds === 1 && first && first.loc.lineno < 0) first.loc = prev;
    }
  }
  let lineno = firstLineno;
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === op.RETURN_VALUE || b === blocks[0]) {
        const loc = { lineno, endLineno: lineno, col: -1, endCol: -1 };
        for (const i of b.instrs) if (i.loc.lineno < 0) i.loc = loc;
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** Drops NOPs that carry no line of their own (clean_basic_block). */
function removeNops(b: Block): void {
  const out: AInstr[] = [];
  let prevLineno = -1;
  b.instrs.forEach((i, k) => {
    const lineno = i.loc.lineno;
    if (i.op === op.NOP) {
      if (lineno < 0 || prevLineno === lineno) return;
      const nextI = b.instrs[k + 1];
      if (nextI) {
        if (nextI.loc.lineno < 0 || nextI.loc.lineno === lineno) {
          nextI.loc = i.loc;
          return;
        }
      } else {
        let nb = b.next;
        while (nb && !nb.instrs.length) nb = nb.next;
        if (nb && nb.instrs[0]!.loc.lineno === lineno) return;
      }
    }
    out.push(i);
    prevLineno = lineno;
  });
  b.instrs = out;
}

function firstNonEmpty(b: Block | null): Block | null {
  while (b && !b.instrs.length) b = b.next;
  return b;
}

function removeJumpsToNext(blocks: Block[], targets: Targets): void {
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last || last.op !== JUMP) continue;
    if (firstNonEmpty(blockOf(targets, last.target!)) === firstNonEmpty(b.next)) {
      // As a NOP it may still be needed to mark its line.
      b.instrs[b.instrs.length - 1] = { ...last, op: op.NOP, target: null, handler: null };
      removeNops(b);
    }
  }
}

// ------------------------------------------------------------ 4. layout

function emit(u: CompilerUnit, filename: string, blocks: Block[], targets: Targets,
  maxStack: number): CodeObject {
  let pc = 0;
  for (const b of blocks) {
    b.pc = pc;
    pc += b.instrs.length * 2;
  }
  const pcOf = (l: Label): number => {
    const b = firstNonEmpty(blockOf(targets, l));
    return b ? b.pc : pc;
  };
  const all: AInstr[] = blocks.flatMap((b) => b.instrs);
  const code = new Int32Array(all.length * 2);
  const positions = new Int32Array(all.length * 4);
  all.forEach((i, k) => {
    let opcode = i.op, arg = i.arg;
    if (i.target) arg = pcOf(i.target);
    if (opcode === JUMP) opcode = arg > k * 2 ? op.JUMP_FORWARD : op.JUMP_BACKWARD;
    if (opcode < 0) throw new Error(`assembler: pseudo-instruction ${opcode} left over`);
    code[k * 2] = opcode;
    code[k * 2 + 1] = arg;
    positions.set([i.loc.lineno, i.loc.endLineno, i.loc.col, i.loc.endCol], k * 4);
  });
  const exceptionTable: ExceptionTableEntry[] = [];
  let cur: ExceptionTableEntry | null = null;
  all.forEach((i, k) => {
    const h = i.handler;
    const target = h ? firstNonEmpty(h.target)!.pc : -1;
    if (cur && h && cur.target === target && cur.depth === h.depth && cur.pushLasti === h.lasti && cur.end === k * 2) {
      cur.end = k * 2 + 2;
      return;
    }
    cur = null;
    if (h) {
      cur = { start: k * 2, end: k * 2 + 2, target, depth: h.depth, pushLasti: h.lasti };
      exceptionTable.push(cur);
    }
  });
  const ste = u.ste;
  let flags = 0;
  if (ste.type === 'function') {
    flags |= op.CO_OPTIMIZED | op.CO_NEWLOCALS;
    if (ste.nested) flags |= op.CO_NESTED;
    if (ste.generator) flags |= op.CO_GENERATOR;
    if (ste.varargs) flags |= op.CO_VARARGS;
    if (ste.varkeywords) flags |= op.CO_VARKEYWORDS;
  }
  if (!u.cellvars.length && !u.freevars.length) flags |= op.CO_NOFREE;
  const nparams = u.argcount + u.kwonlyargcount + (ste.varargs ? 1 : 0) + (ste.varkeywords ? 1 : 0);
  const cell2arg = new Int32Array(u.cellvars.map((name) => {
    const k = u.varnames.indexOf(name);
    return k >= 0 && k < nparams ? k : -1;
  }));
  return {
    name: u.name, qualname: u.qualname, filename, firstLineno: u.firstLineno,
    argcount: u.argcount, posonlyargcount: u.posonlyargcount, kwonlyargcount: u.kwonlyargcount,
    flags, code, consts: u.consts, names: u.names, varnames: u.varnames, cellvars: u.cellvars,
    freevars: u.freevars, cell2arg, positions, exceptionTable, maxStack, runtime: null,
  };
}
