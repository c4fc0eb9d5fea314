// Code objects to text and back (CPython's marshal, for .pyc files and frozen modules). Two users:
// the library modules in packages/vm/lib, compiled at build time into the bundle, and the command
// line's code cache (apps/cli/src/code-cache.ts), which stores compiled programs on disk.
//
// The text is JSON, kept small because the frozen modules ship inside the bundle and are loaded at
// start-up: a code object is an array of its fields in a fixed order (no keys), nested code objects
// leave out the filename they share with their parent, and the source positions (4 words per
// instruction, most of them repeating the previous line) are stored as differences.
// loadCode(dumpCode(c)) is structurally equal to c, with `runtime` null. Bump MARSHAL_VERSION
// whenever the layout below changes: the code cache keys on it.

import type { CodeObject, Const, ExceptionTableEntry } from './code-object';

export const MARSHAL_VERSION = 1;

type Json = null | boolean | number | string | Json[];

/** The code object as marshal text (JSON). Does not look at `runtime`. */
export function dumpCode(code: CodeObject): string {
  return JSON.stringify(codeToJson(code, null));
}

/** The code object from dumpCode's text. Throws (SyntaxError, TypeError, Error) on malformed text. */
export function loadCode(text: string): CodeObject {
  return codeFromJson(JSON.parse(text) as Json, null);
}

function codeToJson(c: CodeObject, parentFilename: string | null): Json {
  const positions: number[] = new Array(c.positions.length);
  let line = c.firstLineno;
  for (let i = 0; i < c.positions.length; i += 4) {
    const lineno = c.positions[i]!;
    positions[i] = lineno - line;
    positions[i + 1] = c.positions[i + 1]! - lineno;
    positions[i + 2] = c.positions[i + 2]!;
    positions[i + 3] = c.positions[i + 3]!;
    line = lineno;
  }
  const table: number[] = [];
  for (const e of c.exceptionTable) table.push(e.start, e.end, e.target, e.depth, e.pushLasti ? 1 : 0);
  return [
    c.name,
    c.qualname,
    c.filename === parentFilename ? null : c.filename,
    c.firstLineno,
    c.argcount,
    c.posonlyargcount,
    c.kwonlyargcount,
    c.flags,
    c.maxStack,
    Array.from(c.code),
    c.consts.map((k) => constToJson(k, c.filename)),
    c.names,
    c.varnames,
    c.cellvars,
    c.freevars,
    Array.from(c.cell2arg),
    positions,
    table,
  ];
}

function codeFromJson(j: Json, parentFilename: string | null): CodeObject {
  if (!Array.isArray(j) || j.length !== 18) throw new Error('marshal: bad code object');
  const filename = j[2] === null ? parentFilename : j[2];
  if (typeof filename !== 'string') throw new Error('marshal: bad filename');
  const raw = numbers(j[16]);
  const positions = new Int32Array(raw.length);
  let line = int(j[3]);
  for (let i = 0; i + 3 < raw.length; i += 4) {
    const lineno = line + raw[i]!;
    positions[i] = lineno;
    positions[i + 1] = lineno + raw[i + 1]!;
    positions[i + 2] = raw[i + 2]!;
    positions[i + 3] = raw[i + 3]!;
    line = lineno;
  }
  const t = numbers(j[17]);
  const exceptionTable: ExceptionTableEntry[] = [];
  for (let i = 0; i + 4 < t.length; i += 5) {
    exceptionTable.push({ start: t[i]!, end: t[i + 1]!, target: t[i + 2]!, depth: t[i + 3]!, pushLasti: t[i + 4] === 1 });
  }
  return {
    name: str(j[0]),
    qualname: str(j[1]),
    filename,
    firstLineno: int(j[3]),
    argcount: int(j[4]),
    posonlyargcount: int(j[5]),
    kwonlyargcount: int(j[6]),
    flags: int(j[7]),
    code: new Int32Array(numbers(j[9])),
    consts: list(j[10]).map((k) => constFromJson(k, filename)),
    names: strings(j[11]),
    varnames: strings(j[12]),
    cellvars: strings(j[13]),
    freevars: strings(j[14]),
    cell2arg: new Int32Array(numbers(j[15])),
    positions,
    exceptionTable,
    maxStack: int(j[8]),
    runtime: null,
  };
}

// Constants: a str is a JSON string, None null, a bool true/false; everything else a tagged array.
function constToJson(c: Const, filename: string): Json {
  switch (c.type) {
    case 'str': return c.value;
    case 'None': return null;
    case 'bool': return c.value;
    case 'int': return ['i', c.value.toString()];
    case 'float': return ['f', floatToJson(c.value)];
    case 'complex': return ['j', floatToJson(c.imag)];
    case 'bytes': return ['b', Array.from(c.value)];
    case 'Ellipsis': return ['e'];
    case 'tuple': return ['t', c.items.map((k) => constToJson(k, filename))];
    case 'frozenset': return ['s', c.items.map((k) => constToJson(k, filename))];
    case 'code': return ['c', codeToJson(c.code, filename)];
  }
}

function constFromJson(j: Json, filename: string): Const {
  if (typeof j === 'string') return { type: 'str', value: j };
  if (j === null) return { type: 'None' };
  if (typeof j === 'boolean') return { type: 'bool', value: j };
  if (!Array.isArray(j)) throw new Error('marshal: bad constant');
  switch (j[0]) {
    case 'i': return { type: 'int', value: BigInt(str(j[1])) };
    case 'f': return { type: 'float', value: floatFromJson(j[1]) };
    case 'j': return { type: 'complex', imag: floatFromJson(j[1]) };
    case 'b': return { type: 'bytes', value: new Uint8Array(numbers(j[1])) };
    case 'e': return { type: 'Ellipsis' };
    case 't': return { type: 'tuple', items: list(j[1]).map((k) => constFromJson(k, filename)) };
    case 's': return { type: 'frozenset', items: list(j[1]).map((k) => constFromJson(k, filename)) };
    case 'c': return { type: 'code', code: codeFromJson(j[1]!, filename) };
    default: throw new Error('marshal: bad constant tag');
  }
}

// JSON has no NaN, infinities or negative zero.
function floatToJson(v: number): Json {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0';
  return v;
}

function floatFromJson(j: Json | undefined): number {
  if (typeof j === 'number') return j;
  switch (j) {
    case 'nan': return NaN;
    case 'inf': return Infinity;
    case '-inf': return -Infinity;
    case '-0': return -0;
    default: throw new Error('marshal: bad float');
  }
}

function list(j: Json | undefined): Json[] {
  if (!Array.isArray(j)) throw new Error('marshal: expected a list');
  return j;
}

/** A list of numbers. Not checked item by item (the arrays are long, and loading is on the
 * start-up path): anything else becomes 0 in the typed arrays, or NaN in the positions. */
function numbers(j: Json | undefined): number[] {
  return list(j) as number[];
}

function strings(j: Json | undefined): string[] {
  const l = list(j);
  for (const x of l) if (typeof x !== 'string') throw new Error('marshal: expected strings');
  return l as string[];
}

function str(j: Json | undefined): string {
  if (typeof j !== 'string') throw new Error('marshal: expected a string');
  return j;
}

function int(j: Json | undefined): number {
  if (typeof j !== 'number' || !Number.isInteger(j)) throw new Error('marshal: expected an integer');
  return j;
}
