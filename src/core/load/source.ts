import type { Position, Range } from '../diagnostic.js';

/**
 * The text of one loaded file, with the offset → line/column mapping that
 * diagnostics need. Lines break at LF; a CR before the LF is not counted in
 * columns.
 */
export class SourceText {
  readonly text: string;
  private starts: number[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  position(offset: number): Position {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo] ?? 0;
    const lineEnd = this.lineEnd(lo);
    return { line: lo, col: Math.min(clamped, lineEnd) - lineStart };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The text of a 0-based line, without its line break. */
  line(index: number): string {
    const starts = this.lineStarts();
    const start = starts[index];
    if (start === undefined) return '';
    return this.text.slice(start, this.lineEnd(index));
  }

  private lineEnd(index: number): number {
    const starts = this.lineStarts();
    const next = starts[index + 1];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > (starts[index] ?? 0) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
