// Grammar examples read as specifications: the shape of the tree (precedence, associativity,
// contexts), spans, f-strings, and the layout pass. Exact CPython equality for a wider corpus
// lives in ast-cpython.test.ts; exact error reports in syntax-errors.test.ts.
import { describe, expect, it } from 'vitest';
import type { Expr, Stmt } from '../src/index';
import { parse, PySyntaxError } from '../src/index';

/** A compact S-expression of an expression: enough to read precedence at a glance. */
function sx(e: Expr | null): string {
  if (e === null) return '_';
  switch (e.kind) {
    case 'Name': return e.ctx === 'Load' ? e.id : `${e.id}:${e.ctx}`;
    case 'Constant': {
      const v = e.value;
      return v.type === 'str' ? JSON.stringify(v.value) : v.type === 'int' ? String(v.value) : v.type === 'float' ? `${v.value}f` : v.type === 'complex' ? `${v.imag}j` : v.type;
    }
    case 'BinOp': return `(${e.op} ${sx(e.left)} ${sx(e.right)})`;
    case 'UnaryOp': return `(${e.op} ${sx(e.operand)})`;
    case 'BoolOp': return `(${e.op} ${e.values.map(sx).join(' ')})`;
    case 'Compare': return `(${[sx(e.left), ...e.ops.flatMap((op, i) => [op, sx(e.comparators[i]!)])].join(' ')})`;
    case 'IfExp': return `(if ${sx(e.test)} ${sx(e.body)} ${sx(e.orelse)})`;
    case 'Lambda': return `(lambda ${sx(e.body)})`;
    case 'Call': return `(call ${sx(e.func)} ${e.args.map(sx).join(' ')}${e.keywords.map((k) => ` ${k.arg ?? '**'}=${sx(k.value)}`).join('')})`;
    case 'Attribute': return `(. ${sx(e.value)} ${e.attr})`;
    case 'Subscript': return `([] ${sx(e.value)} ${sx(e.slice)})`;
    case 'Slice': return `(: ${sx(e.lower)} ${sx(e.upper)} ${sx(e.step)})`;
    case 'Tuple': return `(tuple${e.ctx === 'Load' ? '' : ':' + e.ctx} ${e.elts.map(sx).join(' ')})`;
    case 'List': return `(list${e.ctx === 'Load' ? '' : ':' + e.ctx} ${e.elts.map(sx).join(' ')})`;
    case 'Starred': return `(*${e.ctx === 'Load' ? '' : ':' + e.ctx} ${sx(e.value)})`;
    case 'NamedExpr': return `(:= ${sx(e.target)} ${sx(e.value)})`;
    case 'JoinedStr': return `(f ${e.values.map(sx).join(' ')})`;
    case 'FormattedValue': return `{${sx(e.value)} ${e.conversion}${e.formatSpec ? ' ' + sx(e.formatSpec) : ''}}`;
    case 'GeneratorExp': return `(genexp ${sx(e.elt)})`;
    case 'Yield': return `(yield ${sx(e.value)})`;
    default: return e.kind;
  }
}

const expr = (src: string): string => {
  const s = parse(src + '\n', 't.py').body[0]!;
  if (s.kind !== 'Expr') throw new Error(`not an expression: ${s.kind}`);
  return sx(s.value);
};
const stmt = (src: string): Stmt => parse(src, 't.py').body[0]!;

describe('operator precedence', () => {
  it.each([
    ['-2**2', '(USub (Pow 2 2))'],
    ['2**-1', '(Pow 2 (USub 1))'],
    ['2**3**2', '(Pow 2 (Pow 3 2))'],
    ['a < b < c', '(a Lt b Lt c)'],
    ['not a == b', '(Not (a Eq b))'],
    ['a if b else c if d else e', '(if b a (if d c e))'],
    ['lambda: x if y else z', '(lambda (if y x z))'],
    ['a or b and not c', '(Or a (And b (Not c)))'],
    ['a and b or c and d', '(Or (And a b) (And c d))'],
    ['a | b ^ c & d', '(BitOr a (BitXor b (BitAnd c d)))'],
    ['a << b + c * d', '(LShift a (Add b (Mult c d)))'],
    ['a - b - c', '(Sub (Sub a b) c)'],
    ['a * b // c % d @ e', '(MatMult (Mod (FloorDiv (Mult a b) c) d) e)'],
    ['a + b < c | d', '((Add a b) Lt (BitOr c d))'],
    ['a not in b is not c', '(a NotIn b IsNot c)'],
    ['~-+a', '(Invert (USub (UAdd a)))'],
    ['-a.b(c)[d] ** e', '(USub (Pow ([] (call (. a b) c) d) e))'],
    ['(a + b) * c', '(Mult (Add a b) c)'],
    ['not not a', '(Not (Not a))'],
    ['x[1:2, ::3]', '([] x (tuple (: 1 2 _) (: _ _ 3)))'],
    ['f(*a, k=1, **m)', '(call f (* a) k=1 **=m)'],
    ['(y := 5)', '(:= y:Store 5)'],
    ['1j + 1.5 + 0x1F + 0o7 + 0b1 + 1_000', '(Add (Add (Add (Add (Add 1j 1.5f) 31) 7) 1) 1000)'],
    ['None, True, False, ...', '(tuple None bool bool Ellipsis)'],
  ])('%s', (src, tree) => {
    expect(expr(src)).toBe(tree);
  });
});

describe('targets get CPython contexts', () => {
  it('assignment, for, del and augmented targets', () => {
    const a = stmt('a, *b, [c.d, e[0]] = f\n');
    expect(a.kind === 'Assign' && sx(a.targets[0]!)).toBe('(tuple:Store a:Store (*:Store b:Store) (list:Store (. c d) ([] e 0)))');
    const d = stmt('del a, b[0]\n');
    expect(d.kind === 'Delete' && d.targets.map(sx).join(' ')).toBe('a:Del ([] b 0)');
    const f = stmt('for k, v in d: pass\n');
    expect(f.kind === 'For' && sx(f.target)).toBe('(tuple:Store k:Store v:Store)');
    const x = stmt('x.y += 1\n');
    expect(x.kind === 'AugAssign' && x.target.kind === 'Attribute' && x.target.ctx).toBe('Store');
  });
  it('chained assignment keeps every target', () => {
    const a = stmt('a = b = c\n');
    expect(a.kind === 'Assign' && a.targets.map(sx)).toEqual(['a:Store', 'b:Store']);
  });
});

describe('strings and f-strings', () => {
  it.each([
    [`'a' "b" '''c'''`, '"abc"'],
    [`'\\x41\\u00e9\\U0001F600\\101\\n'`, JSON.stringify('Aé😀A\n')],
    [`r'\\n' 'x'`, JSON.stringify('\\nx')],
    [`f'{x!r:>{w}}'`, '(f {x 114 (f ">" {w -1})})'],
    [`f'{x=}'`, '(f "x=" {x 114})'],
    [`f'{x = :>3}'`, '(f "x = " {x -1 (f ">3")})'],
    [`f'{{a}}{b}' 'c'`, '(f "{a}" {b -1} "c")'],
    [`f'{a["k"]!s}'`, '(f {([] a "k") 115})'],
  ])('%s', (src, tree) => {
    expect(expr(src)).toBe(tree);
  });
  it('bytes concatenate; bytes and str do not mix', () => {
    const s = stmt(`b'a' b'\\x00'\n`);
    expect(s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value).toEqual({ type: 'bytes', value: new Uint8Array([97, 0]) });
    expect(() => parse(`b'a' 'b'\n`, 't.py')).toThrow('cannot mix bytes and nonbytes literals');
  });
});

describe('spans point into the original source', () => {
  it('across comments, blank lines, tabs and continuation lines', () => {
    const m = parse('# c\n\nif x:\n\ty = (1 +  # c\n\t     2)\n', 't.py');
    const s = m.body[0]!;
    expect(s).toMatchObject({ kind: 'If', lineno: 3, col: 0, endLineno: 5, endCol: 8 });
    const y = s.kind === 'If' ? s.body[0]! : null;
    expect(y).toMatchObject({ kind: 'Assign', lineno: 4, col: 1, endLineno: 5, endCol: 8 });
    const v = y?.kind === 'Assign' ? y.value : null;
    expect(v).toMatchObject({ kind: 'BinOp', lineno: 4, col: 6, endLineno: 5, endCol: 7 });
  });
  it('f-string fields keep their own positions', () => {
    const s = stmt('x = f"ab{cd}"\n');
    const fv = s.kind === 'Assign' && s.value.kind === 'JoinedStr' ? s.value.values[1] : null;
    expect(fv?.kind === 'FormattedValue' && fv.value).toMatchObject({ kind: 'Name', lineno: 1, col: 9, endCol: 11 });
  });
});

describe('layout', () => {
  it('empty and comment-only files are empty modules', () => {
    expect(parse('', 't.py')).toEqual({ kind: 'Module', body: [] });
    expect(parse('\n  \n# c\n\t\n', 't.py').body).toEqual([]);
  });
  it('dedents to several levels at once, with and without a final newline', () => {
    for (const end of ['', '\n']) {
      const m = parse(`def f():\n  if x:\n    if y:\n      return 1\nz = 2${end}`, 't.py');
      expect(m.body.map((s) => s.kind)).toEqual(['FunctionDef', 'Assign']);
    }
  });
  it('one-line compound bodies and semicolons', () => {
    const m = parse('if x: a; b\nelse: c\n', 't.py');
    const s = m.body[0]!;
    expect(s.kind === 'If' && [s.body.length, s.orelse.length]).toEqual([2, 1]);
  });
  it('CRLF line endings', () => {
    expect(parse('x = 1\r\nif x:\r\n  y = 2\r\n', 't.py').body.length).toBe(2);
  });
  it('tabs expand to multiples of 8 like CPython', () => {
    expect(parse('if x:\n\ty = 1\n\tz = 2\n', 't.py').body.length).toBe(1);
    expect(() => parse('if x:\n\ty = 1\n        z = 2\n', 't.py')).toThrow(PySyntaxError);
  });
  it('is linear: a long file of nested brackets parses quickly', () => {
    const src = 'x = ' + '['.repeat(60) + ']'.repeat(60) + '\n' + 'y = 1\n'.repeat(3000);
    const t = performance.now();
    expect(parse(src, 't.py').body.length).toBe(3001);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('errors the grammar leaves to the AST builder', () => {
  it.each([
    ['x = a.None\n', 'invalid syntax'],
    ['def f(a, a): pass\n', "duplicate argument 'a' in function definition"],
    ['f(**a, b)\n', 'positional argument follows keyword argument unpacking'],
    ['lambda *: 1\n', 'named arguments must follow bare *'],
    ['x = [*a for a in b]\n', 'iterable unpacking cannot be used in comprehension'],
    ['{**a for a in b}\n', 'dict unpacking cannot be used in dict comprehension'],
    ['try:\n  pass\nelse:\n  pass\n', "expected 'except' or 'finally' block"],
  ])('%s', (src, msg) => {
    expect(() => parse(src, 't.py')).toThrow(msg);
  });
});
