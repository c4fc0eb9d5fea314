// Builds CPython's `arguments` from the flat parameter list the grammar accepts, and checks the
// ordering rules the grammar leaves open, with CPython 3.11's messages.
import type { Arg, Arguments, Expr } from './ast';
import { errorOnSpan } from './context';
import type { Span } from './ast';

export type ParamItem =
  | { kind: 'plain'; arg: Arg; default: Expr | null }
  | { kind: 'star'; arg: Arg | null; span: Span }
  | { kind: 'kwargs'; arg: Arg; span: Span }
  | { kind: 'slash'; span: Span };

export function emptyArguments(): Arguments {
  return { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
}

export function buildArguments(items: ParamItem[]): Arguments {
  const a = emptyArguments();
  let seenStar = false;
  let seenDefault = false;
  let bareStar: Span | null = null;
  const names = new Set<string>();
  const checkDup = (arg: Arg) => {
    if (names.has(arg.arg)) throw errorOnSpan(`duplicate argument '${arg.arg}' in function definition`, arg);
    names.add(arg.arg);
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (a.kwarg) {
      const s = item.kind === 'plain' ? item.arg : item.span;
      throw errorOnSpan('arguments cannot follow var-keyword argument', s);
    }
    switch (item.kind) {
      case 'slash':
        if (seenStar || a.posonlyargs.length > 0 || a.args.length === 0) {
          throw errorOnSpan(a.args.length === 0 && !seenStar ? 'at least one argument must precede /' : '/ may appear only once', item.span);
        }
        a.posonlyargs = a.args;
        a.args = [];
        break;
      case 'star':
        if (seenStar) throw errorOnSpan('* argument may appear only once', item.span);
        seenStar = true;
        if (item.arg) {
          checkDup(item.arg);
          a.vararg = item.arg;
        } else bareStar = item.span;
        break;
      case 'kwargs':
        checkDup(item.arg);
        a.kwarg = item.arg;
        break;
      case 'plain':
        checkDup(item.arg);
        if (seenStar) {
          a.kwonlyargs.push(item.arg);
          a.kwDefaults.push(item.default);
          bareStar = null;
        } else {
          if (item.default) {
            seenDefault = true;
            a.defaults.push(item.default);
          } else if (seenDefault) {
            throw errorOnSpan('non-default argument follows default argument', item.arg);
          }
          a.args.push(item.arg);
        }
        break;
    }
  }
  if (bareStar) throw errorOnSpan('named arguments must follow bare *', bareStar, true);
  return a;
}
