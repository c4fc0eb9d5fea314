// The original program text and line bookkeeping shared by the layout pass, the AST builder
// and error reporting. Positions everywhere are offsets into `text` (newlines normalised).

export class SourceText {
  /** Offset of the first character of each line; lineStarts[0] === 0. */
  readonly lineStarts: number[];

  readonly text: string;
  readonly filename: string;

  constructor(text: string, filename: string) {
    this.text = text;
    this.filename = filename;
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.lineStarts = starts;
  }

  /** 1-based line number of an offset (binary search: O(log lines)). */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  colOf(offset: number, lineno: number): number {
    return offset - this.lineStarts[lineno - 1]!;
  }

  /** The text of a 1-based line, without its newline. */
  lineText(lineno: number): string {
    const start = this.lineStarts[lineno - 1];
    if (start === undefined) return '';
    const end = this.text.indexOf('\n', start);
    return end === -1 ? this.text.slice(start) : this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** CPython reads `\r\n` and lone `\r` as newlines; normalising first keeps every column intact. */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
