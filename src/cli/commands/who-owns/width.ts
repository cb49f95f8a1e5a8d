/** Tables fill the terminal; past a pipe, or in a terminal too narrow to say, this many columns. */
const DEFAULT_WIDTH = 80;

export function terminalWidth(columns: number | undefined): number {
  return columns !== undefined && columns > 20 ? columns : DEFAULT_WIDTH;
}
