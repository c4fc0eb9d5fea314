// Our opcode names per code object, for tools/compare-cpython.sh.
import { readFileSync } from 'node:fs';
import { parse } from '@pyarena/parser';
import { compile, OPCODE_BY_CODE, type CodeObject } from '../src/index';
const REN: Record<string, string> = { CALL_METHOD: 'CALL', CALL_KW: 'CALL', JUMP_FORWARD: 'JUMP_FORWARD' };
function walk(co: CodeObject, out: string[]) {
  out.push('== ' + co.qualname);
  for (let pc = 0; pc < co.code.length; pc += 2) {
    const n = OPCODE_BY_CODE[co.code[pc]!]!.name;
    out.push(REN[n] ?? n);
  }
  for (const c of co.consts) if (c.type === 'code') walk(c.code, out);
}
const f = process.argv[2]!;
const src = readFileSync(f, 'utf8');
const out: string[] = [];
walk(compile(parse(src, f), f, src), out);
console.log(out.join('\n'));
