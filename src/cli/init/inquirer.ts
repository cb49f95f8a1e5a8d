/**
 * The Prompt over @inquirer/prompts, loaded on first use so that no other
 * command pays for it. Ctrl-C at any question becomes a cancelled run.
 */
import type * as InquirerPrompts from '@inquirer/prompts';
import type { Io } from '../io.js';
import { InitExit } from './context.js';
import type { Choice, Prompt } from './context.js';

type Inquirer = typeof InquirerPrompts;

function isCancel(error: unknown): boolean {
  // Matched by name: the error class lives in @inquirer/core, which perfcoord does not depend on directly.
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export function inquirerPrompt(io: Io): Prompt {
  let loaded: Promise<Inquirer> | undefined;
  const context = { input: io.stdin, output: io.stdout as unknown as NodeJS.WritableStream };
  const ask = async <T>(run: (lib: Inquirer) => Promise<T>): Promise<T> => {
    loaded ??= import('@inquirer/prompts');
    try {
      return await run(await loaded);
    } catch (error) {
      if (isCancel(error)) throw new InitExit(130, 'cancelled; nothing was written');
      throw error;
    }
  };
  const toInquirer = <T>(choices: readonly Choice<T>[]) =>
    choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked === true }));

  return {
    text: (q) =>
      ask((lib) =>
        lib.input(
          {
            message: q.message,
            ...(q.default !== undefined ? { default: q.default } : {}),
            ...(q.validate ? { validate: q.validate } : {}),
          },
          context,
        ),
      ),
    select: <T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) =>
      ask((lib) =>
        lib.select<T>(
          {
            message: q.message,
            choices: q.choices.map((c) => ({ value: c.value, name: c.name })),
            ...(q.default !== undefined ? { default: q.default } : {}),
          },
          context,
        ),
      ),
    multiselect: <T>(q: {
      message: string;
      choices: readonly Choice<T>[];
      validate?: (values: readonly T[]) => true | string;
    }) =>
      ask((lib) =>
        lib.checkbox<T>(
          {
            message: q.message,
            choices: toInquirer(q.choices),
            ...(q.validate
              ? { validate: (selected: readonly { value: T }[]) => q.validate?.(selected.map((s) => s.value)) ?? true }
              : {}),
          },
          context,
        ),
      ),
    confirm: (q) =>
      ask((lib) =>
        lib.confirm({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}) }, context),
      ),
  };
}
