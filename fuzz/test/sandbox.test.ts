// Python code cannot reach the host (shared/DESIGN.md section 3: sandbox by construction): no file
// system, network, environment or process access, and no way around it through import machinery,
// introspection, or the JavaScript objects the interpreter is made of. Each attempt must fail with
// a Python error, whose exact last line is asserted, and leave the host untouched. Names that are
// properties of every JavaScript object (constructor, __proto__, toString) get the same answers as
// in CPython, where they mean nothing.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliBuilt, pyarena, scratchDir } from '../src/cli';
import { loadEngine, type Engine } from '../src/engine';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

const dir = scratchDir();
const target = join(dir, 'created.txt');

/** [program, the last line of stderr]. Every one exits with status 1 and prints nothing. */
const ESCAPES: [string, string][] = [
  [`open(${JSON.stringify(target)}, 'w').write('x')`, "NameError: name 'open' is not defined"],
  ...['os', 'subprocess', 'socket', 'importlib', 'ctypes', 'io', 'pathlib', 'shutil', 'signal', 'threading', 'posix', '_io', 'select', 'http', 'urllib', 'multiprocessing', 'tempfile', 'glob', 'pickle', 'marshal']
    .map((m): [string, string] => [`import ${m}`, `ModuleNotFoundError: No module named '${m}'`]),
  ['from os import system', "ModuleNotFoundError: No module named 'os'"],
  ['from os.path import exists', "ModuleNotFoundError: No module named 'os'"],
  ['import os.path', "ModuleNotFoundError: No module named 'os'"],
  ['import math.os', "ModuleNotFoundError: No module named 'math.os'; 'math' is not a package"],
  ["import sys\nsys.modules['os']", "KeyError: 'os'"],
  ["import sys\nsys.modules['sys'].modules['posix']", "KeyError: 'posix'"],
  ["__import__('os')", "NameError: name '__import__' is not defined"],
  ["globals()['__builtins__'].__dict__['__import__']('os')", "KeyError: '__import__'"],
  ["exec('import os')", "NameError: name 'exec' is not defined"],
  ["eval('1 + 1')", "NameError: name 'eval' is not defined"],
  ["compile('1', 'x', 'eval')", "NameError: name 'compile' is not defined. Did you mean: 'complex'?"],
  ['breakpoint()', "NameError: name 'breakpoint' is not defined"],
  ['exit(3)', "NameError: name 'exit' is not defined"],
  ["__builtins__.open", "AttributeError: module 'builtins' has no attribute 'open'"],
  ["import builtins\nbuiltins.open", "AttributeError: module 'builtins' has no attribute 'open'"],
  ["import builtins\nbuiltins.__import__('os')", "AttributeError: module 'builtins' has no attribute '__import__'"],
  ["__builtins__.__dict__['open']", "KeyError: 'open'"],
  ["(lambda: 0).__globals__['__builtins__'].open", "AttributeError: module 'builtins' has no attribute 'open'"],
  ['().__class__.__base__.__subclasses__()', "AttributeError: type object 'object' has no attribute '__subclasses__'"],
  ['().__class__.__bases__[0].__subclasses__()', "AttributeError: type object 'object' has no attribute '__subclasses__'"],
  ['type.__subclasses__(object)', "AttributeError: type object 'type' has no attribute '__subclasses__'"],
  ['(lambda: 0).__code__.co_consts', "AttributeError: 'code' object has no attribute 'co_consts'"],
  ['print.__self__', "AttributeError: 'builtin_function_or_method' object has no attribute '__self__'. Did you mean: '__new__'?"],
  ['import sys\nsys._getframe(0)', "AttributeError: module 'sys' has no attribute '_getframe'"],
  ['import sys\nsys.stdin.fileno()', "AttributeError: module 'sys' has no attribute 'stdin'"],
  ['import sys\nsys.stdout.buffer', "AttributeError: 'TextIOWrapper' object has no attribute 'buffer'"],
  ['import random\nrandom.__file__', "AttributeError: module 'random' has no attribute '__file__'"],
  ['import math\nmath.__loader__', "AttributeError: module 'math' has no attribute '__loader__'"],
  ['import tracemalloc\ntracemalloc.start()\ntracemalloc.take_snapshot().dump(' + JSON.stringify(target) + ')',
    'OSError: tracemalloc: Snapshot.dump() needs a file system, which pyarena programs cannot reach'],
  // JavaScript's own property names (CPython gives these exact lines too).
  ...['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'].flatMap((n): [string, string][] => [
    [`import ${n}`, `ModuleNotFoundError: No module named '${n}'`],
    [n, `NameError: name '${n}' is not defined`],
  ]),
  ['print.constructor', "AttributeError: 'builtin_function_or_method' object has no attribute 'constructor'"],
  ['[].constructor', "AttributeError: 'list' object has no attribute 'constructor'"],
  ["getattr('s', 'constructor')", "AttributeError: 'str' object has no attribute 'constructor'"],
  ["object.__getattribute__(1, 'constructor')", "AttributeError: 'int' object has no attribute 'constructor'"],
  ['class C: pass\nC().constructor', "AttributeError: 'C' object has no attribute 'constructor'"],
  ["import sys\nsys.constructor", "AttributeError: module 'sys' has no attribute 'constructor'"],
  ["'{0.constructor}'.format(1)", "AttributeError: 'int' object has no attribute 'constructor'"],
  ["'{constructor}'.format()", "KeyError: 'constructor'"],
  ["'%(constructor)s' % {}", "KeyError: 'constructor'"],
  ["{}['__proto__']", "KeyError: '__proto__'"],
  ["int.__dict__['constructor']", "KeyError: 'constructor'"],
  ["(lambda: 0)(constructor=1)", "TypeError: <lambda>() got an unexpected keyword argument 'constructor'"],
  ["super(int, 1).constructor", "AttributeError: 'super' object has no attribute 'constructor'"],
];

describe('sandbox', () => {
  it(`${ESCAPES.length} ways out of the sandbox each fail with their exact Python error`, () => {
    const failures: string[] = [];
    for (const [source, last] of ESCAPES) {
      const r = engine.runSource(source + '\n', { filename: 'escape.py', stdin: '' });
      const lines = r.stderr.trimEnd().split('\n');
      const got = { stdout: r.stdout, first: lines[0], last: lines[lines.length - 1], exitCode: r.exitCode };
      const want = { stdout: '', first: 'Traceback (most recent call last):', last, exitCode: 1 };
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${source}\n  got ${JSON.stringify(got)}`);
    }
    expect(failures).toEqual([]);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('what a program can see of the host is fixed: no environment, paths or executable', () => {
    const r = engine.runSource(
      "import sys\nprint(sys.argv, sys.path, repr(sys.executable), sys.platform)\nprint([m for m in sorted(sys.modules) if m in ('os', 'posix', 'io', 'socket')])\n" +
        "import gc\nprint([o for o in gc.get_objects() if type(o).__name__ == 'module' and o.__name__ in ('os', 'posix')])\n",
      { filename: 'look.py', argv: ['look.py'] },
    );
    expect(r).toEqual({ stdout: "['look.py'] [] '' linux\n[]\n[]\n", stderr: '', exitCode: 0 });
  });

  it('input() reads only the standard input it is given; sys.exit() ends the program, not the host', () => {
    const r = engine.runSource("print(input())\ntry:\n    input()\nexcept EOFError:\n    print('EOF')\nimport sys\nsys.exit(3)\n", { filename: 'io.py', stdin: 'given\n' });
    expect(r).toEqual({ stdout: 'given\nEOF\n', stderr: '', exitCode: 3 });
  });

  it.runIf(cliBuilt())('the command line creates no file either', () => {
    const r = pyarena(['-c', `open(${JSON.stringify(target)}, 'w')`], dir);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe("NameError: name 'open' is not defined");
    expect(r.status).toBe(1);
    expect(existsSync(target)).toBe(false);
  });
});
