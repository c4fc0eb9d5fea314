// Test helpers: compile source text, walk code objects, and a stack-effect simulator that is
// independent of the assembler (it reads only the finished CodeObject).
import { parse } from '@pyarena/parser';
import {
  compile, OPCODE_BY_CODE, JUMP_BACKWARD, JUMP_FORWARD, RAISE_VARARGS, RERAISE, RETURN_VALUE,
  type CodeObject,
} from '../src/index';

export function compileSrc(src: string, filename = 'x.py'): CodeObject {
  return compile(parse(src, filename), filename, src);
}

export function allCodes(co: CodeObject): CodeObject[] {
  const out = [co];
  for (const c of co.consts) if (c.type === 'code') out.push(...allCodes(c.code));
  return out;
}

export function findCode(co: CodeObject, qualname: string): CodeObject {
  const found = allCodes(co).find((c) => c.qualname === qualname);
  if (!found) throw new Error(`no code object ${qualname}`);
  return found;
}

/** Opcode names of a code object, in order. */
export function opnames(co: CodeObject): string[] {
  const out: string[] = [];
  for (let pc = 0; pc < co.code.length; pc += 2) out.push(OPCODE_BY_CODE[co.code[pc]!]!.name);
  return out;
}

/** "NAME arg" lines, for compact instruction-sequence assertions. */
export function instrs(co: CodeObject): string[] {
  const out: string[] = [];
  for (let pc = 0; pc < co.code.length; pc += 2) {
    const info = OPCODE_BY_CODE[co.code[pc]!]!;
    out.push(info.arg === 'none' ? info.name : `${info.name} ${co.code[pc + 1]}`);
  }
  return out;
}

const NO_FALLTHROUGH = new Set([JUMP_FORWARD, JUMP_BACKWARD, RETURN_VALUE, RAISE_VARARGS, RERAISE]);

/**
 * Walks every path of `co` (jumps both ways, exception handlers from the table) with the
 * opcode table's stack effects. Returns problems: a depth below 0 or above maxStack, two paths
 * meeting with different depths, a jump into the middle of nowhere, control falling off the end,
 * or an exception range whose depth exceeds the stack under it.
 */
export function simulateStack(co: CodeObject): string[] {
  const problems: string[] = [];
  const n = co.code.length;
  const depthAt = new Map<number, number>();
  const work: number[] = [];
  const reach = (pc: number, depth: number, from: number): void => {
    if (pc < 0 || pc >= n || pc % 2) {
      problems.push(`${co.qualname}: bad target ${pc} from ${from}`);
      return;
    }
    if (depth < 0 || depth > co.maxStack) problems.push(`${co.qualname}: depth ${depth} at ${pc} (max ${co.maxStack})`);
    const seen = depthAt.get(pc);
    if (seen === undefined) {
      depthAt.set(pc, depth);
      work.push(pc);
    } else if (seen !== depth) {
      problems.push(`${co.qualname}: depth ${seen} vs ${depth} at ${pc}`);
    }
  };
  reach(0, 0, -1);
  while (work.length) {
    const pc = work.pop()!;
    const depth = depthAt.get(pc)!;
    const opcode = co.code[pc]!, arg = co.code[pc + 1]!;
    const info = OPCODE_BY_CODE[opcode];
    if (!info) {
      problems.push(`${co.qualname}: unknown opcode ${opcode} at ${pc}`);
      continue;
    }
    for (const e of co.exceptionTable) {
      if (pc >= e.start && pc < e.end) {
        if (e.depth > depth) problems.push(`${co.qualname}: handler depth ${e.depth} > ${depth} at ${pc}`);
        reach(e.target, e.depth + (e.pushLasti ? 1 : 0) + 1, pc);
        break; // the first matching row wins
      }
    }
    if (info.arg === 'jump') reach(arg, depth + info.effect(arg, true), pc);
    if (NO_FALLTHROUGH.has(opcode)) continue;
    if (pc + 2 >= n) {
      problems.push(`${co.qualname}: falls off the end after ${info.name} at ${pc}`);
      continue;
    }
    reach(pc + 2, depth + info.effect(arg, false), pc);
  }
  return problems;
}
