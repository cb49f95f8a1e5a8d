import { UsageError } from '../../core/errors.js';
import type { Io } from '../io.js';

export async function run(..._args: unknown[]): Promise<number> {
  void (_args as unknown as Io);
  throw new UsageError('this command is not available yet');
}
