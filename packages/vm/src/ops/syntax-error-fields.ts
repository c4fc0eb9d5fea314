// The fields of a SyntaxError made by a program (Objects/exceptions.c SyntaxError_init and
// SyntaxError_str): SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
// They are read from the exception's args when asked for, so args stays the one record.

import type { Value } from '@pyarena/memory';
import { ListType, TupleType, StrType } from '../objects/types';
import { None } from '../objects/constructors';

export const SYNTAX_ERROR_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

function details(args: readonly Value[]): readonly Value[] | null {
  const info = args.length === 2 ? args[1]! : undefined;
  if (info === undefined || typeof info === 'number') return null;
  return info.type === TupleType || info.type === ListType ? (info.data as Value[]) : null;
}

/** msg, filename, lineno, offset, text, end_lineno, end_offset or print_file_and_line (borrowed). */
export function syntaxErrorField(args: readonly Value[], name: string): Value | undefined {
  if (name === 'msg') return args.length >= 1 ? args[0]! : None;
  if (name === 'print_file_and_line') return None;
  const at = SYNTAX_ERROR_FIELDS.indexOf(name);
  if (at < 0) return undefined;
  return details(args)?.[at] ?? None;
}

/**
 * str(e) when the details name a file or an int line: "msg (file.py, line 3)", with the file's
 * last path component; null to print the message alone.
 */
export function syntaxErrorStr(args: readonly Value[], str: (v: Value) => string): string | null {
  const info = details(args);
  const filename = info?.[0];
  const lineno = info?.[1];
  const file = filename !== undefined && typeof filename === 'object' && filename.type === StrType
    ? (filename.data as string).slice((filename.data as string).lastIndexOf('/') + 1) : null;
  const line = typeof lineno === 'number' ? lineno : null;
  const msg = str(args.length >= 1 ? args[0]! : None);
  if (file === null && line === null) return args.length === 0 ? 'None' : null;
  if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
  return file !== null ? `${msg} (${file})` : `${msg} (line ${line})`;
}
