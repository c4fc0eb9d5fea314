// Assignment and deletion targets. The grammar parses a target as an ordinary expression (one
// shared prefix for expression and assignment statements); here we check it is assignable and
// set ctx, with CPython 3.11's messages (Parser/pegen.c _PyPegen_get_expr_name and
// _PyPegen_get_invalid_target, Grammar/python.gram invalid_assignment).
import type { Expr, ExprContext } from './ast';
import { context, errorOnSpan } from './context';

export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    case 'Constant': {
      const v = e.value;
      if (v.type === 'None') return 'None';
      if (v.type === 'bool') return v.value ? 'True' : 'False';
      if (v.type === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
  }
}

/** The first sub-expression that cannot be a target, or null (CPython's get_invalid_target). */
export function invalidTarget(e: Expr, del: boolean): Expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      return null;
    case 'Tuple': case 'List':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, del);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return del ? e : invalidTarget(e.value, del);
    default:
      return e;
  }
}

/** Sets ctx on a valid target tree (Name, Attribute, Subscript, Starred, Tuple, List). */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Tuple': case 'List':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    default:
      return;
  }
}

/** For/with/comprehension targets and all but the first `=` target. */
export function storeTarget(e: Expr): Expr {
  const bad = invalidTarget(e, false);
  if (bad) throw errorOnSpan(`cannot assign to ${exprName(bad)}`, bad);
  setContext(e, 'Store');
  return e;
}

export function deleteTarget(e: Expr): Expr {
  const bad = invalidTarget(e, true);
  if (bad) throw errorOnSpan(`cannot delete ${exprName(bad)}`, bad);
  setContext(e, 'Del');
  return e;
}

// Expressions a `bitwise_or` can produce: CPython's invalid_named_expression only fires on those.
function isBitwiseLevel(e: Expr): boolean {
  switch (e.kind) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr':
    case 'Yield': case 'YieldFrom': case 'Starred':
      return context().parenthesized.has(e);
    case 'UnaryOp':
      return e.op !== 'Not' || context().parenthesized.has(e);
    case 'Tuple':
      return false;
    default:
      return true;
  }
}

/**
 * Checks `t1 = t2 = ... = value` (targets = [t1, t2, ...]) and sets Store ctx. The first target
 * gets CPython's "... here. Maybe you meant '==' instead of '='?" hint in the same cases as
 * CPython: a bitwise-level expression (not a list/tuple/genexp display nor True/False/None)
 * followed by `=` and a bitwise-level expression that is not itself followed by `=`.
 */
export function assignTargets(targets: Expr[], value: Expr): void {
  for (const t of targets) {
    if ((t.kind === 'Yield' || t.kind === 'YieldFrom') && !context().parenthesized.has(t)) {
      throw errorOnSpan('assignment to yield expression not possible', t);
    }
  }
  const first = targets[0]!;
  const bad = invalidTarget(first, false);
  if (bad) {
    const next = targets[1] ?? value;
    const nextOk =
      (targets.length === 1 || !isBitwiseLevel(next)) &&
      (isBitwiseLevel(next) || (next.kind === 'Tuple' && !context().parenthesized.has(next) && isBitwiseLevel(next.elts[0]!)));
    const excluded =
      first.kind === 'List' || first.kind === 'Tuple' || first.kind === 'GeneratorExp' ||
      (first.kind === 'Constant' && (first.value.type === 'None' || first.value.type === 'bool'));
    if (!excluded && isBitwiseLevel(first) && nextOk) {
      throw errorOnSpan(`cannot assign to ${exprName(first)} here. Maybe you meant '==' instead of '='?`, first);
    }
    throw errorOnSpan(`cannot assign to ${exprName(bad)}`, bad);
  }
  setContext(first, 'Store');
  for (let i = 1; i < targets.length; i++) storeTarget(targets[i]!);
}

export function augTarget(e: Expr): Expr {
  if (e.kind !== 'Name' && e.kind !== 'Attribute' && e.kind !== 'Subscript') {
    throw errorOnSpan(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
  }
  e.ctx = 'Store';
  return e;
}

export function annTarget(e: Expr): Expr {
  if (e.kind === 'Tuple' || e.kind === 'List') {
    throw errorOnSpan(`only single target (not ${e.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e);
  }
  if (e.kind !== 'Name' && e.kind !== 'Attribute' && e.kind !== 'Subscript') {
    throw errorOnSpan('illegal target for annotation', e);
  }
  e.ctx = 'Store';
  return e;
}
