// The bytecode interpreter: one `switch` over the opcodes of opcodes.ts (CPython's ceval.c).
// Python-to-Python calls and returns switch frames inside the loop (no JS recursion), so deep
// Python recursion is bounded by the recursion limit, not the host stack. Slow paths live in
// helpers (V8 does not optimise functions over 60 KB of bytecode). The `case` labels are imported
// constants; the esbuild bundle inlines them into numeric literals (shared/ANCHORS.md section 6).

import {
  BEFORE_WITH, BINARY_OP, BINARY_SUBSCR, BUILD_CONST_KEY_MAP, BUILD_LIST, BUILD_MAP, BUILD_SET,
  BUILD_SLICE, BUILD_STRING, BUILD_TUPLE, CALL, CALL_FUNCTION_EX, CALL_KW, CALL_METHOD,
  CHECK_EXC_MATCH, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, COMPARE_OP, CONTAINS_OP, COPY, DELETE_ATTR, DELETE_DEREF,
  DELETE_FAST, DELETE_GLOBAL, DELETE_NAME, DELETE_SUBSCR, DICT_MERGE, DICT_UPDATE, FOR_ITER,
  FORMAT_VALUE, GET_ITER, GET_YIELD_FROM_ITER, IMPORT_FROM, IMPORT_NAME, IMPORT_STAR, IS_OP,
  JUMP_BACKWARD, JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, LIST_APPEND, LIST_EXTEND,
  LIST_TO_TUPLE, LOAD_ASSERTION_ERROR, LOAD_ATTR, LOAD_BUILD_CLASS, LOAD_CLASSDEREF, LOAD_CLOSURE,
  LOAD_CONST, LOAD_DEREF, LOAD_FAST, LOAD_GLOBAL, LOAD_METHOD, LOAD_NAME, MAKE_FUNCTION, MAP_ADD,
  NB_ADD, NB_INPLACE_OFFSET, NB_MULTIPLY, NB_SUBTRACT, NB_TRUE_DIVIDE, NOP, OPCODE_BY_CODE, POP_EXCEPT, POP_JUMP_IF_FALSE,
  POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, POP_TOP, PRINT_EXPR, PUSH_EXC_INFO, RAISE_VARARGS,
  RERAISE, RETURN_VALUE, SEND, SET_ADD, SET_UPDATE, SETUP_ANNOTATIONS, STORE_ATTR, STORE_DEREF,
  STORE_FAST, STORE_GLOBAL, STORE_NAME, STORE_SUBSCR, SWAP, UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT,
  UNARY_POSITIVE, UNPACK_EX, UNPACK_SEQUENCE, WITH_EXCEPT_START, YIELD_VALUE,
  GET_LEN, MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE,
} from '@pyarena/compiler';
import type { PyObject, Value } from '@pyarena/memory';
import { Frame } from './frame';
import { heap } from './state';
import { decref, incref } from './refs';
import { False, None, True, newFloat, newList, newTuple } from './objects/constructors';
import type { FunctionData } from './objects/types';
import { BuiltinFunctionType, FloatType, FunctionType, ListType, type BuiltinData } from './objects/types';
import { dictSet } from './objects/dict';
import { listAppendSteal } from './objects/list';
import { checkDescriptorSelf, nativeCall } from './objects/builtin-function';
import { richCompare, isTrue } from './ops/compare';
import { contains, getItem, setItem, delItem } from './ops/subscript';
import { getIter, iterNext } from './ops/iter';
import { loadAttrAt, loadMethodAt, storeAttrAt } from './ops/attr-sites';
import { binaryOp, unaryOp } from './ops/binary';
import { bindArguments } from './bind';
import { InternalError, PyErr } from './errors';
import {
  buildConstKeyMap, buildMap, buildSet, buildSlice, buildString, callFunctionEx, callKw,
  checkExcMatch, deleteName, deleteGlobal, dictUpdate, formatValue, importFrom, importName,
  importStar, listExtend, loadBuildClass, loadClassDeref, loadName, makeFunction,
  nameError, raiseVarargs, reraise, setupAnnotations, setUpdate, deleteAttr,
  unboundLocal, unboundFree, unpackEx, unpackSequence, assertionErrorType, beforeWith,
  withExceptStart, getYieldFromIter, send,
} from './ops/eval-helpers';
import { callObject } from './call';
import { tstate } from './tstate';
import { handleException } from './unwind';
import { printExpr } from './displayhook';
import { getLen, matchClass, matchKeys, matchMapping, matchSequence } from './ops/match';
import { GlobalSite, type CodeRuntime } from './objects/code';
import type { DictTable } from './objects/dict-table';

/** Finished frames kept per code object for its next calls (a few levels of recursion). */
const FREE_FRAMES_PER_CODE = 4;

/** An empty frame for a call of fn: a finished one of the same code if there is one. */
function newFrame(fn: FunctionData): Frame {
  const rt = tstate.runtimeOf(fn.code);
  const free = rt.freeFrames;
  if (free.length > 0) return free.pop()!.reuse(fn.globals, tstate.builtins);
  return new Frame(fn.code, null, fn.globals, tstate.builtins, null, rt.consts);
}

/**
 * Keeps a function call's frame, just cleared, for the next call of its code. Only frames of
 * plain calls come here: a generator owns its frame, and nothing else refers to a finished one
 * (Frame.clear detaches traceback entries).
 */
export function recycleFrame(f: Frame): void {
  if (f.generator !== null) return;
  const free = (f.code.runtime as CodeRuntime).freeFrames;
  if (free.length < FREE_FRAMES_PER_CODE) free.push(f);
}

/** Creates the frame for a call of a Python function (args borrowed). Throws on binding errors. */
export function frameForCall(func: PyObject, args: readonly Value[], kwnames: readonly string[] | null): Frame {
  const fn = func.data as FunctionData;
  const frame = newFrame(fn);
  try {
    bindArguments(frame, fn, args, kwnames);
  } catch (e) {
    frame.clear();
    throw e;
  }
  return finishFrame(frame, func, fn);
}

/**
 * frameForCall for the n positional arguments at stack[start...]. A call with exactly the
 * parameters' number of arguments moves them into the frame's locals and leaves their slots null
 * (CPython 3.11's CALL steals them too): no array, no reference counting. Any other call borrows
 * them, and the caller releases its slots either way.
 */
function frameForStackCall(func: PyObject, stack: (Value | null)[], start: number, n: number): Frame {
  const fn = func.data as FunctionData;
  const code = fn.code;
  if (code.argcount !== n || code.kwonlyargcount !== 0 || (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0) {
    return frameForCall(func, stack.slice(start, start + n) as Value[], null);
  }
  const frame = newFrame(fn);
  const fast = frame.fast;
  for (let i = 0; i < n; i++) {
    fast[i] = stack[start + i]!;
    stack[start + i] = null;
  }
  return finishFrame(frame, func, fn);
}

/** The rest of a call's frame once the arguments are bound: the function and the cells. */
function finishFrame(frame: Frame, func: PyObject, fn: FunctionData): Frame {
  const code = fn.code;
  incref(func);
  frame.func = func;
  const ncells = code.cellvars.length;
  if (ncells > 0 || code.freevars.length > 0) {
    const cells: PyObject[] = [];
    for (let i = 0; i < ncells; i++) {
      const argIndex = code.cell2arg[i]!;
      let initial: Value | undefined;
      if (argIndex >= 0) {
        initial = frame.fast[argIndex];
        frame.fast[argIndex] = undefined;
      }
      cells.push(tstate.newCell(initial));
    }
    if (fn.closure !== null) {
      for (const c of fn.closure.data as PyObject[]) {
        c.refcnt++;
        cells.push(c);
      }
    }
    frame.cells = cells;
  }
  return frame;
}

/**
 * Runs `entry` until it returns (or, for a generator frame, yields). Returns a new reference to
 * the returned or yielded value; frame.suspended tells which. The caller owns and clears `entry`.
 */
export function execute(entry: Frame): Value {
  entry.isEntry = true;
  entry.back = tstate.frame;
  tstate.frame = entry;
  if (++tstate.depth > tstate.recursionLimit) {
    tstate.depth--;
    tstate.frame = entry.back;
    tstate.recursionError();
  }
  let f = entry;
  let code = f.code.code;
  let stack = f.stack;
  let fast = f.fast;
  let consts = f.consts;
  let sp = f.sp;
  let pc = f.pc;
  let lasti = pc;
  try {
    for (;;) {
      try {
        if (f.pendingThrow !== null) {
          const thrown = f.pendingThrow;
          f.pendingThrow = null;
          lasti = f.lasti;
          throw new PyErr(thrown);
        }
        for (;;) {
          // f.lasti is kept current (CPython's frame->prev_instr) so tracemalloc and other
          // observers of the innermost frame see the executing line. Measured: ~1% on mixed
          // code, ~6% on a loop of only small-int arithmetic.
          lasti = f.lasti = pc;
          const op = code[pc]!;
          const arg = code[pc + 1]!;
          pc += 2;
          switch (op) {
            case NOP:
              break;
            case POP_TOP:
              decref(stack[--sp]!);
              stack[sp] = null;
              break;
            case COPY: {
              const v = stack[sp - arg]!;
              incref(v);
              stack[sp++] = v;
              break;
            }
            case SWAP: {
              const top = stack[sp - 1]!;
              stack[sp - 1] = stack[sp - arg]!;
              stack[sp - arg] = top;
              break;
            }
            case LOAD_CONST: {
              const v = consts[arg]!;
              if (typeof v === 'object') v.refcnt++;
              stack[sp++] = v;
              break;
            }
            case LOAD_FAST: {
              const v = fast[arg];
              if (v === undefined) unboundLocal(f.code.varnames[arg]!);
              if (typeof v === 'object') v.refcnt++;
              stack[sp++] = v;
              break;
            }
            case STORE_FAST: {
              const old = fast[arg];
              fast[arg] = stack[--sp]!;
              stack[sp] = null;
              if (typeof old === 'object' && --old.refcnt === 0) heap.dealloc(old);
              break;
            }
            case DELETE_FAST: {
              const old = fast[arg];
              if (old === undefined) unboundLocal(f.code.varnames[arg]!);
              fast[arg] = undefined;
              decref(old);
              break;
            }
            case LOAD_DEREF: {
              const v = f.cells[arg]!.data as Value | undefined;
              if (v === undefined) unboundFree(f.code, arg);
              incref(v);
              stack[sp++] = v;
              break;
            }
            case STORE_DEREF: {
              const cell = f.cells[arg]!;
              const old = cell.data as Value | undefined;
              cell.data = stack[--sp]!;
              stack[sp] = null;
              if (old !== undefined) decref(old);
              break;
            }
            case DELETE_DEREF: {
              const cell = f.cells[arg]!;
              const old = cell.data as Value | undefined;
              if (old === undefined) unboundFree(f.code, arg);
              cell.data = undefined;
              decref(old);
              break;
            }
            case LOAD_CLOSURE: {
              const cell = f.cells[arg]!;
              cell.refcnt++;
              stack[sp++] = cell;
              break;
            }
            case LOAD_CLASSDEREF:
              stack[sp++] = loadClassDeref(f, arg);
              break;
            case LOAD_GLOBAL: {
              const site = (f.code.runtime as CodeRuntime).globalSites[arg];
              const gt = f.globals.data as DictTable;
              const v = site != null && site.globals === gt && site.globalsVersion === gt.version &&
                site.builtinsVersion === (f.builtins.data as DictTable).version ? site.entry.value : loadGlobal(f, arg);
              if (typeof v === 'object') v.refcnt++;
              stack[sp++] = v;
              break;
            }
            case STORE_GLOBAL: {
              const v = stack[--sp]!;
              stack[sp] = null;
              dictSet(f.globals, tstate.runtimeOf(f.code).nameObjects[arg]!, v);
              decref(v);
              break;
            }
            case DELETE_GLOBAL:
              deleteGlobal(f, arg);
              break;
            case LOAD_NAME:
              stack[sp++] = loadName(f, arg);
              break;
            case STORE_NAME: {
              const v = stack[--sp]!;
              stack[sp] = null;
              const target = f.locals ?? f.globals;
              dictSet(target, tstate.runtimeOf(f.code).nameObjects[arg]!, v);
              decref(v);
              break;
            }
            case DELETE_NAME:
              deleteName(f, arg);
              break;
            case LOAD_ATTR: {
              const o = stack[sp - 1]!;
              stack[sp - 1] = loadAttrAt(f, lasti, o, arg);
              decref(o);
              break;
            }
            case STORE_ATTR: {
              const o = stack[--sp]!;
              const v = stack[--sp]!;
              stack[sp] = null;
              stack[sp + 1] = null;
              try {
                storeAttrAt(f, lasti, o, arg, v);
              } finally {
                decref(o);
                decref(v);
              }
              break;
            }
            case DELETE_ATTR: {
              const o = stack[--sp]!;
              stack[sp] = null;
              try {
                deleteAttr(o, f.code.names[arg]!);
              } finally {
                decref(o);
              }
              break;
            }
            case LOAD_METHOD:
              sp = loadMethodAt(f, lasti, stack, sp, arg);
              break;
            case CALL:
            case CALL_METHOD: {
              // Stack: CALL (callable a1..an); CALL_METHOD (f selfOrNull a1..an).
              let base = sp - arg - 1;
              let callable = stack[base]!;
              let argStart = base + 1;
              if (op === CALL_METHOD) {
                base = sp - arg - 2;
                callable = stack[base]!;
                argStart = stack[base + 1] === null ? base + 2 : base + 1;
              }
              if (typeof callable === 'object' && callable.type === FunctionType &&
                ((callable.data as FunctionData).code.flags & CO_GENERATOR) === 0) {
                if (tstate.depth >= tstate.recursionLimit) tstate.recursionError();
                const nf = frameForStackCall(callable, stack, argStart, sp - argStart);
                while (sp > base) {
                  decref(stack[--sp]!);
                  stack[sp] = null;
                }
                f.sp = sp;
                f.pc = pc;
                f.lasti = lasti;
                nf.back = f;
                tstate.frame = nf;
                tstate.depth++;
                f = nf;
                code = f.code.code;
                stack = f.stack;
                fast = f.fast;
                consts = f.consts;
                sp = 0;
                pc = 0;
                if (heap.collectPending) tstate.safepoint(f, sp);
                break;
              }
              f.sp = sp;
              f.lasti = lasti;
              const result = callFromStack(callable, stack, argStart, sp);
              while (sp > base) {
                decref(stack[--sp]!);
                stack[sp] = null;
              }
              stack[sp++] = result;
              if (heap.collectPending) tstate.safepoint(f, sp);
              break;
            }
            case CALL_KW:
              f.sp = sp;
              f.lasti = lasti;
              sp = callKw(stack, sp, arg);
              break;
            case CALL_FUNCTION_EX:
              f.sp = sp;
              f.lasti = lasti;
              sp = callFunctionEx(stack, sp, arg);
              break;
            case MAKE_FUNCTION:
              sp = makeFunction(f, stack, sp, arg);
              break;
            case RETURN_VALUE: {
              const rv = stack[--sp]!;
              stack[sp] = null;
              if (f.isEntry) {
                f.sp = sp;
                f.pc = pc;
                return rv;
              }
              const back = f.back!;
              f.sp = sp;
              f.clear();
              recycleFrame(f);
              tstate.depth--;
              tstate.frame = back;
              f = back;
              code = f.code.code;
              stack = f.stack;
              fast = f.fast;
              consts = f.consts;
              sp = f.sp;
              pc = f.pc;
              stack[sp++] = rv;
              break;
            }
            case BINARY_OP: {
              // Operands stay on the stack until the result exists, so an exception unwinds them.
              const b = stack[sp - 1]!;
              const a = stack[sp - 2]!;
              if (typeof a === 'number' && typeof b === 'number') {
                // Integer fast paths; anything inexact falls through to the general routine.
                if (arg === NB_ADD || arg === NB_ADD + NB_INPLACE_OFFSET) {
                  const r = a + b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[--sp] = null;
                    stack[sp - 1] = r;
                    break;
                  }
                } else if (arg === NB_SUBTRACT || arg === NB_SUBTRACT + NB_INPLACE_OFFSET) {
                  const r = a - b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[--sp] = null;
                    stack[sp - 1] = r;
                    break;
                  }
                }
              }
              // A float with a float or a small int (its exact double, as toDouble gives it).
              let r = (typeof a === 'object' ? a.type === FloatType && (typeof b === 'number' || b.type === FloatType)
                : typeof b === 'object' && b.type === FloatType)
                ? floatArith(arg, typeof a === 'number' ? a : a.data as number, typeof b === 'number' ? b : b.data as number)
                : undefined;
              if (r === undefined) r = binaryOp(arg, a, b);
              stack[--sp] = null;
              stack[sp - 1] = r;
              decref(a);
              decref(b);
              break;
            }
            case UNARY_POSITIVE:
            case UNARY_NEGATIVE:
            case UNARY_INVERT: {
              const v = stack[sp - 1]!;
              stack[sp - 1] = unaryOp(op, v);
              decref(v);
              break;
            }
            case UNARY_NOT: {
              const v = stack[sp - 1]!;
              stack[sp - 1] = isTrue(v) ? False : True;
              decref(v);
              break;
            }
            case COMPARE_OP: {
              const b = stack[sp - 1]!;
              const a = stack[sp - 2]!;
              if (typeof a === 'number' && typeof b === 'number') {
                let r: boolean;
                switch (arg) {
                  case 0: r = a < b; break;
                  case 1: r = a <= b; break;
                  case 2: r = a === b; break;
                  case 3: r = a !== b; break;
                  case 4: r = a > b; break;
                  default: r = a >= b; break;
                }
                stack[--sp] = null;
                stack[sp - 1] = r ? True : False;
                break;
              }
              const r = richCompare(a, b, arg);
              stack[--sp] = null;
              stack[sp - 1] = r;
              decref(a);
              decref(b);
              break;
            }
            case IS_OP: {
              const b = stack[--sp]!;
              const a = stack[sp - 1]!;
              stack[sp] = null;
              const same = a === b;
              stack[sp - 1] = same !== (arg === 1) ? True : False;
              decref(a);
              decref(b);
              break;
            }
            case CONTAINS_OP: {
              const b = stack[sp - 1]!;
              const a = stack[sp - 2]!;
              const found = contains(b, a);
              stack[--sp] = null;
              stack[sp - 1] = found !== (arg === 1) ? True : False;
              decref(a);
              decref(b);
              break;
            }
            case BINARY_SUBSCR: {
              const key = stack[sp - 1]!;
              const container = stack[sp - 2]!;
              if (typeof key === 'number' && typeof container === 'object' && container.type === ListType) {
                const items = container.data as Value[];
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) {
                  const v = items[i]!;
                  if (typeof v === 'object') v.refcnt++;
                  stack[--sp] = null;
                  stack[sp - 1] = v;
                  decref(container);
                  break;
                }
              }
              const v = getItem(container, key);
              stack[--sp] = null;
              stack[sp - 1] = v;
              decref(container);
              decref(key);
              break;
            }
            case STORE_SUBSCR: {
              const key = stack[--sp]!;
              const container = stack[--sp]!;
              const v = stack[--sp]!;
              stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
              try {
                setItem(container, key, v);
              } finally {
                decref(key);
                decref(container);
                decref(v);
              }
              break;
            }
            case DELETE_SUBSCR: {
              const key = stack[--sp]!;
              const container = stack[--sp]!;
              stack[sp] = stack[sp + 1] = null;
              try {
                delItem(container, key);
              } finally {
                decref(key);
                decref(container);
              }
              break;
            }
            case BUILD_SLICE:
              sp = buildSlice(stack, sp, arg);
              break;
            case BUILD_TUPLE: {
              const items = stack.slice(sp - arg, sp) as Value[];
              for (let i = 0; i < arg; i++) stack[--sp] = null;
              stack[sp++] = newTuple(items);
              break;
            }
            case BUILD_LIST: {
              const items = stack.slice(sp - arg, sp) as Value[];
              for (let i = 0; i < arg; i++) stack[--sp] = null;
              stack[sp++] = newList(items);
              break;
            }
            case BUILD_SET:
              sp = buildSet(stack, sp, arg);
              break;
            case BUILD_MAP:
              sp = buildMap(stack, sp, arg);
              break;
            case BUILD_CONST_KEY_MAP:
              sp = buildConstKeyMap(stack, sp, arg);
              break;
            case BUILD_STRING:
              sp = buildString(stack, sp, arg);
              break;
            case LIST_APPEND: {
              const v = stack[--sp]!;
              stack[sp] = null;
              const list = stack[sp - arg] as PyObject;
              const items = list.data as Value[];
              // Room left in the item block: a plain push; else list_resize (objects/list.ts).
              if (items.length < list.bufSize >>> 3) items.push(v);
              else listAppendSteal(list, v);
              break;
            }
            case SET_ADD:
            case MAP_ADD:
            case SET_UPDATE:
            case DICT_UPDATE:
            case DICT_MERGE:
            case LIST_EXTEND:
              sp = collectionUpdate(op, stack, sp, arg);
              break;
            case LIST_TO_TUPLE: {
              const list = stack[sp - 1] as PyObject;
              const items = (list.data as Value[]).slice();
              for (const v of items) incref(v);
              stack[sp - 1] = newTuple(items);
              decref(list);
              break;
            }
            case FORMAT_VALUE:
              sp = formatValue(stack, sp, arg);
              break;
            case UNPACK_SEQUENCE:
              sp = unpackSequence(stack, sp, arg);
              break;
            case UNPACK_EX:
              sp = unpackEx(stack, sp, arg);
              break;
            case GET_ITER: {
              const v = stack[sp - 1]!;
              stack[sp - 1] = getIter(v);
              decref(v);
              break;
            }
            case FOR_ITER: {
              const it = stack[sp - 1] as PyObject;
              const v = iterNext(it);
              if (v === undefined) {
                stack[--sp] = null;
                decref(it);
                pc = arg;
              } else {
                stack[sp++] = v;
              }
              break;
            }
            case JUMP_FORWARD:
              pc = arg;
              break;
            case JUMP_BACKWARD:
              pc = arg;
              if (heap.collectPending) {
                f.lasti = lasti;
                tstate.safepoint(f, sp);
              }
              break;
            case POP_JUMP_IF_FALSE: {
              const v = stack[--sp]!;
              stack[sp] = null;
              if (v === False) pc = arg;
              else if (v !== True) {
                if (!isTrue(v)) pc = arg;
                decref(v);
              }
              break;
            }
            case POP_JUMP_IF_TRUE: {
              const v = stack[--sp]!;
              stack[sp] = null;
              if (v === True) pc = arg;
              else if (v !== False) {
                if (isTrue(v)) pc = arg;
                decref(v);
              }
              break;
            }
            case POP_JUMP_IF_NONE: {
              const v = stack[--sp]!;
              stack[sp] = null;
              if (v === None) pc = arg;
              else decref(v);
              break;
            }
            case POP_JUMP_IF_NOT_NONE: {
              const v = stack[--sp]!;
              stack[sp] = null;
              if (v !== None) {
                pc = arg;
                decref(v);
              }
              break;
            }
            case JUMP_IF_FALSE_OR_POP: {
              const v = stack[sp - 1]!;
              if (!isTrue(v)) pc = arg;
              else {
                stack[--sp] = null;
                decref(v);
              }
              break;
            }
            case JUMP_IF_TRUE_OR_POP: {
              const v = stack[sp - 1]!;
              if (isTrue(v)) pc = arg;
              else {
                stack[--sp] = null;
                decref(v);
              }
              break;
            }
            case RAISE_VARARGS:
              f.sp = sp;
              sp = raiseVarargs(stack, sp, arg);
              break;
            case RERAISE:
              sp = reraise(f, stack, sp, arg);
              break;
            case PUSH_EXC_INFO: {
              const exc = stack[sp - 1]!;
              const prev = tstate.handledException;
              stack[sp - 1] = prev;
              incref(exc);
              tstate.handledException = exc;
              stack[sp++] = exc;
              break;
            }
            case POP_EXCEPT: {
              const prev = stack[--sp]!;
              stack[sp] = null;
              const cur = tstate.handledException;
              tstate.handledException = prev;
              decref(cur);
              break;
            }
            case CHECK_EXC_MATCH:
              checkExcMatch(stack, sp);
              break;
            case LOAD_ASSERTION_ERROR:
              stack[sp++] = assertionErrorType();
              break;
            case BEFORE_WITH:
              sp = beforeWith(stack, sp);
              break;
            case WITH_EXCEPT_START:
              sp = withExceptStart(stack, sp);
              break;
            case GET_YIELD_FROM_ITER: {
              const v = stack[sp - 1]!;
              stack[sp - 1] = getYieldFromIter(v);
              decref(v);
              break;
            }
            case YIELD_VALUE: {
              const v = stack[--sp]!;
              stack[sp] = null;
              f.sp = sp;
              f.pc = pc;
              f.lasti = lasti;
              f.suspended = true;
              return v;
            }
            case SEND: {
              const r = send(stack, sp);
              if (r < 0) {
                sp = -r;
                pc = arg;
              }
              break;
            }
            case LOAD_BUILD_CLASS:
              stack[sp++] = loadBuildClass();
              break;
            case SETUP_ANNOTATIONS:
              setupAnnotations(f);
              break;
            case IMPORT_NAME:
              sp = importName(f, stack, sp, arg);
              break;
            case IMPORT_FROM:
              sp = importFrom(f, stack, sp, arg);
              break;
            case IMPORT_STAR:
              sp = importStar(f, stack, sp);
              break;
            case PRINT_EXPR: {
              const v = stack[--sp]!;
              stack[sp] = null;
              try {
                printExpr(v);
              } finally {
                decref(v);
              }
              break;
            }
            case GET_LEN:
              sp = getLen(stack, sp);
              break;
            case MATCH_SEQUENCE:
              sp = matchSequence(stack, sp);
              break;
            case MATCH_MAPPING:
              sp = matchMapping(stack, sp);
              break;
            case MATCH_KEYS:
              sp = matchKeys(stack, sp);
              break;
            case MATCH_CLASS:
              sp = matchClass(stack, sp, arg);
              break;
            default:
              throw new InternalError(`unknown opcode ${OPCODE_BY_CODE[op]?.name ?? op} at offset ${lasti}`);
          }
        }
      } catch (e) {
        f.sp = sp;
        f.lasti = lasti;
        // Find a handler in this frame or an enclosing frame of this execute() call.
        const found = handleException(e, f);
        f = found;
        code = f.code.code;
        stack = f.stack;
        fast = f.fast;
        consts = f.consts;
        sp = f.sp;
        pc = f.pc;
      }
    }
  } finally {
    tstate.frame = entry.back;
    tstate.depth--;
  }
}

/** LOAD_GLOBAL's lookup when its cache cannot answer: globals, then builtins; fills the cache. Borrowed. */
function loadGlobal(f: Frame, arg: number): Value {
  const name = f.code.names[arg]!;
  const gt = f.globals.data as DictTable, bt = f.builtins.data as DictTable;
  const entry = gt.map.get(name) ?? bt.map.get(name);
  if (entry === undefined) nameError(name, f);
  (f.code.runtime as CodeRuntime).globalSites[arg] = new GlobalSite(gt, gt.version, bt.version, entry);
  return entry.value;
}

/** Calls anything but a Python function with the arguments at stack[start..end) (borrowed). */
function callFromStack(callable: Value, stack: (Value | null)[], start: number, end: number): Value {
  if (typeof callable === 'object' && callable.type === BuiltinFunctionType) {
    const b = callable.data as BuiltinData;
    nativeCall.callee = b;
    if (!b.isDescriptor) return b.fn(stack.slice(start, end) as Value[], null, b.self);
    // A method descriptor with its self (list.append on a list): no array with self first.
    if (end > start) {
      const self = stack[start]!;
      if (b.owner !== null && (typeof self === 'number' || self.type !== b.owner)) checkDescriptorSelf(b, self);
      return b.fn(stack.slice(start + 1, end) as Value[], null, self);
    }
  }
  return callObject(callable, stack.slice(start, end) as Value[], null);
}

/**
 * + - * / on two doubles, one of them a float (float_add & co, as binaryOp computes them);
 * undefined for other operators and for division by zero (binaryOp raises).
 */
function floatArith(op: number, x: number, y: number): Value | undefined {
  if (op >= NB_INPLACE_OFFSET) op -= NB_INPLACE_OFFSET;
  if (op === NB_ADD) return newFloat(x + y);
  if (op === NB_SUBTRACT) return newFloat(x - y);
  if (op === NB_MULTIPLY) return newFloat(x * y);
  if (op === NB_TRUE_DIVIDE && y !== 0) return newFloat(x / y);
  return undefined;
}

function collectionUpdate(op: number, stack: (Value | null)[], sp: number, arg: number): number {
  const v = stack[--sp]!;
  stack[sp] = null;
  if (op === MAP_ADD) {
    const key = stack[--sp]!;
    stack[sp] = null;
    const dict = stack[sp - arg] as PyObject;
    try {
      dictSet(dict, key, v);
    } finally {
      decref(key);
      decref(v);
    }
    return sp;
  }
  const target = stack[sp - arg] as PyObject;
  try {
    switch (op) {
      case SET_ADD: setUpdate(target, v, true); break;
      case SET_UPDATE: setUpdate(target, v); break;
      case LIST_EXTEND: listExtend(target, v); break;
      default: dictUpdate(target, v, op === DICT_MERGE ? stack[sp - arg - 2]! : null); break;
    }
  } finally {
    decref(v);
  }
  return sp;
}


