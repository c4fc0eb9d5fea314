// Operator tables, and the precedence resolution of the grammar's flat binary-operator chain.
// `BitOr = Factor (binOp Factor)*` parses a | b ^ c & d << e + f * g in one iteration (fewer
// rule applications for Ohm's JS matcher than one rule per level); the shunting-yard below gives
// the same trees as Python's grammar: | < ^ < & < shifts < + - < * / // % @, all left-assoc.
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
