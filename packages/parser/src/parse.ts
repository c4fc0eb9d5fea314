// parse(): source text -> Module, or a PySyntaxError with CPython's message and position.
import type { Module } from './ast';
import { withContext } from './context';
import { errorAt, PySyntaxError } from './errors';
import { failureToError } from './failure';
import { layout } from './indent';
import grammar from './python.ohm-bundle.js';
import { normaliseNewlines, SourceText } from './source';
import { toAst } from './to-ast';

export function parse(source: string, filename: string): Module {
  const src = new SourceText(normaliseNewlines(source), filename);
  const lay = layout(src);
  try {
    const match = grammar.match(lay.text, 'Module');
    if (match.failed()) {
      const err = failureToError(src, lay, match);
      if (lay.unclosed !== undefined) {
        // CPython (_PyPegen_tokenize_full_source_to_check_for_errors): a generic "invalid syntax"
        // on a line after the unclosed bracket, or running out of input, becomes "'(' was never closed".
        const atEnd = lay.text.slice(match.getRightmostFailurePosition()).trim().replace(/[\ufdd0\ufdd1\ufdd2]/g, '') === '';
        if (atEnd || (err.msg === 'invalid syntax' && err.lineno > lay.unclosed.lineno)) throw lay.unclosed;
      }
      throw err;
    }
    if (lay.unclosed !== undefined) throw lay.unclosed;
    return withContext({ src, map: lay.map, text: lay.text, parenthesized: new WeakSet() }, () => toAst(match));
  } catch (e) {
    // Ohm's matcher recurses per nesting level; a JS stack overflow on absurdly deep nesting is
    // reported the way CPython reports nesting beyond its limits.
    if (e instanceof RangeError) {
      throw errorAt(src, 'SyntaxError', 'too many nested parentheses', lay.deepestBracket ?? 0);
    }
    throw e;
  }
}

export { PySyntaxError };
