// Calls (compile.c's compiler_call, compiler_call_helper). Four shapes:
//   o.m(a, b)          LOAD_METHOD m; a; b; CALL_METHOD 2       (no keywords, no stars)
//   f(a, k=v)          f; a; v; LOAD_CONST ('k',); CALL_KW 2
//   f(a, b)            f; a; b; CALL 2
//   f(*xs, **kw)       f; <args tuple>; <kwargs dict>; CALL_FUNCTION_EX 1
// The CALL_FUNCTION_EX argument is always a fresh tuple (BUILD_LIST/LIST_EXTEND/LIST_TO_TUPLE,
// even for a lone `*xs`, where CPython passes xs itself) and the keywords a fresh dict
// (BUILD_MAP/DICT_MERGE), so the VM never has to convert.
import type * as ast from '@pyarena/parser';
import type { Compiler } from './codegen';
import { STACK_USE_GUIDELINE, starunpackHelper, visitExpr, visitExprs } from './codegen-expr';
import * as op from './opcodes';

function validateKeywords(c: Compiler, keywords: ast.Keyword[]): void {
  keywords.forEach((k, i) => {
    if (k.arg === null) return;
    for (const other of keywords.slice(i + 1)) {
      if (other.arg === k.arg) c.error(`keyword argument repeated: ${k.arg}`, other);
    }
  });
}

export function compileCall(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeMethodCall(c, e)) return;
  visitExpr(c, e.func);
  c.setLoc(e);
  callHelper(c, 0, e.args, e.keywords);
}

function maybeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (e.keywords.length || e.args.length >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.kind === 'Starred')) return false;
  visitExpr(c, meth.value);
  c.setLoc(meth);
  c.emitName(op.LOAD_METHOD, meth.attr);
  visitExprs(c, e.args);
  c.setLoc(e);
  c.emit(op.CALL_METHOD, e.args.length);
  return true;
}

/** Emits the arguments and the call, `n` positional arguments being already on the stack. */
export function callHelper(c: Compiler, n: number, args: ast.Expr[], keywords: ast.Keyword[]): void {
  validateKeywords(c, keywords);
  const simple = args.length + keywords.length * 2 <= STACK_USE_GUIDELINE
    && !args.some((a) => a.kind === 'Starred') && !keywords.some((k) => k.arg === null);
  const loc = c.u.loc;
  if (simple) {
    visitExprs(c, args);
    if (keywords.length) {
      for (const k of keywords) visitExpr(c, k.value);
      c.u.loc = loc;
      c.loadConst({ type: 'tuple', items: keywords.map((k) => ({ type: 'str', value: k.arg! })) });
      c.emit(op.CALL_KW, n + args.length + keywords.length);
    } else {
      c.emit(op.CALL, n + args.length);
    }
    return;
  }
  // Positional arguments as one tuple (built as a list when there are starred items).
  starunpackHelper(c, args, n, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, true);
  // Keyword arguments as one dict.
  if (keywords.length) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((k, i) => {
      if (k.arg !== null) {
        nseen++;
        return;
      }
      if (nseen) {
        subkwargs(c, keywords.slice(i - nseen, i));
        if (haveDict) c.emit(op.DICT_MERGE, 1);
        haveDict = true;
        nseen = 0;
      }
      if (!haveDict) {
        c.emit(op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, k.value);
      c.emit(op.DICT_MERGE, 1);
    });
    if (nseen) {
      subkwargs(c, keywords.slice(keywords.length - nseen));
      if (haveDict) c.emit(op.DICT_MERGE, 1);
    }
  }
  c.u.loc = loc;
  c.emit(op.CALL_FUNCTION_EX, keywords.length ? 1 : 0);
}

/** A run of `name=value` keywords as one dict. */
function subkwargs(c: Compiler, kws: ast.Keyword[]): void {
  if (kws.length > 1) {
    for (const k of kws) visitExpr(c, k.value);
    c.loadConst({ type: 'tuple', items: kws.map((k) => ({ type: 'str', value: k.arg! })) });
    c.emit(op.BUILD_CONST_KEY_MAP, kws.length);
    return;
  }
  for (const k of kws) {
    c.loadConst({ type: 'str', value: k.arg! });
    visitExpr(c, k.value);
  }
  c.emit(op.BUILD_MAP, kws.length);
}
