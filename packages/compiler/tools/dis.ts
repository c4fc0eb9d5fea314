// Prints dis() of a Python file: npx tsx tools/dis.ts prog.py
import { readFileSync } from 'node:fs';
import { parse } from '@pyarena/parser';
import { compile, dis } from '../src/index';
const file = process.argv[2]!;
const src = readFileSync(file, 'utf8');
const mod = parse(src, file);
console.log(dis(compile(mod, file, src)));
