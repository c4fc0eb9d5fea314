// THE opcode table: one list drives the compiler (stack effects), the VM (the numbers in its
// switch) and `dis` (names and operand kinds). Spellings follow CPython 3.11's Lib/opcode.py so
// `dis` output reads the same; numbers are our own (small and dense, for V8's jump tables).
//
// Encoding: CodeObject.code is an Int32Array of [opcode, arg] word pairs. The program counter
// (pc) indexes words, so the instruction at pc has opcode code[pc] and argument code[pc + 1],
// and dis shows pc as the offset. Jump arguments are ABSOLUTE pc targets.
//
// Stack notation below: (before -- after), top of stack on the right. NULL is a JS `null` slot.

export const NOP = 1; //                   ( -- )
export const POP_TOP = 2; //               (v -- )
export const COPY = 3; //                  (... v_n ... v_1 -- ... v_1 v_n)   push a copy of the n-th item (n >= 1)
export const SWAP = 4; //                  swap top of stack with the n-th item (n >= 2)
export const LOAD_CONST = 5; //            ( -- consts[arg])
export const LOAD_FAST = 6; //             ( -- varnames[arg]); UnboundLocalError if unset
export const STORE_FAST = 7; //            (v -- )
export const DELETE_FAST = 8; //           ( -- ); UnboundLocalError if unset
export const LOAD_DEREF = 9; //            ( -- cell contents); arg indexes cellvars ++ freevars
export const STORE_DEREF = 10; //          (v -- )
export const DELETE_DEREF = 11; //         ( -- )
export const LOAD_CLOSURE = 12; //         ( -- cell)   the cell object itself, for MAKE_FUNCTION
export const LOAD_CLASSDEREF = 13; //      ( -- v)   class body: locals dict first, then the cell
export const LOAD_GLOBAL = 14; //          ( -- globals[names[arg]] or builtins[...]); NameError
export const STORE_GLOBAL = 15; //         (v -- )
export const DELETE_GLOBAL = 16; //        ( -- )
export const LOAD_NAME = 17; //            ( -- locals, then globals, then builtins [names[arg]])
export const STORE_NAME = 18; //           (v -- )   into the frame's locals mapping
export const DELETE_NAME = 19; //          ( -- )
export const LOAD_ATTR = 20; //            (obj -- obj.names[arg])
export const STORE_ATTR = 21; //           (v obj -- )   obj.name = v
export const DELETE_ATTR = 22; //          (obj -- )
export const LOAD_METHOD = 23; //          (obj -- meth obj) when names[arg] is a plain function on type(obj),
//                                          (obj -- attr NULL) otherwise; consumed by CALL_METHOD
export const CALL = 24; //                 (callable a_1 .. a_argc -- result)
export const CALL_METHOD = 25; //          (f selfOrNull a_1 .. a_argc -- result)   f(self, a...) or f(a...)
export const CALL_KW = 26; //              (callable a_1 .. a_argc kwnames -- result): kwnames is a const
//                                          tuple of str naming the LAST len(kwnames) of the argc values
export const CALL_FUNCTION_EX = 27; //     (callable argsTuple [kwargsDict if arg & 1] -- result)
export const MAKE_FUNCTION = 28; //        ([defaults tuple if arg&1] [kwdefaults dict if arg&2]
//                                          [closure tuple of cells if arg&8] code -- function)
export const RETURN_VALUE = 29; //         (v -- )   returns v to the caller
export const BINARY_OP = 30; //            (a b -- a OP b)   arg: NB_* below (inplace forms use __iXXX__)
export const UNARY_POSITIVE = 31; //       (v -- +v)
export const UNARY_NEGATIVE = 32; //       (v -- -v)
export const UNARY_NOT = 33; //            (v -- not v)
export const UNARY_INVERT = 34; //         (v -- ~v)
export const COMPARE_OP = 35; //           (a b -- a CMP b)   arg: CMP_* below
export const IS_OP = 36; //                (a b -- a is b)   arg 1: `is not`
export const CONTAINS_OP = 37; //          (a b -- a in b)   arg 1: `not in`
export const BINARY_SUBSCR = 38; //        (container key -- container[key])
export const STORE_SUBSCR = 39; //         (v container key -- )
export const DELETE_SUBSCR = 40; //        (container key -- )
export const BUILD_SLICE = 41; //          (start stop [step if arg == 3] -- slice)
export const BUILD_TUPLE = 42; //          (v_1 .. v_arg -- tuple)
export const BUILD_LIST = 43; //           (v_1 .. v_arg -- list)
export const BUILD_SET = 44; //            (v_1 .. v_arg -- set)
export const BUILD_MAP = 45; //            (k_1 v_1 .. k_arg v_arg -- dict)
export const BUILD_CONST_KEY_MAP = 46; //  (v_1 .. v_arg keysTuple -- dict)
export const BUILD_STRING = 47; //         (s_1 .. s_arg -- concatenation)
export const LIST_APPEND = 48; //          (list ... v -- list ...)   list is the arg-th item after popping v
export const SET_ADD = 49; //              as LIST_APPEND
export const MAP_ADD = 50; //              (dict ... k v -- dict ...)   dict is the arg-th item after popping k, v
export const LIST_EXTEND = 51; //          (list ... iterable -- list ...)
export const SET_UPDATE = 52; //           (set ... iterable -- set ...)
export const DICT_UPDATE = 53; //          (dict ... mapping -- dict ...)   `{**m}`
export const DICT_MERGE = 54; //          as DICT_UPDATE but TypeError on duplicate keys (`f(**m)`)
export const LIST_TO_TUPLE = 55; //        (list -- tuple)
export const FORMAT_VALUE = 56; //         (v [spec if arg & 4] -- str); arg & 3: 0 none, 1 str, 2 repr, 3 ascii
export const UNPACK_SEQUENCE = 57; //      (seq -- v_arg .. v_1)   v_1 ends on top
export const UNPACK_EX = 58; //            (seq -- after.. list before..) arg = before | (after << 8); first item on top
export const GET_ITER = 59; //             (iterable -- iter(iterable))
export const FOR_ITER = 60; //             (it -- it next) or, when exhausted, (it -- ) and jump to arg
export const JUMP_FORWARD = 61; //         jump to arg
export const JUMP_BACKWARD = 62; //        jump to arg (a safepoint: loops poll the collector here)
export const POP_JUMP_IF_FALSE = 63; //    (v -- ) jump if not v
export const POP_JUMP_IF_TRUE = 64; //     (v -- ) jump if v
export const POP_JUMP_IF_NONE = 65; //     (v -- ) jump if v is None
export const POP_JUMP_IF_NOT_NONE = 66; // (v -- ) jump if v is not None
export const JUMP_IF_FALSE_OR_POP = 67; // (v -- v) and jump if not v, else (v -- )
export const JUMP_IF_TRUE_OR_POP = 68; //  (v -- v) and jump if v, else (v -- )
export const RAISE_VARARGS = 69; //        arg 0: re-raise the exception being handled; 1: (exc -- );
//                                          2: (exc cause -- ) raise exc from cause
export const RERAISE = 70; //              ([lasti if arg] exc -- ) re-raise exc keeping its traceback;
//                                          with arg, lasti (an int, pushed by the exception table) restores f_lasti
export const PUSH_EXC_INFO = 71; //        (exc -- prevExc exc)   exc becomes "the exception being handled"
export const POP_EXCEPT = 72; //           (prevExc -- )   restores the previously handled exception (or None)
export const CHECK_EXC_MATCH = 73; //      (exc type -- exc bool)   isinstance(exc, type), tuples allowed
export const LOAD_ASSERTION_ERROR = 74; // ( -- AssertionError)
export const BEFORE_WITH = 75; //          (mgr -- boundExit enterResult)
export const WITH_EXCEPT_START = 76; //    (exit lasti prevExc exc -- exit lasti prevExc exc res)
//                                          res = exit(type(exc), exc, exc.__traceback__)
export const GET_YIELD_FROM_ITER = 77; //  (iterable -- iter)
export const YIELD_VALUE = 78; //          (v -- sent)   suspends the generator; resumes with the sent value
export const SEND = 79; //                 (recv v -- recv yielded) falls through when recv yields;
//                                          (recv v -- result) and jump to arg when recv returns
export const LOAD_BUILD_CLASS = 80; //     ( -- __build_class__)
export const SETUP_ANNOTATIONS = 81; //    ( -- )   creates __annotations__ in locals if missing
export const IMPORT_NAME = 82; //          (level fromlist -- module)   names[arg] is the dotted name
export const IMPORT_FROM = 83; //          (module -- module module.names[arg]); ImportError if missing
export const IMPORT_STAR = 84; //          (module -- )
export const RETURN_GENERATOR = 85; //     reserved: generators are created by CALL when CO_GENERATOR is set
export const EXTENDED_ARG = 86; //         unused: arguments are full 32-bit words
export const PRINT_EXPR = 87; //          (v -- )   interactive input only: sys.displayhook(v)
// Structural pattern matching (the match statement), as CPython 3.11's:
export const GET_LEN = 88; //              (v -- v len(v))
export const MATCH_MAPPING = 89; //        (subject -- subject bool)   is type(subject) a mapping (dict, Mapping)?
export const MATCH_SEQUENCE = 90; //       (subject -- subject bool)   a sequence, but never str/bytes/bytearray
export const MATCH_KEYS = 91; //           (subject keys -- subject keys values)   values: a tuple of
//                                          subject.get(key) for each key, or None if any is missing
export const MATCH_CLASS = 92; //          (subject cls kwnames -- attrs)   attrs: a tuple of arg positional
//                                          (__match_args__) then keyword attributes, or None on no match

/** BINARY_OP arguments, as CPython 3.11's NB_* (Include/opcode.h). Inplace forms add 13. */
export const NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
  NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
  NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_OFFSET = 13;
/** Operator symbols by NB_* number, as dis prints them. */
export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^='];

/** COMPARE_OP arguments (CPython's Py_LT .. Py_GE order). */
export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

/** CodeObject.flags, CPython's CO_* values. */
export const CO_OPTIMIZED = 0x01, CO_NEWLOCALS = 0x02, CO_VARARGS = 0x04, CO_VARKEYWORDS = 0x08,
  CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40;

/** How dis renders an argument. */
export type ArgKind =
  | 'none' | 'const' | 'name' | 'local' | 'cell' | 'jump' | 'count' | 'binop' | 'cmp' | 'flags';

export interface OpInfo {
  readonly code: number;
  readonly name: string;
  readonly arg: ArgKind;
  /**
   * Net stack effect for the assembler's max-stack computation. `jump` is true when computing the
   * effect along the branch taken by a jump instruction (FOR_ITER exhaustion, SEND return, ...).
   */
  readonly effect: (arg: number, jump: boolean) => number;
}

const fixed = (n: number) => () => n;
const op = (code: number, name: string, arg: ArgKind, effect: OpInfo['effect']): OpInfo =>
  ({ code, name, arg, effect });

export const OPCODES: readonly OpInfo[] = [
  op(NOP, 'NOP', 'none', fixed(0)),
  op(POP_TOP, 'POP_TOP', 'none', fixed(-1)),
  op(COPY, 'COPY', 'count', fixed(1)),
  op(SWAP, 'SWAP', 'count', fixed(0)),
  op(LOAD_CONST, 'LOAD_CONST', 'const', fixed(1)),
  op(LOAD_FAST, 'LOAD_FAST', 'local', fixed(1)),
  op(STORE_FAST, 'STORE_FAST', 'local', fixed(-1)),
  op(DELETE_FAST, 'DELETE_FAST', 'local', fixed(0)),
  op(LOAD_DEREF, 'LOAD_DEREF', 'cell', fixed(1)),
  op(STORE_DEREF, 'STORE_DEREF', 'cell', fixed(-1)),
  op(DELETE_DEREF, 'DELETE_DEREF', 'cell', fixed(0)),
  op(LOAD_CLOSURE, 'LOAD_CLOSURE', 'cell', fixed(1)),
  op(LOAD_CLASSDEREF, 'LOAD_CLASSDEREF', 'cell', fixed(1)),
  op(LOAD_GLOBAL, 'LOAD_GLOBAL', 'name', fixed(1)),
  op(STORE_GLOBAL, 'STORE_GLOBAL', 'name', fixed(-1)),
  op(DELETE_GLOBAL, 'DELETE_GLOBAL', 'name', fixed(0)),
  op(LOAD_NAME, 'LOAD_NAME', 'name', fixed(1)),
  op(STORE_NAME, 'STORE_NAME', 'name', fixed(-1)),
  op(DELETE_NAME, 'DELETE_NAME', 'name', fixed(0)),
  op(LOAD_ATTR, 'LOAD_ATTR', 'name', fixed(0)),
  op(STORE_ATTR, 'STORE_ATTR', 'name', fixed(-2)),
  op(DELETE_ATTR, 'DELETE_ATTR', 'name', fixed(-1)),
  op(LOAD_METHOD, 'LOAD_METHOD', 'name', fixed(1)),
  op(CALL, 'CALL', 'count', (n) => -n),
  op(CALL_METHOD, 'CALL_METHOD', 'count', (n) => -n - 1),
  op(CALL_KW, 'CALL_KW', 'count', (n) => -n - 1),
  op(CALL_FUNCTION_EX, 'CALL_FUNCTION_EX', 'flags', (f) => -1 - (f & 1)),
  op(MAKE_FUNCTION, 'MAKE_FUNCTION', 'flags', (f) => -((f & 1 ? 1 : 0) + (f & 2 ? 1 : 0) + (f & 8 ? 1 : 0))),
  op(RETURN_VALUE, 'RETURN_VALUE', 'none', fixed(-1)),
  op(BINARY_OP, 'BINARY_OP', 'binop', fixed(-1)),
  op(UNARY_POSITIVE, 'UNARY_POSITIVE', 'none', fixed(0)),
  op(UNARY_NEGATIVE, 'UNARY_NEGATIVE', 'none', fixed(0)),
  op(UNARY_NOT, 'UNARY_NOT', 'none', fixed(0)),
  op(UNARY_INVERT, 'UNARY_INVERT', 'none', fixed(0)),
  op(COMPARE_OP, 'COMPARE_OP', 'cmp', fixed(-1)),
  op(IS_OP, 'IS_OP', 'count', fixed(-1)),
  op(CONTAINS_OP, 'CONTAINS_OP', 'count', fixed(-1)),
  op(BINARY_SUBSCR, 'BINARY_SUBSCR', 'none', fixed(-1)),
  op(STORE_SUBSCR, 'STORE_SUBSCR', 'none', fixed(-3)),
  op(DELETE_SUBSCR, 'DELETE_SUBSCR', 'none', fixed(-2)),
  op(BUILD_SLICE, 'BUILD_SLICE', 'count', (n) => 1 - n),
  op(BUILD_TUPLE, 'BUILD_TUPLE', 'count', (n) => 1 - n),
  op(BUILD_LIST, 'BUILD_LIST', 'count', (n) => 1 - n),
  op(BUILD_SET, 'BUILD_SET', 'count', (n) => 1 - n),
  op(BUILD_MAP, 'BUILD_MAP', 'count', (n) => 1 - 2 * n),
  op(BUILD_CONST_KEY_MAP, 'BUILD_CONST_KEY_MAP', 'count', (n) => -n),
  op(BUILD_STRING, 'BUILD_STRING', 'count', (n) => 1 - n),
  op(LIST_APPEND, 'LIST_APPEND', 'count', fixed(-1)),
  op(SET_ADD, 'SET_ADD', 'count', fixed(-1)),
  op(MAP_ADD, 'MAP_ADD', 'count', fixed(-2)),
  op(LIST_EXTEND, 'LIST_EXTEND', 'count', fixed(-1)),
  op(SET_UPDATE, 'SET_UPDATE', 'count', fixed(-1)),
  op(DICT_UPDATE, 'DICT_UPDATE', 'count', fixed(-1)),
  op(DICT_MERGE, 'DICT_MERGE', 'count', fixed(-1)),
  op(LIST_TO_TUPLE, 'LIST_TO_TUPLE', 'none', fixed(0)),
  op(FORMAT_VALUE, 'FORMAT_VALUE', 'flags', (f) => (f & 4 ? -1 : 0)),
  op(UNPACK_SEQUENCE, 'UNPACK_SEQUENCE', 'count', (n) => n - 1),
  op(UNPACK_EX, 'UNPACK_EX', 'count', (n) => (n & 0xff) + (n >> 8)),
  op(GET_ITER, 'GET_ITER', 'none', fixed(0)),
  op(FOR_ITER, 'FOR_ITER', 'jump', (_, jump) => (jump ? -1 : 1)),
  op(JUMP_FORWARD, 'JUMP_FORWARD', 'jump', fixed(0)),
  op(JUMP_BACKWARD, 'JUMP_BACKWARD', 'jump', fixed(0)),
  op(POP_JUMP_IF_FALSE, 'POP_JUMP_IF_FALSE', 'jump', fixed(-1)),
  op(POP_JUMP_IF_TRUE, 'POP_JUMP_IF_TRUE', 'jump', fixed(-1)),
  op(POP_JUMP_IF_NONE, 'POP_JUMP_IF_NONE', 'jump', fixed(-1)),
  op(POP_JUMP_IF_NOT_NONE, 'POP_JUMP_IF_NOT_NONE', 'jump', fixed(-1)),
  op(JUMP_IF_FALSE_OR_POP, 'JUMP_IF_FALSE_OR_POP', 'jump', (_, jump) => (jump ? 0 : -1)),
  op(JUMP_IF_TRUE_OR_POP, 'JUMP_IF_TRUE_OR_POP', 'jump', (_, jump) => (jump ? 0 : -1)),
  op(RAISE_VARARGS, 'RAISE_VARARGS', 'count', (n) => -n),
  op(RERAISE, 'RERAISE', 'count', (n) => (n ? -2 : -1)),
  op(PUSH_EXC_INFO, 'PUSH_EXC_INFO', 'none', fixed(1)),
  op(POP_EXCEPT, 'POP_EXCEPT', 'none', fixed(-1)),
  op(CHECK_EXC_MATCH, 'CHECK_EXC_MATCH', 'none', fixed(0)),
  op(LOAD_ASSERTION_ERROR, 'LOAD_ASSERTION_ERROR', 'none', fixed(1)),
  op(BEFORE_WITH, 'BEFORE_WITH', 'none', fixed(1)),
  op(WITH_EXCEPT_START, 'WITH_EXCEPT_START', 'none', fixed(1)),
  op(GET_YIELD_FROM_ITER, 'GET_YIELD_FROM_ITER', 'none', fixed(0)),
  op(YIELD_VALUE, 'YIELD_VALUE', 'none', fixed(0)),
  op(SEND, 'SEND', 'jump', (_, jump) => (jump ? -1 : 0)),
  op(LOAD_BUILD_CLASS, 'LOAD_BUILD_CLASS', 'none', fixed(1)),
  op(SETUP_ANNOTATIONS, 'SETUP_ANNOTATIONS', 'none', fixed(0)),
  op(IMPORT_NAME, 'IMPORT_NAME', 'name', fixed(-1)),
  op(IMPORT_FROM, 'IMPORT_FROM', 'name', fixed(1)),
  op(IMPORT_STAR, 'IMPORT_STAR', 'none', fixed(-1)),
  op(RETURN_GENERATOR, 'RETURN_GENERATOR', 'none', fixed(0)),
  op(EXTENDED_ARG, 'EXTENDED_ARG', 'none', fixed(0)),
  op(PRINT_EXPR, 'PRINT_EXPR', 'none', fixed(-1)),
  op(GET_LEN, 'GET_LEN', 'none', fixed(1)),
  op(MATCH_MAPPING, 'MATCH_MAPPING', 'none', fixed(1)),
  op(MATCH_SEQUENCE, 'MATCH_SEQUENCE', 'none', fixed(1)),
  op(MATCH_KEYS, 'MATCH_KEYS', 'none', fixed(1)),
  op(MATCH_CLASS, 'MATCH_CLASS', 'count', fixed(-2)),
];

/** OPCODES indexed by opcode number. */
export const OPCODE_BY_CODE: readonly (OpInfo | undefined)[] = (() => {
  const table: (OpInfo | undefined)[] = [];
  for (const info of OPCODES) table[info.code] = info;
  return table;
})();
