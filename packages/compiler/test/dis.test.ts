// dis output in CPython 3.11's layout. The expected text below was checked column by column
// against `python3 -c "import dis; dis.dis(compile(src, 'x.py', 'exec'))"` (our programs have
// no RESUME/PUSH_NULL/PRECALL and our jump arguments are absolute).
import { describe, expect, it } from 'vitest';
import { dis } from '../src/index';
import { floatRepr, strRepr, bytesRepr, constRepr, CodeAddresses } from '../src/repr';
import { compileSrc } from './helpers';

const SRC = 'x = 1\nif x:\n    print("hi", 1.5, -0.0, (1, "a"))\ndef f(a):\n    try:\n        return a\n    except E:\n        pass\n';

const EXPECTED = `  1           0 LOAD_CONST               0 (1)
              2 STORE_NAME               0 (x)

  2           4 LOAD_NAME                0 (x)
              6 POP_JUMP_IF_FALSE       22 (to 22)

  3           8 LOAD_NAME                1 (print)
             10 LOAD_CONST               1 ('hi')
             12 LOAD_CONST               2 (1.5)
             14 LOAD_CONST               3 (-0.0)
             16 LOAD_CONST               4 ((1, 'a'))
             18 CALL                     4
             20 POP_TOP

  4     >>   22 LOAD_CONST               5 (<code object f at 0x7f0000000000, file "x.py", line 4>)
             24 MAKE_FUNCTION            0
             26 STORE_NAME               2 (f)
             28 LOAD_CONST               6 (None)
             30 RETURN_VALUE

Disassembly of <code object f at 0x7f0000000000, file "x.py", line 4>:
  5           0 NOP

  6           2 LOAD_FAST                0 (a)
              4 RETURN_VALUE
        >>    6 PUSH_EXC_INFO

  7           8 LOAD_GLOBAL              0 (E)
             10 CHECK_EXC_MATCH
             12 POP_JUMP_IF_FALSE       22 (to 22)
             14 POP_TOP

  8          16 POP_EXCEPT
             18 LOAD_CONST               0 (None)
             20 RETURN_VALUE

  7     >>   22 RERAISE                  0
        >>   24 COPY                     3
             26 POP_EXCEPT
             28 RERAISE                  1
ExceptionTable:
  2 to 2 -> 6 [0]
  6 to 14 -> 24 [1] lasti
  22 to 22 -> 24 [1] lasti
`;

describe('dis', () => {
  it('lays out a module and its nested code like CPython 3.11', () => {
    expect(dis(compileSrc(SRC))).toBe(EXPECTED);
  });

  it('shows argument meanings', () => {
    const out = dis(compileSrc('def f(a, *, b=1):\n    def g():\n        return a\n    return f"{a!r:>3}" + g()\nx = a < b\n'));
    expect(out).toContain('MAKE_FUNCTION            2 (kwdefaults)');
    expect(out).toContain('MAKE_FUNCTION            8 (closure)');
    expect(out).toContain('LOAD_CLOSURE             0 (a)');
    expect(out).toContain('FORMAT_VALUE             6 (repr, with format)');
    expect(out).toContain('BINARY_OP                0 (+)');
    expect(out).toContain('COMPARE_OP               0 (<)');
    expect(out).toContain("LOAD_CONST               1 (('b',))");
  });
});

describe('constant reprs', () => {
  it('floats as Python prints them', () => {
    const cases: [number, string][] = [
      [1.5, '1.5'], [1e16, '1e+16'], [1234567890123456, '1234567890123456.0'], [0.0001, '0.0001'],
      [0.00001, '1e-05'], [-0, '-0.0'], [Infinity, 'inf'], [NaN, 'nan'], [1e22, '1e+22'], [2.5e-7, '2.5e-07'],
      [123.456, '123.456'], [0.1 + 0.2, '0.30000000000000004'],
    ];
    for (const [x, s] of cases) expect(floatRepr(x)).toBe(s);
  });

  it('strings and bytes as Python prints them', () => {
    expect(strRepr("it's")).toBe('"it\'s"');
    expect(strRepr('say "hi" it\'s')).toBe("'say \"hi\" it\\'s'");
    expect(strRepr('a\nb\t\\\x00\x7f')).toBe("'a\\nb\\t\\\\\\x00\\x7f'");
    expect(strRepr('é€😀\u200b')).toBe("'é€😀\\u200b'");
    expect(bytesRepr(new Uint8Array([104, 105, 0, 255, 39]))).toBe('b"hi\\x00\\xff\'"');
  });

  it('tuples, frozensets, complex, None, Ellipsis', () => {
    const a = new CodeAddresses();
    expect(constRepr({ type: 'tuple', items: [{ type: 'int', value: 1n }] }, a)).toBe('(1,)');
    expect(constRepr({ type: 'tuple', items: [] }, a)).toBe('()');
    expect(constRepr({ type: 'frozenset', items: [{ type: 'str', value: 'a' }] }, a)).toBe("frozenset({'a'})");
    expect(constRepr({ type: 'complex', imag: 2 }, a)).toBe('2j');
    expect(constRepr({ type: 'complex', imag: 1.5 }, a)).toBe('1.5j');
    expect(constRepr({ type: 'None' }, a)).toBe('None');
    expect(constRepr({ type: 'Ellipsis' }, a)).toBe('Ellipsis');
    expect(constRepr({ type: 'bool', value: true }, a)).toBe('True');
  });
});

describe('dis of a match statement', () => {
  // Checked against CPython 3.11's dis.dis: the same instructions, less RESUME/PUSH_NULL/PRECALL,
  // except that CPython's optimizer also drops the SWAP 2 before the POP_TOPs of the mapping case.
  it('shows MATCH_CLASS, MATCH_MAPPING, MATCH_KEYS and the failure clean-up on the pattern lines', () => {
    const src = 'match p:\n    case Point(x=0) | None:\n        print("a")\n    case {"k": v}:\n        print(v)\n';
    expect(dis(compileSrc(src))).toBe(`  1           0 LOAD_NAME                0 (p)

  2           2 COPY                     1
              4 COPY                     1
              6 LOAD_NAME                1 (Point)
              8 LOAD_CONST               0 (('x',))
             10 MATCH_CLASS              0
             12 COPY                     1
             14 POP_JUMP_IF_NONE        26 (to 26)
             16 UNPACK_SEQUENCE          1
             18 LOAD_CONST               1 (0)
             20 COMPARE_OP               2 (==)
             22 POP_JUMP_IF_FALSE       28 (to 28)
             24 JUMP_FORWARD            38 (to 38)
        >>   26 POP_TOP
        >>   28 COPY                     1
             30 POP_JUMP_IF_NOT_NONE    34 (to 34)
             32 JUMP_FORWARD            38 (to 38)
        >>   34 POP_TOP
             36 JUMP_FORWARD            54 (to 54)
        >>   38 POP_TOP
             40 POP_TOP

  3          42 LOAD_NAME                2 (print)
             44 LOAD_CONST               2 ('a')
             46 CALL                     1
             48 POP_TOP
             50 LOAD_CONST               5 (None)
             52 RETURN_VALUE

  4     >>   54 MATCH_MAPPING
             56 POP_JUMP_IF_FALSE      102 (to 102)
             58 GET_LEN
             60 LOAD_CONST               3 (1)
             62 COMPARE_OP               5 (>=)
             64 POP_JUMP_IF_FALSE      102 (to 102)
             66 LOAD_CONST               4 (('k',))
             68 MATCH_KEYS
             70 COPY                     1
             72 POP_JUMP_IF_NONE        98 (to 98)
             74 UNPACK_SEQUENCE          1
             76 SWAP                     3
             78 SWAP                     2
             80 POP_TOP
             82 POP_TOP
             84 STORE_NAME               3 (v)

  5          86 LOAD_NAME                2 (print)
             88 LOAD_NAME                3 (v)
             90 CALL                     1
             92 POP_TOP
             94 LOAD_CONST               5 (None)
             96 RETURN_VALUE

  4     >>   98 POP_TOP
            100 POP_TOP
        >>  102 POP_TOP
            104 LOAD_CONST               5 (None)
            106 RETURN_VALUE
`);
  });
});
