// The `ast` actions of the match statement and its patterns (PEP 634), merged into to-ast.ts'
// action dictionary. The grammar's NamePattern covers captures, the wildcard, value patterns and
// class patterns; these actions tell them apart and raise the SyntaxErrors that CPython's
// grammar words with its invalid_* rules (complex literals, `as _`, positional after keyword).
import type { Node } from 'ohm-js';
import type { Expr, MatchCase, Pattern, Span, Stmt } from './ast';
import { compoundEnd, errorAtOutput, errorOnSpan, spanJoin, spanOf } from './context';
import type { PythonActionDict } from './python.ohm-bundle.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

const ast = (n: Node): Any => n['ast']();
const span = (n: Node): Span => spanOf(n.source.startIdx, n.source.endIdx);
const list = (first: Node, rest: Node): Any[] => [ast(first), ...rest.children.map(ast)];

/** A ClassArg's value before the class pattern sorts positional from keyword ones. */
type ClassArgItem = { kw: null; p: Pattern } | { kw: string; p: Pattern };

/** `-1`, `1.5j`: true when the constant is a complex (imaginary) number. */
function isImaginary(e: Expr): boolean {
  const c = e.kind === 'UnaryOp' ? e.operand : e;
  return c.kind === 'Constant' && c.value.type === 'complex';
}

/** The dotted name `a.b.c` as nested Attribute loads (CPython's name_or_attr). */
function dotted(first: Node, names: Node[], dots: Node[]): Expr {
  let e: Expr = ast(first);
  if (e.kind === 'Constant' && names.length > 0) {
    // `None.x`: None is a keyword, not a NAME, so CPython stops at the dot.
    throw errorAtOutput('invalid syntax', dots[0]!.source.startIdx, dots[0]!.source.endIdx);
  }
  for (const n of names) {
    e = { kind: 'Attribute', value: e, attr: ast(n), ctx: 'Load', ...spanOf(first.source.startIdx, n.source.endIdx) };
  }
  return e;
}

function sequence(items: Pattern[], s: Span): Pattern {
  return { kind: 'MatchSequence', patterns: items, ...s };
}

/** A capture target (`x`, `*x`, `**x`, `as x`): `_` means "do not bind". */
function captureName(id: string): string | null {
  return id === '_' ? null : id;
}

export const patternActions: PythonActionDict<Any> = {
  MatchStmt(_kw, subject, _colon, _nl, _indent, cases, _dedent): Stmt {
    return {
      kind: 'Match', subject: ast(subject), cases: cases.children.map(ast) as MatchCase[],
      ...spanOf(this.source.startIdx, compoundEnd(this.source.endIdx)),
    };
  },
  SubjectExpr_tuple(first, _comma, rest, _commas, more, _trailing) {
    const items: Expr[] = [ast(first)];
    if (rest.children.length > 0) items.push(ast(rest.children[0]!), ...more.children[0]!.children.map(ast));
    return { kind: 'Tuple', elts: items, ctx: 'Load', ...span(this) };
  },
  CaseBlock(_kw, patterns, _guardLook, _if, guard, _colon, body): MatchCase {
    const g = guard.children[0];
    return { kind: 'match_case', pattern: ast(patterns), guard: g ? ast(g) : null, body: ast(body) };
  },
  Patterns_open(first, _comma, rest) {
    const items: Pattern[] = [ast(first)];
    if (rest.children.length > 0) items.push(...(ast(rest.children[0]!) as Pattern[]));
    return sequence(items, span(this));
  },
  Pattern(orPattern, _asLook, _as, target) {
    const p: Pattern = ast(orPattern);
    const t = target.children[0];
    if (t === undefined) return p;
    return { kind: 'MatchAs', pattern: p, name: ast(t), ...span(this) };
  },
  AsTarget_name(id) {
    const name: string = ast(id);
    if (name === '_') throw errorOnSpan("cannot use '_' as a target", span(id));
    return name;
  },
  AsTarget_invalid(e) {
    throw errorOnSpan('invalid pattern target', ast(e) as Expr);
  },
  OrPattern(first, _bars, rest) {
    if (rest.children.length === 0) return ast(first);
    return { kind: 'MatchOr', patterns: list(first, rest), ...span(this) };
  },
  ClosedPattern_group(_open, p, _close) {
    return ast(p);
  },
  ClosedPattern_tuple(_open, first, _comma, rest, _close) {
    const items: Pattern[] = [];
    if (first.children.length > 0) {
      items.push(ast(first.children[0]!));
      const more = rest.children[0]?.children[0];
      if (more) items.push(...(ast(more) as Pattern[]));
    }
    return sequence(items, span(this));
  },
  ClosedPattern_list(_open, items, _close) {
    const inner = items.children[0];
    return sequence(inner ? ast(inner) : [], span(this));
  },
  MaybeStarPatterns(first, _commas, rest, _trailing) {
    return list(first, rest);
  },
  MaybeStarPattern_star(_star, id): Pattern {
    return { kind: 'MatchStar', name: captureName(ast(id)), ...span(this) };
  },
  ClosedPattern(p) {
    const v = ast(p);
    // A string literal pattern arrives as the expression the shared `strings` rule makes.
    if (v.kind === 'Constant' || v.kind === 'JoinedStr') return { kind: 'MatchValue', value: v, ...span(this) };
    return v;
  },
  SignedNumber(minus, num, _look, sign, imag): Pattern {
    let real: Expr = ast(num);
    if (minus.children.length > 0) real = { kind: 'UnaryOp', op: 'USub', operand: real, ...span(this) };
    const imagNode = imag.children[0];
    if (imagNode === undefined) return { kind: 'MatchValue', value: real, ...span(this) };
    if (isImaginary(real)) throw errorOnSpan('real number required in complex literal', span(num));
    const right: Expr = ast(imagNode);
    if (!isImaginary(right)) throw errorOnSpan('imaginary number required in complex literal', right);
    if (minus.children.length > 0) Object.assign(real, spanJoin(span(minus.children[0]!), span(num)));
    const op = sign.children[0]!.sourceString === '+' ? 'Add' : 'Sub';
    return { kind: 'MatchValue', value: { kind: 'BinOp', left: real, op, right, ...span(this) }, ...span(this) };
  },
  NamePattern(first, dots, names, _look, args): Pattern {
    const s = span(this);
    const argNode = args.children[0];
    const target = dotted(first, names.children, dots.children);
    if (argNode !== undefined) {
      if (target.kind === 'Constant') {
        throw errorAtOutput('invalid syntax', argNode.source.startIdx, argNode.source.startIdx + 1);
      }
      const items: ClassArgItem[] = ast(argNode);
      return classPattern(target, items, s);
    }
    if (target.kind === 'Constant') return { kind: 'MatchSingleton', value: target.value, ...s };
    if (target.kind === 'Attribute') return { kind: 'MatchValue', value: target, ...s };
    const id = (target as { id: string }).id;
    return { kind: 'MatchAs', pattern: null, name: captureName(id), ...s };
  },
  ClassPatternArgs(_open, args, _close) {
    return args.children.length > 0 ? ast(args.children[0]!) : [];
  },
  ClassArgs(first, _commas, rest, _trailing) {
    return list(first, rest);
  },
  ClassArg_keyword(id, _eq, p): ClassArgItem {
    return { kw: ast(id), p: ast(p) };
  },
  ClassArg_positional(p): ClassArgItem {
    return { kw: null, p: ast(p) };
  },
  MappingPattern(_open, items, _close): Pattern {
    const m = items.children.length > 0 ? ast(items.children[0]!) : { pairs: [], rest: null };
    const pairs = m.pairs as { key: Expr; p: Pattern }[];
    return {
      kind: 'MatchMapping', keys: pairs.map((x) => x.key), patterns: pairs.map((x) => x.p), rest: m.rest,
      ...span(this),
    };
  },
  MappingItems_rest(rest, _comma) {
    return { pairs: [], rest: ast(rest) };
  },
  MappingItems_pairs(first, _commas, rest, _restComma, star, _trailing) {
    const r = star.children[0];
    return { pairs: list(first, rest), rest: r ? ast(r) : null };
  },
  MappingRest(_stars, id) {
    const name: string = ast(id);
    // `**_` is refused by CPython's grammar (a capture target is never `_`).
    if (name === '_') throw errorAtOutput('invalid syntax', id.source.startIdx, id.source.endIdx);
    return name;
  },
  MappingPair(key, _colon, p) {
    return { key: ast(key), p: ast(p) };
  },
  MappingKey(k) {
    const v = ast(k);
    // A literal key arrives as a MatchValue pattern (SignedNumber, strings): keep its expression.
    return v.kind === 'MatchValue' ? v.value : v;
  },
  MappingKey_attr(first, dots, names) {
    return dotted(first, names.children, dots.children);
  },
  singletonKw(_kw) {
    const id = this.sourceString;
    const value = id === 'None' ? { type: 'None' } : { type: 'bool', value: id === 'True' };
    return { kind: 'Constant', value, ...span(this) };
  },
};

/** MatchClass from `Cls(args)`: CPython refuses positional sub-patterns after keyword ones. */
function classPattern(cls: Expr, items: ClassArgItem[], s: Span): Pattern {
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kw === null) {
      if (kwdAttrs.length > 0) {
        // invalid_class_argument_pattern: the run of positional patterns after a keyword one.
        let j = i;
        while (j + 1 < items.length && items[j + 1]!.kw === null) j++;
        throw errorOnSpan('positional patterns follow keyword patterns', spanJoin(item.p, items[j]!.p));
      }
      patterns.push(item.p);
    } else {
      kwdAttrs.push(item.kw);
      kwdPatterns.push(item.p);
    }
  }
  return { kind: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns, ...s };
}
