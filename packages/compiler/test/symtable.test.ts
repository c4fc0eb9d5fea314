import { parse } from '@pyarena/parser';
import { describe, expect, it } from 'vitest';
import {
  buildSymtable, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_NAMES, type SymbolTableEntry,
} from '../src/index';

function table(src: string): SymbolTableEntry {
  return buildSymtable(parse(src, 'x.py'), { filename: 'x.py', source: src }).top;
}

/** The entry reached by following child names, e.g. child(top, 'outer', 'inner'). */
function child(e: SymbolTableEntry, ...names: string[]): SymbolTableEntry {
  for (const n of names) {
    const next = e.children.find((c) => c.name === n);
    if (!next) throw new Error(`no child ${n} in ${e.name}: ${e.children.map((c) => c.name).join(', ')}`);
    e = next;
  }
  return e;
}

function scopes(e: SymbolTableEntry): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of e.symbols.keys()) out[name] = SCOPE_NAMES[e.scopeOf(name)]!;
  return out;
}

describe('symtable', () => {
  it('classifies locals, cells, free and implicit globals in nested functions', () => {
    const top = table(`
def outer(a):
    x = 1
    y = 2
    def inner():
        nonlocal x
        x = x + y + z + a
    return inner
`);
    expect(scopes(child(top, 'outer'))).toEqual({ a: 'cell', x: 'cell', y: 'cell', inner: 'local' });
    expect(scopes(child(top, 'outer', 'inner'))).toEqual({ x: 'free', y: 'free', z: 'global_implicit', a: 'free' });
    expect(child(top, 'outer', 'inner').nested).toBe(true);
    expect(scopes(top)).toEqual({ outer: 'local' });
  });

  it('explicit globals, and global at module level', () => {
    const top = table('def f():\n    global g\n    g = 1\n    return h\n');
    expect(child(top, 'f').scopeOf('g')).toBe(GLOBAL_EXPLICIT);
    expect(child(top, 'f').scopeOf('h')).toBe(GLOBAL_IMPLICIT);
  });

  it('free variables pass through class scopes; class names are invisible to methods', () => {
    const top = table(`
def outer():
    x = 1
    y = 2
    class K:
        y = 3
        z = x
        def m(self):
            return x + y + z
    return K
`);
    const k = child(top, 'outer', 'K');
    expect(k.scopeOf('x')).toBe(FREE); // read in the body (LOAD_CLASSDEREF) and passed on
    expect(k.scopeOf('y')).toBe(LOCAL); // bound in the class...
    expect(k.flagsOf('y') & 64).toBe(64); // ...and DEF_FREE_CLASS: also a free var of the body code
    const m = child(top, 'outer', 'K', 'm');
    expect(scopes(m)).toEqual({ self: 'local', x: 'free', y: 'free', z: 'global_implicit' });
    expect(child(top, 'outer').scopeOf('y')).toBe(CELL);
  });

  it('super() and __class__ make the class body own a __class__ cell', () => {
    const top = table('class C(B):\n    def f(self):\n        return super().f()\n    def g(self):\n        return 1\n');
    expect(child(top, 'C').needsClassClosure).toBe(true);
    expect(child(top, 'C', 'f').scopeOf('__class__')).toBe(FREE);
    expect(child(top, 'C', 'g').scopeOf('__class__')).toBe(0);
    expect(child(table('class D:\n    def f(self):\n        return 1\n'), 'D').needsClassClosure).toBe(false);
  });

  it('comprehensions are function scopes; the first iterable belongs to the enclosing scope', () => {
    const top = table('def f(xs, n):\n    return [x + n for x in xs for y in range(x)]\n');
    const comp = child(top, 'f', '<listcomp>');
    expect(scopes(comp)).toEqual({ '.0': 'local', x: 'local', n: 'free', y: 'local', range: 'global_implicit' });
    expect(comp.varnames).toEqual(['.0']);
    expect(child(top, 'f').scopeOf('xs')).toBe(LOCAL); // not captured: evaluated outside
    expect(child(top, 'f').scopeOf('n')).toBe(CELL);
  });

  it('a walrus in a comprehension binds in the enclosing function (or module)', () => {
    const top = table('def f(d):\n    return [(last := v) for v in d], last\nq = [(w := 1) for _ in ()]\n');
    expect(child(top, 'f').scopeOf('last')).toBe(CELL);
    expect(child(top, 'f', '<listcomp>').scopeOf('last')).toBe(FREE);
    expect(top.scopeOf('w')).toBe(GLOBAL_EXPLICIT); // as CPython: STORE_GLOBAL at module level
    expect(child(top, '<listcomp>').scopeOf('w')).toBe(GLOBAL_EXPLICIT);
  });

  it('generators, varargs and mangled private names', () => {
    const top = table('class _P:\n    def f(self, *a, __k, **kw):\n        yield self.__x\n');
    const f = child(top, '_P', 'f');
    expect(f.generator).toBe(true);
    expect(f.varargs && f.varkeywords).toBe(true);
    expect(f.varnames).toEqual(['self', '_P__k', 'a', 'kw']);
  });
});

describe('symtable: match statements', () => {
  it('every name a pattern captures is a local (or a cell when a closure uses it)', () => {
    const top = table(`
def f(v):
    match v:
        case [a, *b] | (a, *b):
            pass
        case {"k": c, **d} if e:
            pass
        case P(g, h=[i as j]):
            pass
    return lambda: a
`);
    expect(scopes(child(top, 'f'))).toEqual({
      v: 'local', a: 'cell', b: 'local', c: 'local', d: 'local', e: 'global_implicit', P: 'global_implicit',
      g: 'local', i: 'local', j: 'local',
    });
  });
});
