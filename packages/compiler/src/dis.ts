// dis.dis for our code objects, laid out as CPython 3.11's Lib/dis.py prints: line numbers at
// the first instruction of each line (a blank line before each new line), `>>` on jump targets,
// offsets (pc, in words: every instruction is 2 words, like CPython's 2-byte units), the opcode
// name padded to 20, the argument right-aligned in 5, and its meaning in parentheses; then the
// exception table; then every nested code object, recursively.
import type { CodeObject } from './code-object';
import { CMP_SYMBOLS, NB_SYMBOLS, OPCODE_BY_CODE, MAKE_FUNCTION, FORMAT_VALUE } from './opcodes';
import { CodeAddresses, codeRepr, constRepr } from './repr';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];

export function dis(code: CodeObject): string {
  const out: string[] = [];
  disassembleRecursive(code, out, new CodeAddresses());
  return out.join('\n') + '\n';
}

function disassembleRecursive(code: CodeObject, out: string[], addrs: CodeAddresses): void {
  disassemble(code, out, addrs);
  for (const c of code.consts) {
    if (c.type !== 'code') continue;
    out.push('');
    out.push(`Disassembly of ${codeRepr(c.code, addrs)}:`);
    disassembleRecursive(c.code, out, addrs);
  }
}

/** The line starting at each pc, as dis.findlinestarts (artificial instructions never start one). */
function lineStarts(code: CodeObject): Map<number, number> {
  const starts = new Map<number, number>();
  let last = -1;
  for (let pc = 0; pc < code.code.length; pc += 2) {
    const line = code.positions[(pc >> 1) * 4]!;
    if (line >= 0 && line !== last) {
      starts.set(pc, line);
      last = line;
    }
  }
  return starts;
}

export function argRepr(code: CodeObject, pc: number, addrs: CodeAddresses): string {
  const opcode = code.code[pc]!, arg = code.code[pc + 1]!;
  const info = OPCODE_BY_CODE[opcode];
  if (!info) return '';
  switch (info.arg) {
    case 'const': {
      const c = code.consts[arg];
      return c ? constRepr(c, addrs) : '?';
    }
    case 'name': return code.names[arg] ?? '?';
    case 'local': return code.varnames[arg] ?? '?';
    case 'cell': return (arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length]) ?? '?';
    case 'jump': return `to ${arg}`;
    case 'binop': return NB_SYMBOLS[arg] ?? '?';
    case 'cmp': return CMP_SYMBOLS[arg] ?? '?';
    case 'flags':
      if (opcode === MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      if (opcode === FORMAT_VALUE) {
        let s = FORMAT_VALUE_CONVERTERS[arg & 3]!;
        if (arg & 4) s += `${s ? ', ' : ''}with format`;
        return s;
      }
      return '';
    default:
      return '';
  }
}

function disassemble(code: CodeObject, out: string[], addrs: CodeAddresses): void {
  const starts = lineStarts(code);
  const maxLine = Math.max(0, ...starts.values());
  const linenoWidth = starts.size ? (maxLine >= 1000 ? String(maxLine).length : 3) : 0;
  const maxOffset = code.code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const targets = new Set<number>();
  for (let pc = 0; pc < code.code.length; pc += 2) {
    if (OPCODE_BY_CODE[code.code[pc]!]?.arg === 'jump') targets.add(code.code[pc + 1]!);
  }
  for (const e of code.exceptionTable) targets.add(e.target);
  for (let pc = 0; pc < code.code.length; pc += 2) {
    const info = OPCODE_BY_CODE[code.code[pc]!];
    const line = starts.get(pc);
    if (linenoWidth && line !== undefined && pc > 0) out.push('');
    const fields: string[] = [];
    if (linenoWidth) fields.push(line !== undefined ? String(line).padStart(linenoWidth) : ' '.repeat(linenoWidth));
    fields.push('   ');
    fields.push(targets.has(pc) ? '>>' : '  ');
    fields.push(String(pc).padStart(offsetWidth));
    fields.push((info?.name ?? `<${code.code[pc]}>`).padEnd(OPNAME_WIDTH));
    if (info && info.arg !== 'none') {
      fields.push(String(code.code[pc + 1]).padStart(OPARG_WIDTH));
      const r = argRepr(code, pc, addrs);
      if (r) fields.push(`(${r})`);
    }
    out.push(fields.join(' ').trimEnd());
  }
  if (code.exceptionTable.length) {
    out.push('ExceptionTable:');
    for (const e of code.exceptionTable) {
      out.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.pushLasti ? ' lasti' : ''}`);
    }
  }
}
