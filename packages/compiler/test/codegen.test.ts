// Instruction sequences for representative constructs. The shapes follow CPython 3.11's
// compile.c (minus PUSH_NULL/PRECALL/RESUME/caches, plus our CALL_METHOD/CALL_KW forms).
import { describe, expect, it } from 'vitest';
import {
  CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_NOFREE, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS,
} from '../src/index';
import { compileSrc, findCode, instrs, opnames } from './helpers';

const body = (src: string) => instrs(compileSrc(src));

describe('expressions and assignments', () => {
  it('names, constants and binary operators', () => {
    expect(body('x = a + 2 * -3\n')).toEqual([
      'LOAD_NAME 0', 'LOAD_CONST 0', 'LOAD_CONST 1', 'BINARY_OP 5', 'BINARY_OP 0', 'STORE_NAME 1',
      'LOAD_CONST 2', 'RETURN_VALUE',
    ]);
    const co = compileSrc('x = (1, "a", -2.5)\n');
    expect(co.consts[0]).toEqual({ type: 'tuple', items: [
      { type: 'int', value: 1n }, { type: 'str', value: 'a' }, { type: 'float', value: -2.5 }] });
  });

  it('chained comparison keeps the middle operand with SWAP/COPY', () => {
    expect(opnames(compileSrc('x = a < b < c\n'))).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'SWAP', 'COPY', 'COMPARE_OP', 'JUMP_IF_FALSE_OR_POP', 'LOAD_NAME', 'COMPARE_OP',
      'JUMP_FORWARD', 'SWAP', 'POP_TOP', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE',
    ]);
  });

  it('boolean operators short-circuit with JUMP_IF_*_OR_POP', () => {
    expect(opnames(compileSrc('x = a or b\n'))).toEqual(['LOAD_NAME', 'JUMP_IF_TRUE_OR_POP', 'LOAD_NAME', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE']);
  });

  it('starred unpacking and displays', () => {
    expect(body('a, *b, c = x\n')).toEqual([
      'LOAD_NAME 0', 'UNPACK_EX 257', 'STORE_NAME 1', 'STORE_NAME 2', 'STORE_NAME 3', 'LOAD_CONST 0', 'RETURN_VALUE',
    ]);
    expect(opnames(compileSrc('t = (*a, 1)\n'))).toEqual([
      'BUILD_LIST', 'LOAD_NAME', 'LIST_EXTEND', 'LOAD_CONST', 'LIST_APPEND', 'LIST_TO_TUPLE', 'STORE_NAME',
      'LOAD_CONST', 'RETURN_VALUE',
    ]);
    expect(opnames(compileSrc('l = [1, 2, 3]\n')).slice(0, 3)).toEqual(['BUILD_LIST', 'LOAD_CONST', 'LIST_EXTEND']);
    expect(opnames(compileSrc('d = {"a": x, "b": y}\n')).slice(0, 4)).toEqual(['LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'BUILD_CONST_KEY_MAP']);
    expect(opnames(compileSrc('d = {**m, k: v}\n')).slice(0, 7)).toEqual([
      'BUILD_MAP', 'LOAD_NAME', 'DICT_UPDATE', 'LOAD_NAME', 'LOAD_NAME', 'BUILD_MAP', 'DICT_UPDATE']);
  });

  it('swap assignment needs no tuple', () => {
    expect(opnames(compileSrc('a, b = b, a\n'))).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'SWAP', 'STORE_NAME', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE']);
  });

  it('augmented assignment to attributes and subscripts', () => {
    expect(body('o.a += 1\n')).toEqual([
      'LOAD_NAME 0', 'COPY 1', 'LOAD_ATTR 1', 'LOAD_CONST 0', 'BINARY_OP 13', 'SWAP 2', 'STORE_ATTR 1',
      'LOAD_CONST 1', 'RETURN_VALUE',
    ]);
    expect(opnames(compileSrc('x[i] -= 1\n'))).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'COPY', 'COPY', 'BINARY_SUBSCR', 'LOAD_CONST', 'BINARY_OP', 'SWAP', 'SWAP',
      'STORE_SUBSCR', 'LOAD_CONST', 'RETURN_VALUE',
    ]);
  });

  it('slices and subscripts', () => {
    expect(opnames(compileSrc('y = x[1:2, ::3]\n'))).toEqual([
      'LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_SLICE', 'LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_SLICE',
      'BUILD_TUPLE', 'BINARY_SUBSCR', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE',
    ]);
  });

  it('f-strings', () => {
    expect(body('s = f"a{x!r:>{w}}b"\n')).toEqual([
      'LOAD_CONST 0', 'LOAD_NAME 0', 'LOAD_CONST 1', 'LOAD_NAME 1', 'FORMAT_VALUE 0', 'BUILD_STRING 2',
      'FORMAT_VALUE 6', 'LOAD_CONST 2', 'BUILD_STRING 3', 'STORE_NAME 2', 'LOAD_CONST 3', 'RETURN_VALUE',
    ]);
  });
});

describe('calls', () => {
  it('plain, method, keyword and star calls', () => {
    expect(opnames(compileSrc('f(a, b)\n')).slice(0, 4)).toEqual(['LOAD_NAME', 'LOAD_NAME', 'LOAD_NAME', 'CALL']);
    expect(body('o.m(1)\n').slice(0, 4)).toEqual(['LOAD_NAME 0', 'LOAD_METHOD 1', 'LOAD_CONST 0', 'CALL_METHOD 1']);
    const kw = compileSrc('f(1, k=2)\n');
    expect(instrs(kw).slice(0, 5)).toEqual(['LOAD_NAME 0', 'LOAD_CONST 0', 'LOAD_CONST 1', 'LOAD_CONST 2', 'CALL_KW 2']);
    expect(kw.consts[2]).toEqual({ type: 'tuple', items: [{ type: 'str', value: 'k' }] });
    expect(opnames(compileSrc('f(*a)\n')).slice(0, 5)).toEqual(['LOAD_NAME', 'BUILD_LIST', 'LOAD_NAME', 'LIST_EXTEND', 'LIST_TO_TUPLE']);
    expect(opnames(compileSrc('f(x, *a, k=1, **m)\n'))).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'BUILD_LIST', 'LOAD_NAME', 'LIST_EXTEND', 'LIST_TO_TUPLE',
      'LOAD_CONST', 'LOAD_CONST', 'BUILD_MAP', 'LOAD_NAME', 'DICT_MERGE', 'CALL_FUNCTION_EX', 'POP_TOP',
      'LOAD_CONST', 'RETURN_VALUE',
    ]);
    expect(opnames(compileSrc('o.m(k=1)\n')).slice(0, 2)).toEqual(['LOAD_NAME', 'LOAD_ATTR']);
  });
});

describe('control flow', () => {
  it('for/else with break jumps past the else; FOR_ITER exits to the else', () => {
    const co = compileSrc('for i in x:\n    if i: break\nelse:\n    y = 1\nz = 2\n');
    expect(opnames(co)).toEqual([
      'LOAD_NAME', 'GET_ITER', 'FOR_ITER', 'STORE_NAME', 'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'POP_TOP',
      'JUMP_FORWARD', 'JUMP_BACKWARD', 'LOAD_CONST', 'STORE_NAME', 'LOAD_CONST', 'STORE_NAME', 'LOAD_CONST',
      'RETURN_VALUE',
    ]);
    expect(co.code[5]).toBe(18); // FOR_ITER -> the else clause
    expect(co.code[15]).toBe(22); // break -> after the else clause
    expect(co.code[17]).toBe(4); // JUMP_BACKWARD -> FOR_ITER
  });

  it('while loops test at the top and jump back with JUMP_BACKWARD', () => {
    expect(opnames(compileSrc('while a:\n    b()\n'))).toEqual([
      'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'LOAD_NAME', 'CALL', 'POP_TOP', 'JUMP_BACKWARD', 'LOAD_CONST', 'RETURN_VALUE',
    ]);
    expect(opnames(compileSrc('while True:\n    b()\n'))).toEqual(['LOAD_NAME', 'CALL', 'POP_TOP', 'JUMP_BACKWARD']);
  });

  it('`is None` tests jump on the value', () => {
    expect(opnames(compileSrc('if x is not None:\n    y()\n')).slice(0, 2)).toEqual(['LOAD_NAME', 'POP_JUMP_IF_NONE']);
  });

  it('assert', () => {
    expect(opnames(compileSrc('assert x, "m"\n'))).toEqual([
      'LOAD_NAME', 'POP_JUMP_IF_TRUE', 'LOAD_ASSERTION_ERROR', 'LOAD_CONST', 'CALL', 'RAISE_VARARGS',
      'LOAD_CONST', 'RETURN_VALUE',
    ]);
  });
});

describe('functions, closures, classes', () => {
  it('defaults, kwdefaults, closures and flags', () => {
    const co = compileSrc('def f(a, b=1, *args, c, d=2, **kw):\n    def g():\n        return a + c\n    return g\n');
    expect(opnames(co).slice(0, 7)).toEqual([
      'LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_CONST_KEY_MAP', 'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_NAME']);
    expect(instrs(co)[5]).toBe('MAKE_FUNCTION 3');
    const f = findCode(co, 'f');
    expect(f.consts[0]).toEqual({ type: 'None' });
    expect([f.argcount, f.posonlyargcount, f.kwonlyargcount]).toEqual([2, 0, 2]);
    expect(f.varnames).toEqual(['a', 'b', 'c', 'd', 'args', 'kw', 'g']);
    expect(f.cellvars).toEqual(['a', 'c']);
    expect(Array.from(f.cell2arg)).toEqual([0, 2]);
    expect(f.flags).toBe(CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS);
    expect(instrs(f).slice(0, 5)).toEqual(['LOAD_CLOSURE 0', 'LOAD_CLOSURE 1', 'BUILD_TUPLE 2', 'LOAD_CONST 1', 'MAKE_FUNCTION 8']);
    const g = findCode(co, 'f.<locals>.g');
    expect(g.freevars).toEqual(['a', 'c']);
    expect(g.flags).toBe(CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED);
    expect(instrs(g)).toEqual(['LOAD_DEREF 0', 'LOAD_DEREF 1', 'BINARY_OP 0', 'RETURN_VALUE']);
  });

  it('docstrings: consts[0] of functions, __doc__ of modules and classes', () => {
    const co = compileSrc('"mod"\ndef f():\n    "fdoc"\n    return 1\nclass C:\n    "cdoc"\n');
    expect(instrs(co).slice(0, 2)).toEqual(['LOAD_CONST 0', 'STORE_NAME 0']);
    expect(co.names[0]).toBe('__doc__');
    expect(findCode(co, 'f').consts[0]).toEqual({ type: 'str', value: 'fdoc' });
    const c = findCode(co, 'C');
    expect(c.names).toContain('__doc__');
  });

  it('globals and locals in functions use the fast/global forms', () => {
    const f = findCode(compileSrc('def f(x):\n    global g\n    y = x + g + h\n    g = y\n'), 'f');
    expect(opnames(f)).toEqual([
      'LOAD_FAST', 'LOAD_GLOBAL', 'BINARY_OP', 'LOAD_GLOBAL', 'BINARY_OP', 'STORE_FAST', 'LOAD_FAST', 'STORE_GLOBAL',
      'LOAD_CONST', 'RETURN_VALUE',
    ]);
  });

  it('decorators apply innermost first', () => {
    expect(opnames(compileSrc('@a\n@b\ndef f(): pass\n'))).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'MAKE_FUNCTION', 'CALL', 'CALL', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE']);
  });

  it('class bodies: prologue, __classcell__, __build_class__ call', () => {
    const co = compileSrc('class C(B, metaclass=M):\n    def m(self):\n        return super().m()\n');
    expect(opnames(co)).toEqual([
      'LOAD_BUILD_CLASS', 'LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_CONST', 'LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'CALL_KW',
      'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE',
    ]);
    const c = findCode(co, 'C');
    expect(c.cellvars).toEqual(['__class__']);
    expect(c.flags & CO_OPTIMIZED).toBe(0);
    expect(opnames(c)).toEqual([
      'LOAD_NAME', 'STORE_NAME', 'LOAD_CONST', 'STORE_NAME', 'LOAD_CLOSURE', 'BUILD_TUPLE', 'LOAD_CONST',
      'MAKE_FUNCTION', 'STORE_NAME', 'LOAD_CLOSURE', 'COPY', 'STORE_NAME', 'RETURN_VALUE',
    ]);
    expect(c.names).toEqual(['__name__', '__module__', '__qualname__', 'm', '__classcell__']);
    expect(findCode(co, 'C.m').freevars).toEqual(['__class__']);
  });

  it('class bodies read enclosing function variables with LOAD_CLASSDEREF', () => {
    const k = findCode(compileSrc('def f():\n    x = 1\n    class K:\n        y = x\n    return K\n'), 'f.<locals>.K');
    expect(opnames(k)).toContain('LOAD_CLASSDEREF');
    expect(k.freevars).toEqual(['x']);
  });

  it('private names are mangled', () => {
    const co = compileSrc('class _C:\n    __a = 1\n    def f(self):\n        return self.__a + __b.__c__\n');
    expect(findCode(co, '_C').names).toContain('_C__a');
    expect(findCode(co, '_C.f').names).toEqual(['_C__a', '_C__b', '__c__']);
  });

  it('qualnames', () => {
    const co = compileSrc('def f():\n    def g():\n        return lambda: [x for x in ()]\nclass C:\n    def m(self): pass\n');
    expect(['f', 'f.<locals>.g', 'f.<locals>.g.<locals>.<lambda>', 'f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>', 'C', 'C.m']
      .map((q) => findCode(co, q).qualname).length).toBe(6);
  });
});

describe('comprehensions and generators', () => {
  it('a list comprehension is a nested function called with iter(first iterable)', () => {
    const co = compileSrc('r = [x * 2 for x in xs if x]\n');
    expect(opnames(co).slice(0, 6)).toEqual(['LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_NAME', 'GET_ITER', 'CALL', 'STORE_NAME']);
    const comp = findCode(co, '<listcomp>');
    expect(comp.varnames).toEqual(['.0', 'x']);
    expect(comp.argcount).toBe(1);
    expect(instrs(comp)).toEqual([
      'BUILD_LIST 0', 'LOAD_FAST 0', 'FOR_ITER 22', 'STORE_FAST 1', 'LOAD_FAST 1', 'POP_JUMP_IF_FALSE 20',
      'LOAD_FAST 1', 'LOAD_CONST 0', 'BINARY_OP 5', 'LIST_APPEND 2', 'JUMP_BACKWARD 4', 'RETURN_VALUE',
    ]);
  });

  it('generator expressions yield; generators get CO_GENERATOR', () => {
    const co = compileSrc('g = (x for x in y)\ndef f():\n    yield 1\n');
    const ge = findCode(co, '<genexpr>');
    expect(ge.flags & CO_GENERATOR).toBe(CO_GENERATOR);
    expect(opnames(ge)).toEqual(['LOAD_FAST', 'FOR_ITER', 'STORE_FAST', 'LOAD_FAST', 'YIELD_VALUE', 'POP_TOP',
      'JUMP_BACKWARD', 'LOAD_CONST', 'RETURN_VALUE']);
    expect(findCode(co, 'f').flags & CO_GENERATOR).toBe(CO_GENERATOR);
    expect(co.flags).toBe(CO_NOFREE);
  });

  it('yield from: GET_YIELD_FROM_ITER, None, SEND, YIELD_VALUE, JUMP_BACKWARD', () => {
    const f = findCode(compileSrc('def f():\n    r = yield from g()\n'), 'f');
    expect(instrs(f)).toEqual([
      'LOAD_GLOBAL 0', 'CALL 0', 'GET_YIELD_FROM_ITER', 'LOAD_CONST 0', 'SEND 14', 'YIELD_VALUE', 'JUMP_BACKWARD 8',
      'STORE_FAST 0', 'LOAD_CONST 0', 'RETURN_VALUE',
    ]);
  });
});

describe('exceptions and with', () => {
  it('the exception table covers the try body and handlers', () => {
    const co = compileSrc('try:\n    a()\nexcept E as e:\n    b()\n');
    const names = opnames(co);
    const handler = names.indexOf('PUSH_EXC_INFO') * 2;
    const callA = names.indexOf('CALL') * 2;
    const row = co.exceptionTable.find((r) => r.start <= callA && callA < r.end)!;
    expect(row).toMatchObject({ target: handler, depth: 0, pushLasti: false });
    // the handler body is protected by the `as e` cleanup (lasti), the handler by the outer cleanup
    expect(co.exceptionTable.filter((r) => r.pushLasti).length).toBeGreaterThanOrEqual(2);
    expect(names).toContain('CHECK_EXC_MATCH');
    expect(names.filter((n) => n === 'DELETE_NAME').length).toBe(2);
  });

  it('finally runs on the normal path and via a handler', () => {
    const f = findCode(compileSrc('def f():\n    try:\n        return g()\n    finally:\n        h()\n'), 'f');
    const names = opnames(f);
    // h() twice: inlined before the return, and in the exceptional path ending in RERAISE 0
    expect(names.filter((n) => n === 'LOAD_GLOBAL').length).toBe(3);
    expect(instrs(f)).toContain('RERAISE 0');
  });

  it('with: BEFORE_WITH, __exit__(None, None, None), WITH_EXCEPT_START', () => {
    const co = compileSrc('with m as x:\n    y\n');
    expect(opnames(co)).toEqual([
      'LOAD_NAME', 'BEFORE_WITH', 'STORE_NAME', 'LOAD_NAME', 'POP_TOP', 'LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST',
      'CALL', 'POP_TOP', 'LOAD_CONST', 'RETURN_VALUE', 'PUSH_EXC_INFO', 'WITH_EXCEPT_START', 'POP_JUMP_IF_TRUE',
      'COPY', 'SWAP', 'RERAISE', 'COPY', 'POP_EXCEPT', 'RERAISE', 'POP_TOP', 'POP_EXCEPT', 'POP_TOP', 'POP_TOP',
      'LOAD_CONST', 'RETURN_VALUE',
    ]);
    expect(co.exceptionTable[0]).toMatchObject({ start: 4, end: 10, target: 24, depth: 1, pushLasti: true });
  });
});

describe('imports and annotations', () => {
  it('import forms', () => {
    expect(body('import a.b\n')).toEqual(['LOAD_CONST 0', 'LOAD_CONST 1', 'IMPORT_NAME 0', 'STORE_NAME 1', 'LOAD_CONST 1', 'RETURN_VALUE']);
    const co = compileSrc('import a.b.c as d\n');
    expect(opnames(co).slice(0, 9)).toEqual([
      'LOAD_CONST', 'LOAD_CONST', 'IMPORT_NAME', 'IMPORT_FROM', 'SWAP', 'POP_TOP', 'IMPORT_FROM', 'STORE_NAME', 'POP_TOP']);
    expect(co.names).toEqual(['a.b.c', 'b', 'c', 'd']);
    const fr = compileSrc('from ..m import x as y, z\n');
    expect(fr.consts.slice(0, 2)).toEqual([{ type: 'int', value: 2n }, { type: 'tuple', items: [{ type: 'str', value: 'x' }, { type: 'str', value: 'z' }] }]);
    expect(opnames(fr).slice(2, 8)).toEqual(['IMPORT_NAME', 'IMPORT_FROM', 'STORE_NAME', 'IMPORT_FROM', 'STORE_NAME', 'POP_TOP']);
    expect(opnames(compileSrc('from m import *\n')).slice(2, 4)).toEqual(['IMPORT_NAME', 'IMPORT_STAR']);
  });

  it('module-level annotations go to __annotations__; function ones are not evaluated', () => {
    expect(opnames(compileSrc('x: int = 1\n'))).toEqual([
      'SETUP_ANNOTATIONS', 'LOAD_CONST', 'STORE_NAME', 'LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'STORE_SUBSCR',
      'LOAD_CONST', 'RETURN_VALUE',
    ]);
    expect(opnames(findCode(compileSrc('def f():\n    x: int = 1\n'), 'f'))).toEqual([
      'LOAD_CONST', 'STORE_FAST', 'LOAD_CONST', 'RETURN_VALUE']);
    const fut = compileSrc('from __future__ import annotations\nx: List[int]\n');
    expect(fut.consts).toContainEqual({ type: 'str', value: 'List[int]' });
  });
});

describe('positions', () => {
  it('every instruction carries the span of the node that generated it (as co_positions)', () => {
    const src = 'def f(xs):\n    total = 0\n    for x in xs:\n        total += (x *\n                  2)\n    return total\n';
    const f = findCode(compileSrc(src), 'f');
    const rows: string[] = [];
    for (let k = 0; k < f.code.length / 2; k++) rows.push(Array.from(f.positions.slice(k * 4, k * 4 + 4)).join(','));
    // checked against python3: [i.positions for i in dis.get_instructions(f)]
    expect(rows).toEqual([
      '2,2,12,13', '2,2,4,9', '3,3,13,15', '3,5,4,20', '3,5,4,20', '3,3,8,9', '4,4,8,13', '4,4,18,19',
      '5,5,18,19', '4,5,18,19', '4,5,8,20', '4,4,8,13', '4,4,8,13', '6,6,11,16', '6,6,4,16',
    ]);
  });

  it('artificial code takes a neighbour line; the module return gets the last line', () => {
    const co = compileSrc('if a:\n    b = 1\n');
    const lines = [];
    for (let k = 0; k < co.code.length / 2; k++) lines.push(co.positions[k * 4]);
    expect(lines).toEqual([1, 1, 2, 2, 2, 2, 1, 1]); // the jump gets its own copy of the exit, as 3.11
    expect(compileSrc('').positions[0]).toBe(1);
  });
});

describe('match statements (compile.c compiler_match)', () => {
  it('copies the subject for every case but the last, and binds captures only after a full match', () => {
    // The same instructions as CPython 3.11's dis (less RESUME; our jump targets are absolute).
    expect(instrs(compileSrc('match s:\n    case [x, 1]:\n        pass\n    case 2:\n        pass\n    case _:\n        pass\n'))).toEqual([
      'LOAD_NAME 0', 'COPY 1', 'MATCH_SEQUENCE', 'POP_JUMP_IF_FALSE 34', 'GET_LEN', 'LOAD_CONST 0',
      'COMPARE_OP 2', 'POP_JUMP_IF_FALSE 34', 'UNPACK_SEQUENCE 2', 'SWAP 2', 'LOAD_CONST 1', 'COMPARE_OP 2',
      'POP_JUMP_IF_FALSE 34', 'STORE_NAME 1', 'POP_TOP', 'LOAD_CONST 2', 'RETURN_VALUE', 'POP_TOP',
      'LOAD_CONST 0', 'COMPARE_OP 2', 'POP_JUMP_IF_FALSE 46', 'LOAD_CONST 2', 'RETURN_VALUE',
      'NOP', 'LOAD_CONST 2', 'RETURN_VALUE',
    ]);
  });

  it('class, mapping and or-patterns use MATCH_CLASS, MATCH_KEYS and a copy per alternative', () => {
    const names = opnames(compileSrc('match s:\n    case P(1, y=z, w=r) | {"k": z, **r} if z:\n        pass\n'));
    expect(names.filter((n) => n.startsWith('MATCH_'))).toEqual(['MATCH_CLASS', 'MATCH_MAPPING', 'MATCH_KEYS']);
    expect(names).toContain('DICT_UPDATE');
    expect(names).toContain('DELETE_SUBSCR');
  });

  it('a star wildcard subscripts from both ends instead of unpacking', () => {
    const names = opnames(compileSrc('match s:\n    case [a, *_, b]:\n        pass\n'));
    expect(names).not.toContain('UNPACK_EX');
    expect(names.filter((n) => n === 'BINARY_SUBSCR')).toHaveLength(2);
    expect(opnames(compileSrc('match s:\n    case [a, *b]:\n        pass\n'))).toContain('UNPACK_EX');
  });

  it('None is matched with one jump on the value; True with IS_OP', () => {
    expect(opnames(compileSrc('match s:\n    case None:\n        pass\n')).slice(0, 2)).toEqual(['LOAD_NAME', 'POP_JUMP_IF_NOT_NONE']);
    expect(opnames(compileSrc('match s:\n    case True:\n        pass\n')).slice(0, 4)).toEqual(['LOAD_NAME', 'LOAD_CONST', 'IS_OP', 'POP_JUMP_IF_FALSE']);
  });
});
