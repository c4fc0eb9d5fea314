// Compile-time SyntaxErrors: messages and positions as CPython 3.11 reports them (checked with
// python3: compile(src, 'f.py', 'exec') -> e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset).
import { parse } from '@pyarena/parser';
import { describe, expect, it } from 'vitest';
import { compile, CompileError } from '../src/index';

const cases: [string, string, number, number, number, number][] = [
  ['x=1\nreturn 5\n', "'return' outside function", 2, 1, 2, 9],
  ['break\n', "'break' outside loop", 1, 1, 1, 6],
  ['while 1:\n  def f():\n    break\n', "'break' outside loop", 3, 5, 3, 10],
  ['continue\n', "'continue' not properly in loop", 1, 1, 1, 9],
  ['class C:\n  yield 1\n', "'yield' outside function", 2, 3, 2, 10],
  ['yield 1\n', "'yield' outside function", 1, 1, 1, 8],
  ['def f():\n  print(x)\n  global x\n', "name 'x' is used prior to global declaration", 3, 3, 3, 11],
  ['def f():\n  x = 1\n  global x\n', "name 'x' is assigned to before global declaration", 3, 3, 3, 11],
  ['nonlocal x\n', 'nonlocal declaration not allowed at module level', 1, 1, 1, 11],
  ['class C:\n  nonlocal x\n', "no binding for nonlocal 'x' found", 2, 3, 2, 13],
  ['def f():\n  nonlocal x\n', "no binding for nonlocal 'x' found", 2, 3, 2, 13],
  ['def f(a, a): pass\n', "duplicate argument 'a' in function definition", 1, 10, 1, 11],
  ['def f(a, *, a): pass\n', "duplicate argument 'a' in function definition", 1, 13, 1, 14],
  ['lambda a, a: 1\n', "duplicate argument 'a' in function definition", 1, 11, 1, 12],
  ['*a, *b = c\n', 'multiple starred expressions in assignment', 1, 1, 1, 7],
  ['*a = b\n', 'starred assignment target must be in a list or tuple', 1, 1, 1, 3],
  ['print(*a)\n*a\n', "can't use starred expression here", 2, 1, 2, 3],
  ['f(x=1, x=2)\n', 'keyword argument repeated: x', 1, 8, 1, 11],
  ['def f():\n  from m import *\n', 'import * only allowed at module level', 2, 17, 2, 18],
  ['[(yield) for x in y]\n', "'yield' inside list comprehension", 1, 3, 1, 8],
  ['def f():\n  ((yield) for x in y)\n', "'yield' inside generator expression", 2, 5, 2, 10],
  ['class C:\n  [(y := 1) for x in z]\n', 'assignment expression within a comprehension cannot be used in a class body', 2, 5, 2, 6],
  ['[(x := 1) for x in z]\n', "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3, 1, 4],
  ['def f(x):\n  global x\n', "name 'x' is parameter and global", 2, 3, 2, 11],
  ['def f(x):\n  nonlocal x\n', "name 'x' is parameter and nonlocal", 2, 3, 2, 13],
  ['def f():\n  x: int = 1\n  global x\n', "annotated name 'x' can't be global", 3, 3, 3, 11],
  ['def f():\n  global x\n  x: int = 1\n', "annotated name 'x' can't be global", 3, 3, 3, 13],
  ['try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n', "default 'except:' must be last", 3, 1, 4, 7],
  ['x=1\nfrom __future__ import annotations\n', 'from __future__ imports must occur at the beginning of the file', 2, 1, 2, 35],
  ['def f():\n  x = 1\n  nonlocal x\n', "name 'x' is assigned to before nonlocal declaration", 3, 3, 3, 13],
  ['def f():\n  def g():\n    print(x)\n    nonlocal x\n  x=1\n', "name 'x' is used prior to nonlocal declaration", 4, 5, 4, 15],
  ['a, *b, *c = d\n', 'multiple starred expressions in assignment', 1, 1, 1, 10],
  ['[*a, *b] = c\n', 'multiple starred expressions in assignment', 1, 1, 1, 9],
  ['def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n', "name 'x' is nonlocal and global", 4, 5, 4, 13],
  ['[i for i in range(3) if (j := i) for j in range(2)]\n', "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39],
  ['[i for i in (j := range(3))]\n', 'assignment expression cannot be used in a comprehension iterable expression', 1, 14, 1, 27],
];

describe('compile errors', () => {
  it('are CompileError instances', () => {
    expect(() => compile(parse('break\n', 'f.py'), 'f.py')).toThrow(CompileError);
  });
  for (const [src, msg, lineno, offset, endLineno, endOffset] of cases) {
    it(msg + ' / ' + JSON.stringify(src), () => {
      let err: unknown;
      try {
        compile(parse(src, 'f.py'), 'f.py', src);
      } catch (e) {
        err = e;
      }
      // Some of these the parser may already reject (PySyntaxError has the same fields).
      expect(err).toBeInstanceOf(Error);
      const e = err as CompileError;
      expect({ msg: e.msg, lineno: e.lineno, offset: e.offset, endLineno: e.endLineno, endOffset: e.endOffset })
        .toEqual({ msg, lineno, offset, endLineno, endOffset });
      expect(e.excType).toBe('SyntaxError');
      expect(e.filename).toBe('f.py');
      expect(e.text).toBe(src.split('\n')[lineno - 1]);
    });
  }
});
