// Operator tables, and the precedence resolution of the grammar's flat operator chains.
// `Comparison = Factor (op Factor)*` parses a < b | c ^ d & e << f + g * h in one iteration, and
// `Disjunction` does the same for not/and/or (fewer rule applications for Ohm's JS matcher than
// one rule per level). The functions below give the same trees as Python's grammar:
// or < and < not < comparisons (chained) < | < ^ < & < shifts < + - < * / // % @.
import type { BinOperator, CmpOperator, Expr, Span, UnaryOperator } from './ast';
import { spanJoin } from './context';

export const BIN_OPS: Record<string, BinOperator> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};

export const PRECEDENCE: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};

export const UNARY_OPS: Record<string, UnaryOperator> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

export const CMP_OPS: Record<string, CmpOperator> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', in: 'In', is: 'Is',
};

/**
 * Folds operands[0] op[0] operands[1] ... into BinOps. `spans` are the operands' spans as written
 * (a parenthesised operand's span includes its parentheses, as CPython's token positions do).
 */
export function resolveBinaryChain(operands: Expr[], spans: Span[], ops: string[]): Expr {
  const values: Expr[] = [operands[0]!];
  const valueSpans: Span[] = [spans[0]!];
  const pending: string[] = [];
  const reduce = () => {
    const right = values.pop()!;
    const left = values.pop()!;
    const rs = valueSpans.pop()!;
    const ls = valueSpans.pop()!;
    const s = spanJoin(ls, rs);
    values.push({ kind: 'BinOp', left, op: BIN_OPS[pending.pop()!]!, right, ...s });
    valueSpans.push(s);
  };
  for (let i = 0; i < ops.length; i++) {
    const prec = PRECEDENCE[ops[i]!]!;
    while (pending.length > 0 && PRECEDENCE[pending[pending.length - 1]!]! >= prec) reduce();
    pending.push(ops[i]!);
    values.push(operands[i + 1]!);
    valueSpans.push(spans[i + 1]!);
  }
  while (pending.length > 0) reduce();
  return values[0]!;
}

export type ChainOp = { cmp: CmpOperator } | { bin: string };

/** Splits a flat chain at comparison operators: each part is a binary chain, then one Compare. */
export function resolveComparisonChain(operands: Expr[], spans: Span[], ops: ChainOp[]): Expr {
  const parts: { e: Expr; span: Span }[] = [];
  const cmpOps: CmpOperator[] = [];
  let start = 0;
  const closePart = (end: number) => {
    const binOps = ops.slice(start, end).map((o) => (o as { bin: string }).bin);
    const e = resolveBinaryChain(operands.slice(start, end + 1), spans.slice(start, end + 1), binOps);
    parts.push({ e, span: spanJoin(spans[start]!, spans[end]!) });
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if ('cmp' in op) {
      closePart(i);
      cmpOps.push(op.cmp);
      start = i + 1;
    }
  }
  closePart(ops.length);
  if (cmpOps.length === 0) return parts[0]!.e;
  return {
    kind: 'Compare',
    left: parts[0]!.e,
    ops: cmpOps,
    comparators: parts.slice(1).map((p) => p.e),
    ...spanJoin(parts[0]!.span, parts[parts.length - 1]!.span),
  };
}

/** `a and b or c and d` -> Or(And(a, b), And(c, d)); operands are inversions with their spans. */
export function resolveBoolChain(operands: { e: Expr; span: Span }[], ops: string[]): Expr {
  const groups: { e: Expr; span: Span }[][] = [[operands[0]!]];
  for (let i = 0; i < ops.length; i++) {
    if (ops[i] === 'or') groups.push([]);
    groups[groups.length - 1]!.push(operands[i + 1]!);
  }
  const ands = groups.map((g) => {
    if (g.length === 1) return g[0]!;
    const s = spanJoin(g[0]!.span, g[g.length - 1]!.span);
    return { e: { kind: 'BoolOp', op: 'And', values: g.map((x) => x.e), ...s } as Expr, span: s };
  });
  if (ands.length === 1) return ands[0]!.e;
  return { kind: 'BoolOp', op: 'Or', values: ands.map((x) => x.e), ...spanJoin(ands[0]!.span, ands[ands.length - 1]!.span) };
}
