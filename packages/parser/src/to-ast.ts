// The one semantic operation, `ast`, turning Ohm's parse tree into src/ast.ts nodes with spans
// in the original source. Checks the grammar deliberately leaves open (assignment targets,
// argument order, parameter order, keywords used as identifiers) raise CPython's messages here.
import type { MatchResult, Node } from 'ohm-js';
import type {
  Alias, Arg, CmpOperator, Comprehension, Constant, Expr, ExprContext, Keyword, Module, Span, Stmt, WithItem,
} from './ast';
import {
  compoundEnd, context, errorAtOutput, errorOnSpan, sourceRange, spanJoin, spanOf, withContext,
} from './context';
import { errorAt } from './errors';
import { parseFStringBody, piecesToValues, type FPiece } from './fstring';
import { SourceMap } from './indent';
import { decodeBytes, decodeStr, EscapeError, numberValue, splitStringToken } from './literals';
import { BIN_OPS, CMP_OPS, resolveBoolChain, resolveComparisonChain, UNARY_OPS } from './operators';
import { buildArguments, emptyArguments, type ParamItem } from './params';
import { patternActions } from './patterns';
import grammar, { type PythonActionDict, type PythonSemantics } from './python.ohm-bundle.js';
import { annTarget, assignTargets, augTarget, deleteTarget, storeTarget } from './targets';

// Made on first use, not at import: the command line's bundle builds the grammar lazily too
// (apps/cli/build.mjs), so a run served from the code cache never loads Ohm at all.
let astSemantics: PythonSemantics | null = null;
function semantics(): PythonSemantics {
  if (astSemantics === null) {
    astSemantics = grammar.createSemantics();
    astSemantics.addOperation<Any>('ast', actions);
  }
  return astSemantics;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

const ast = (n: Node): Any => n['ast']();
const span = (n: Node): Span => spanOf(n.source.startIdx, n.source.endIdx);
const all = (n: Node): Any[] => n.children.map(ast);
/** `X ("," X)*` as one array. */
const list = (first: Node, rest: Node): Any[] => [ast(first), ...rest.children.map(ast)];

/** The value of an optional (possibly nested) iteration, or null. */
function opt(n: Node): Any {
  let node = n;
  while (node.isIteration()) {
    if (node.children.length === 0) return null;
    node = node.children[0]!;
  }
  return ast(node);
}

/** The span of a compound statement (or clause) node: up to the end of its last block. */
function compoundSpan(n: Node): Span {
  return spanOf(n.source.startIdx, compoundEnd(n.source.endIdx));
}

function name(id: string, s: Span, ctx: ExprContext = 'Load'): Expr {
  return { kind: 'Name', id, ctx, ...s };
}

function tupleOrSingle(items: Expr[], comma: boolean, s: Span): Expr {
  if (items.length === 1 && !comma) return items[0]!;
  return { kind: 'Tuple', elts: items, ctx: 'Load', ...s };
}

function makeArg(id: Node, annotationNode: Node | null): Arg {
  const s = span(id);
  const annotation: Expr | null = annotationNode ? ast(annotationNode) : null;
  return { kind: 'arg', arg: ast(id), annotation, ...spanJoin(s, annotationNode ? span(annotationNode) : s) };
}

/** The node inside an optional iteration, or null. */
function optNode(n: Node): Node | null {
  let node = n;
  while (node.isIteration()) {
    if (node.children.length === 0) return null;
    node = node.children[0]!;
  }
  return node;
}

interface CallArgs {
  args: Expr[];
  keywords: Keyword[];
}

type ArgItem = { t: 'pos'; e: Expr; genexp: boolean } | { t: 'star'; e: Expr } | { t: 'kw'; k: Keyword };

/** `close` is the call's ')' — where CPython reports a misplaced positional argument. */
function buildCallArgs(items: ArgItem[], close: Span): CallArgs {
  const out: CallArgs = { args: [], keywords: [] };
  let seenKeyword = false;
  let seenDoubleStar = false;
  for (const item of items) {
    if (item.t === 'pos' && item.genexp && items.length > 1) {
      throw errorOnSpan('Generator expression must be parenthesized', item.e);
    }
    if (item.t === 'kw') {
      if (item.k.arg === null) seenDoubleStar = true;
      else seenKeyword = true;
      out.keywords.push(item.k);
    } else if (item.t === 'star') {
      if (seenDoubleStar) {
        throw errorOnSpan('iterable argument unpacking follows keyword argument unpacking', item.e, true);
      }
      out.args.push(item.e);
    } else {
      if (seenDoubleStar) throw errorOnSpan('positional argument follows keyword argument unpacking', close);
      if (seenKeyword) throw errorOnSpan('positional argument follows keyword argument', close);
      out.args.push(item.e);
    }
  }
  return out;
}

function comprehension(kind: 'ListComp' | 'SetComp' | 'GeneratorExp', elt: Expr, gens: Node, s: Span): Expr {
  if (elt.kind === 'Starred') throw errorOnSpan('iterable unpacking cannot be used in comprehension', elt);
  return { kind, elt, generators: all(gens) as Comprehension[], ...s };
}

/** Wraps calls, subscripts and attribute accesses around `e`, which starts at output `start`. */
function applyTrailers(atom: Expr, start: number, trailers: Node[]): Expr {
  let e = atom;
  for (const t of trailers) {
    const s = spanOf(start, t.source.endIdx);
    const d = ast(t);
    if (d.t === 'call') {
      const args = d.args as CallArgs;
      // A sole generator argument's span is the call's parentheses, as in CPython.
      if (d.genexp) Object.assign(args.args[0]!, span(t));
      e = { kind: 'Call', func: e, args: args.args, keywords: args.keywords, ...s };
    } else if (d.t === 'sub') {
      e = { kind: 'Subscript', value: e, slice: d.slice, ctx: 'Load', ...s };
    } else {
      e = { kind: 'Attribute', value: e, attr: d.attr, ctx: 'Load', ...s };
    }
  }
  return e;
}

function constant(value: Constant['value'], s: Span): Constant {
  return { kind: 'Constant', value, ...s };
}

/** Parses an f-string field's expression at its place in the source. */
function parseFieldExpr(text: string, at: number): Expr {
  const outer = context();
  const m = grammar.match(text, 'FStringExpr');
  if (m.failed()) {
    throw errorAt(outer.src, 'SyntaxError', 'f-string: invalid syntax', at + m.getRightmostFailurePosition());
  }
  const map = new SourceMap();
  map.outStarts.push(0);
  map.srcStarts.push(at);
  return withContext({ src: outer.src, map, text, parenthesized: outer.parenthesized }, () => semantics()(m)['ast']());
}

function unicodeError(msg: string, body: string, at: number): string {
  const bytePos = new TextEncoder().encode(body.slice(0, at)).length;
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${bytePos}-${bytePos + 1}: ${msg}`;
}

/** Adjacent string literals: one Constant (str or bytes) or, with any f-string, one JoinedStr. */
function stringLiterals(node: Node, tokens: Node[]): Expr {
  const whole = span(node);
  const { src } = context();
  const parts = tokens.map((t) => ({ node: t, tok: splitStringToken(t.sourceString) }));
  const bytes = parts[0]!.tok.bytes;
  if (parts.some((p) => p.tok.bytes !== bytes)) {
    const [, end] = sourceRange(node.source.startIdx, node.source.endIdx);
    throw errorAt(src, 'SyntaxError', 'cannot mix bytes and nonbytes literals', end);
  }
  if (bytes) {
    const chunks: Uint8Array[] = [];
    for (const { node: t, tok } of parts) {
      let b: Uint8Array | null;
      try {
        b = decodeBytes(tok.body, tok.raw);
      } catch (e) {
        if (e instanceof EscapeError) throw errorOnSpan(`(value error) ${e.message} at position ${e.at}`, span(t), true);
        throw e;
      }
      if (b === null) throw errorOnSpan('bytes can only contain ASCII literal characters', span(t));
      chunks.push(b);
    }
    const total = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let off = 0;
    for (const c of chunks) {
      total.set(c, off);
      off += c.length;
    }
    return constant({ type: 'bytes', value: total }, whole);
  }
  const pieces: FPiece[] = [];
  for (const { node: t, tok } of parts) {
    if (tok.fstring) {
      const bodyAt = sourceRange(t.source.startIdx, t.source.endIdx)[0] + tok.bodyStart;
      pieces.push(...parseFStringBody(tok.body, bodyAt, tok.raw, whole, span(t), parseFieldExpr));
      continue;
    }
    try {
      pieces.push({ kind: 'str', value: tok.raw ? tok.body : decodeStr(tok.body) });
    } catch (e) {
      if (e instanceof EscapeError) throw errorOnSpan(unicodeError(e.message, tok.body, e.at), span(t), true);
      throw e;
    }
  }
  if (!parts.some((p) => p.tok.fstring)) {
    return constant({ type: 'str', value: pieces.map((p) => (p.kind === 'str' ? p.value : '')).join('') }, whole);
  }
  return { kind: 'JoinedStr', values: piecesToValues(pieces, whole), ...whole };
}

function targetsExpr(n: Node): Expr {
  const t = ast(n) as { items: Expr[]; comma: boolean; span: Span };
  return tupleOrSingle(t.items, t.comma, t.span);
}

const actions: PythonActionDict<Any> = {
  // ---------------------------------------------------------- statements
  Module(stmts, _end): Module {
    return { kind: 'Module', body: stmts.children.flatMap(ast) };
  },
  FStringExpr(e, _end) {
    return ast(e);
  },
  CompoundStmt(_guard, stmt) {
    return ast(stmt);
  },
  Stmt(s) {
    const r = ast(s);
    return Array.isArray(r) ? r : [r];
  },
  SimpleStmts(first, _semis, rest, _semi, _nl) {
    return [ast(first), ...all(rest)];
  },
  Block_indented(_nl, _indent, stmts, _dedent) {
    return stmts.children.flatMap(ast);
  },
  ExprStmt(lhsNode, tail) {
    const s = span(this);
    const lhs: Expr = ast(lhsNode);
    if (tail.children.length === 0) return { kind: 'Expr', value: lhs, ...s };
    const t = ast(tail.children[0]!);
    if (t.t === 'aug') return { kind: 'AugAssign', target: augTarget(lhs), op: t.op, value: t.value, ...s };
    if (t.t === 'ann') {
      const simple = lhs.kind === 'Name' && !context().parenthesized.has(lhs);
      return { kind: 'AnnAssign', target: annTarget(lhs), annotation: t.annotation, value: t.value, simple, ...s };
    }
    const targets: Expr[] = [lhs, ...t.values];
    const value = targets.pop()!;
    assignTargets(targets, value);
    return { kind: 'Assign', targets, value, ...s };
  },
  AssignTail_aug(op, value) {
    return { t: 'aug', op: BIN_OPS[op.sourceString.slice(0, -1)], value: ast(value) };
  },
  AssignTail_ann(_colon, annotation, value) {
    return { t: 'ann', annotation: ast(annotation), value: opt(value) };
  },
  AssignTail_assign(values) {
    return { t: 'assign', values: all(values) };
  },
  AssignValue(_eq, value) {
    return ast(value);
  },
  Return(_kw, value) {
    return { kind: 'Return', value: opt(value), ...span(this) };
  },
  Pass(_kw) {
    return { kind: 'Pass', ...span(this) };
  },
  Break(_kw) {
    return { kind: 'Break', ...span(this) };
  },
  Continue(_kw) {
    return { kind: 'Continue', ...span(this) };
  },
  Raise(_kw, exc, _from, cause) {
    return { kind: 'Raise', exc: opt(exc), cause: opt(cause), ...span(this) };
  },
  Global(_kw, first, _commas, rest) {
    return { kind: 'Global', names: list(first, rest), ...span(this) };
  },
  Nonlocal(_kw, first, _commas, rest) {
    return { kind: 'Nonlocal', names: list(first, rest), ...span(this) };
  },
  Del(_kw, targets) {
    const t = ast(targets) as { items: Expr[] };
    return { kind: 'Delete', targets: t.items.map(deleteTarget), ...span(this) };
  },
  Assert(_kw, test, _comma, msg) {
    return { kind: 'Assert', test: ast(test), msg: opt(msg), ...span(this) };
  },
  Import(_kw, first, _commas, rest) {
    return { kind: 'Import', names: list(first, rest), ...span(this) };
  },
  DottedAsName(dotted, _as, asname): Alias {
    return { kind: 'alias', name: ast(dotted), asname: opt(asname), ...span(this) };
  },
  DottedName(first, _dots, rest) {
    return [ast(first), ...all(rest)].join('.');
  },
  FromImport_module(_from, dots, module, _import, targets) {
    return { kind: 'ImportFrom', module: ast(module), names: ast(targets), level: ast(dots), ...span(this) };
  },
  FromImport_relative(_from, dots, _import, targets) {
    return { kind: 'ImportFrom', module: null, names: ast(targets), level: ast(dots), ...span(this) };
  },
  importDots(_dots) {
    return this.sourceString.replace(/[^.]/g, '').length;
  },
  ImportTargets_paren(_open, first, _commas, rest, _comma, _close) {
    return list(first, rest);
  },
  ImportTargets_plain(first, _commas, rest) {
    return list(first, rest);
  },
  ImportTargets_star(_star): Alias[] {
    return [{ kind: 'alias', name: '*', asname: null, ...span(this) }];
  },
  ImportAsName(id, _as, asname): Alias {
    return { kind: 'alias', name: ast(id), asname: opt(asname), ...span(this) };
  },
  IfStmt(_if, test, _colon, bodyNode, elifs, elseNode) {
    let orelse: Stmt[] = opt(elseNode) ?? [];
    const clauses = all(elifs) as { test: Expr; body: Stmt[]; start: Node }[];
    // An elif is an If nested in orelse, running to the end of the whole statement.
    const end = compoundEnd(this.source.endIdx);
    for (let i = clauses.length - 1; i >= 0; i--) {
      const c = clauses[i]!;
      orelse = [{ kind: 'If', test: c.test, body: c.body, orelse, ...spanOf(c.start.source.startIdx, end) }];
    }
    const body: Stmt[] = ast(bodyNode);
    return { kind: 'If', test: ast(test), body, orelse, ...compoundSpan(this) };
  },
  ElifClause(kw, test, _colon, body) {
    return { test: ast(test), body: ast(body), start: kw };
  },
  ElseClause(_kw, _colon, body) {
    return ast(body);
  },
  WhileStmt(_kw, test, _colon, bodyNode, elseNode) {
    const body: Stmt[] = ast(bodyNode);
    const orelse: Stmt[] = opt(elseNode) ?? [];
    return { kind: 'While', test: ast(test), body, orelse, ...compoundSpan(this) };
  },
  ForStmt(_for, targets, _in, iter, _colon, bodyNode, elseNode) {
    const target = storeTarget(targetsExpr(targets));
    const body: Stmt[] = ast(bodyNode);
    const orelse: Stmt[] = opt(elseNode) ?? [];
    return { kind: 'For', target, iter: ast(iter), body, orelse, ...compoundSpan(this) };
  },
  TryStmt(_try, _colon, bodyNode, handlersNode, elseNode, finallyNode) {
    const body: Stmt[] = ast(bodyNode);
    const handlers = all(handlersNode);
    const orelse: Stmt[] = opt(elseNode) ?? [];
    const finalbody: Stmt[] = opt(finallyNode) ?? [];
    if (handlers.length === 0 && (finalbody.length === 0 || orelse.length > 0)) {
      const at = handlersNode.source.startIdx;
      throw errorAtOutput("expected 'except' or 'finally' block", at, at + 1);
    }
    return { kind: 'Try', body, handlers, orelse, finalbody, ...compoundSpan(this) };
  },
  ExceptClause(_kw, type, _as, nameNode, _colon, bodyNode) {
    const body: Stmt[] = ast(bodyNode);
    return { kind: 'ExceptHandler', type: opt(type), name: opt(nameNode), body, ...compoundSpan(this) };
  },
  FinallyClause(_kw, _colon, body) {
    return ast(body);
  },
  WithStmt_paren(_with, _open, first, _commas, rest, _comma, _close, _colon, bodyNode) {
    const body: Stmt[] = ast(bodyNode);
    return { kind: 'With', items: list(first, rest), body, ...compoundSpan(this) };
  },
  WithStmt_plain(_with, first, _commas, rest, _colon, bodyNode) {
    const body: Stmt[] = ast(bodyNode);
    return { kind: 'With', items: list(first, rest), body, ...compoundSpan(this) };
  },
  WithItem(expr, _as, target): WithItem {
    const t = opt(target);
    return { contextExpr: ast(expr), optionalVars: t === null ? null : storeTarget(t) };
  },
  Decorated(decorators, def) {
    const node = ast(def);
    node.decorators = all(decorators);
    return node;
  },
  Decorator(_at, expr, _nl) {
    return ast(expr);
  },
  FuncDef(_def, id, _open, params, _close, _arrow, returns, _colon, bodyNode) {
    const body: Stmt[] = ast(bodyNode);
    const p = opt(params) as ParamItem[] | null;
    return {
      kind: 'FunctionDef', name: ast(id), args: p ? buildArguments(p) : emptyArguments(), body,
      decorators: [], returns: opt(returns), ...compoundSpan(this),
    };
  },
  ClassDef(_class, id, _open, args, close, _colon, bodyNode) {
    const body: Stmt[] = ast(bodyNode);
    const a = (opt(args) as ArgItem[] | null) ?? [];
    const closeNode = close.children[0];
    const { args: bases, keywords } = buildCallArgs(a, closeNode ? span(closeNode) : span(id));
    return { kind: 'ClassDef', name: ast(id), bases, keywords, body, decorators: [], ...compoundSpan(this) };
  },
  Params(first, _commas, rest, _comma) {
    return list(first, rest);
  },
  Param_kwargs(_stars, id, _colon, annotation): ParamItem {
    return { kind: 'kwargs', arg: makeArg(id, optNode(annotation)), span: span(this) };
  },
  Param_star(_star, id, _colon, annotation): ParamItem {
    const idNode = id.children[0];
    return { kind: 'star', arg: idNode ? makeArg(idNode, optNode(annotation)) : null, span: span(this) };
  },
  Param_slash(_slash): ParamItem {
    return { kind: 'slash', span: span(this) };
  },
  Param_plain(id, _colon, annotation, _eq, dflt): ParamItem {
    return { kind: 'plain', arg: makeArg(id, optNode(annotation)), default: opt(dflt) };
  },
  LambdaParams(first, _commas, rest, _comma) {
    return list(first, rest);
  },
  LambdaParam_kwargs(_stars, id): ParamItem {
    return { kind: 'kwargs', arg: makeArg(id, null), span: span(this) };
  },
  LambdaParam_star(_star, id): ParamItem {
    const idNode = id.children[0];
    return { kind: 'star', arg: idNode ? makeArg(idNode, null) : null, span: span(this) };
  },
  LambdaParam_slash(_slash): ParamItem {
    return { kind: 'slash', span: span(this) };
  },
  LambdaParam_plain(id, _eq, dflt): ParamItem {
    return { kind: 'plain', arg: makeArg(id, null), default: opt(dflt) };
  },
  Targets(first, _commas, rest, comma) {
    return { items: list(first, rest), comma: comma.children.length > 0, span: span(this) };
  },
  Target_star(_star, target) {
    return { kind: 'Starred', value: ast(target), ctx: 'Load', ...span(this) };
  },

  // ---------------------------------------------------------- expressions
  YieldExpr_from(_yield, _from, value) {
    return { kind: 'YieldFrom', value: ast(value), ...span(this) };
  },
  YieldExpr_plain(_yield, value) {
    return { kind: 'Yield', value: opt(value), ...span(this) };
  },
  StarExprs(first, _commas, rest, comma) {
    return tupleOrSingle(list(first, rest), comma.children.length > 0, span(this));
  },
  StarExpr_star(_star, value) {
    return { kind: 'Starred', value: ast(value), ctx: 'Load', ...span(this) };
  },
  StarNamedExpr_star(_star, value) {
    return { kind: 'Starred', value: ast(value), ctx: 'Load', ...span(this) };
  },
  NamedExpr_walrus(id, _op, value) {
    return { kind: 'NamedExpr', target: name(ast(id), span(id), 'Store'), value: ast(value), ...span(this) };
  },
  Expression(first, _guard, _if, test, _else, orelse) {
    if (test.children.length === 0) return ast(first);
    return { kind: 'IfExp', test: opt(test), body: ast(first), orelse: opt(orelse), ...span(this) };
  },
  Lambda(_kw, params, _colon, body) {
    const p = opt(params) as ParamItem[] | null;
    return { kind: 'Lambda', args: p ? buildArguments(p) : emptyArguments(), body: ast(body), ...span(this) };
  },
  Disjunction(_g0, nots0, first, _guards, ops, _notGuards, nots, rest) {
    const operands = [first, ...rest.children];
    const notLists = [nots0.children, ...nots.children.map((n) => n.children)];
    const inversions = operands.map((operand, i) => {
      const notKws = notLists[i]!;
      let e: Expr = ast(operand);
      for (let k = notKws.length - 1; k >= 0; k--) {
        e = { kind: 'UnaryOp', op: 'Not', operand: e, ...spanOf(notKws[k]!.source.startIdx, operand.source.endIdx) };
      }
      const start = notKws.length > 0 ? notKws[0]!.source.startIdx : operand.source.startIdx;
      return { e, span: spanOf(start, operand.source.endIdx) };
    });
    if (ops.children.length === 0) return inversions[0]!.e;
    return resolveBoolChain(inversions, ops.children.map((o) => o.sourceString));
  },
  CompOp(op) {
    return CMP_OPS[this.sourceString] ?? ast(op);
  },
  CompOp_notIn(_not, _in) {
    return 'NotIn';
  },
  CompOp_isNot(_is, _not) {
    return 'IsNot';
  },
  Comparison(first, _guards, ops, rest) {
    if (ops.children.length === 0) return ast(first);
    return resolveComparisonChain(
      [first, ...rest.children].map(ast),
      [first, ...rest.children].map(span),
      ops.children.map((o) => (o.ctorName === 'CompOp' ? { cmp: ast(o) as CmpOperator } : { bin: o.sourceString })),
    );
  },
  Factor(_unaryGuards, unaryOps, atom, _trailerGuards, trailers, _pow, exponent) {
    let e = applyTrailers(ast(atom), atom.source.startIdx, trailers.children);
    const end = this.source.endIdx;
    if (exponent.children.length > 0) {
      e = { kind: 'BinOp', left: e, op: 'Pow', right: opt(exponent), ...spanOf(atom.source.startIdx, end) };
    }
    const ops = unaryOps.children;
    for (let k = ops.length - 1; k >= 0; k--) {
      const op = ops[k]!;
      e = { kind: 'UnaryOp', op: UNARY_OPS[op.sourceString]!, operand: e, ...spanOf(op.source.startIdx, end) };
    }
    return e;
  },
  Primary(atom, _guards, trailers) {
    return applyTrailers(ast(atom), this.source.startIdx, trailers.children);
  },
  Trailer_call(_open, args, close) {
    const items = (opt(args) as ArgItem[] | null) ?? [];
    const genexp = items.length === 1 && items[0]!.t === 'pos' && items[0]!.genexp;
    return { t: 'call', args: buildCallArgs(items, span(close)), genexp };
  },
  Trailer_subscript(_open, slices, _close) {
    return { t: 'sub', slice: ast(slices) };
  },
  Trailer_attribute(_dot, id) {
    return { t: 'attr', attr: ast(id) };
  },
  Args(first, _commas, rest, _comma) {
    return list(first, rest);
  },
  Arg_dstar(_stars, value): ArgItem {
    return { t: 'kw', k: { kind: 'keyword', arg: null, value: ast(value), ...span(this) } };
  },
  Arg_star(_star, value): ArgItem {
    return { t: 'star', e: { kind: 'Starred', value: ast(value), ctx: 'Load', ...span(this) } };
  },
  Arg_keyword(id, _eq, value): ArgItem {
    return { t: 'kw', k: { kind: 'keyword', arg: ast(id), value: ast(value), ...span(this) } };
  },
  Arg_plain(value, _guards, fors): ArgItem {
    if (fors.children.length === 0) return { t: 'pos', e: ast(value), genexp: false };
    return { t: 'pos', e: comprehension('GeneratorExp', ast(value), fors, span(this)), genexp: true };
  },
  Slices(first, _commas, rest, comma) {
    const items = list(first, rest);
    // `a[*b]` subscripts with a one-element tuple (PEP 646).
    return tupleOrSingle(items, comma.children.length > 0 || items[0].kind === 'Starred', span(this));
  },
  Slice_range(lower, _colon, upper, _colon2, step) {
    return { kind: 'Slice', lower: opt(lower), upper: opt(upper), step: opt(step), ...span(this) };
  },
  Atom_paren(_open, bodyNode, _close) {
    const s = span(this);
    if (bodyNode.children.length === 0) return { kind: 'Tuple', elts: [], ctx: 'Load', ...s };
    const body = ast(bodyNode.children[0]!);
    if (body.t === 'genexp') return { ...body.e, ...s };
    if (body.t === 'yield' || (body.items.length === 1 && !body.comma)) {
      const e: Expr = body.t === 'yield' ? body.e : body.items[0];
      if (e.kind === 'Starred') throw errorOnSpan("can't use starred expression here", e);
      context().parenthesized.add(e);
      return e;
    }
    return { kind: 'Tuple', elts: body.items, ctx: 'Load', ...s };
  },
  ParenBody_yield(e) {
    return { t: 'yield', e: ast(e) };
  },
  ParenBody_genexp(elt, _guard, fors) {
    return { t: 'genexp', e: comprehension('GeneratorExp', ast(elt), fors, span(this)) };
  },
  ParenBody_items(first, _commas, rest, comma) {
    return { t: 'items', items: list(first, rest), comma: comma.children.length > 0 };
  },
  Atom_list(_open, bodyNode, _close) {
    const s = span(this);
    if (bodyNode.children.length === 0) return { kind: 'List', elts: [], ctx: 'Load', ...s };
    const body = ast(bodyNode.children[0]!);
    if (body.t === 'comp') return comprehension('ListComp', body.elt, body.fors, s);
    return { kind: 'List', elts: body.items, ctx: 'Load', ...s };
  },
  ListBody_comp(elt, _guard, fors) {
    return { t: 'comp', elt: ast(elt), fors };
  },
  ListBody_items(first, _commas, rest, _comma) {
    return { t: 'items', items: list(first, rest) };
  },
  Atom_brace(_open, bodyNode, _close) {
    const s = span(this);
    if (bodyNode.children.length === 0) return { kind: 'Dict', keys: [], values: [], ...s };
    const body = ast(bodyNode.children[0]!);
    switch (body.t) {
      case 'dictComp': {
        const item = body.item as { key: Expr | null; value: Expr };
        if (item.key === null) throw errorOnSpan('dict unpacking cannot be used in dict comprehension', item.value);
        return { kind: 'DictComp', key: item.key, value: item.value, generators: all(body.fors), ...s };
      }
      case 'dict': {
        const items = body.items as { key: Expr | null; value: Expr }[];
        return { kind: 'Dict', keys: items.map((i) => i.key), values: items.map((i) => i.value), ...s };
      }
      case 'setComp':
        return comprehension('SetComp', body.elt, body.fors, s);
      default:
        return { kind: 'Set', elts: body.items, ...s };
    }
  },
  BraceBody_dictComp(item, _guard, fors) {
    return { t: 'dictComp', item: ast(item), fors };
  },
  BraceBody_dict(first, _commas, rest, _comma) {
    return { t: 'dict', items: list(first, rest) };
  },
  BraceBody_setComp(elt, _guard, fors) {
    return { t: 'setComp', elt: ast(elt), fors };
  },
  BraceBody_set(first, _commas, rest, _comma) {
    return { t: 'set', items: list(first, rest) };
  },
  DictItem_splat(_stars, value) {
    return { key: null, value: ast(value) };
  },
  DictItem_pair(key, _colon, value) {
    return { key: ast(key), value: ast(value) };
  },
  Atom_ellipsis(_dots) {
    return constant({ type: 'Ellipsis' }, span(this));
  },
  CompFor(_for, targets, _in, iter, ifs): Comprehension {
    return { target: storeTarget(targetsExpr(targets)), iter: ast(iter), ifs: all(ifs) };
  },
  CompIf(_if, test) {
    return ast(test);
  },
  ...patternActions,

  // ---------------------------------------------------------- tokens
  strings(_guard, first, _spacing, rest) {
    return stringLiterals(this, [first, ...rest.children]);
  },
  number(_guard, _body) {
    return constant(numberValue(this.sourceString), span(this));
  },
  name(_start, _rest) {
    const id = this.sourceString;
    const s = span(this);
    if (id === 'None') return constant({ type: 'None' }, s);
    if (id === 'True') return constant({ type: 'bool', value: true }, s);
    if (id === 'False') return constant({ type: 'bool', value: false }, s);
    return name(id.normalize('NFKC'), s);
  },
  identifier(_start, _rest) {
    const id = this.sourceString;
    if (id === 'None' || id === 'True' || id === 'False') {
      throw errorAtOutput('invalid syntax', this.source.startIdx, this.source.endIdx);
    }
    return id.normalize('NFKC');
  },
};

export function toAst(match: MatchResult): Module {
  return semantics()(match)['ast']() as Module;
}

