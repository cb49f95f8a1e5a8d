/**
 * What every step of the `perfcoord init` wizard works on: the prompt (the
 * terminal, or a script in tests), the way out, and the answers so far.
 */
import type { Check } from '../../core/init/checks.js';
import type { PartialAnswers } from '../../core/init/answers.js';
import type { TemplateName } from '../../core/init/template.js';

export interface Choice<T> {
  value: T;
  name: string;
  /** For multiple choice: selected to begin with. */
  checked?: boolean;
}

/** The four kinds of question the wizard asks. Each resolves with a valid answer. */
export interface Prompt {
  text(q: { message: string; default?: string; validate?: (value: string) => Check }): Promise<string>;
  select<T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  multiselect<T>(q: {
    message: string;
    choices: readonly Choice<T>[];
    validate?: (values: readonly T[]) => Check;
  }): Promise<T[]>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

/** Thrown by `exit` to leave the wizard with an exit code; nothing has been written. */
export class InitExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'InitExit';
  }
}

export interface InitContext {
  prompt: Prompt;
  /** Ends the run with `code` and a message for standard error; never returns. */
  exit(code: number, message: string): never;
  answers: PartialAnswers;
  /** Do not ask: every step keeps its default. */
  yes: boolean;
  template: TemplateName;
  /** The folder the project goes in (absolute) and how to show it. */
  target: string;
  targetShown: string;
  /** The files that will be written, known before the first question. */
  paths: readonly string[];
  /** The template's project name, the default for a template written as it is. */
  templateName?: string;
}

export function createContext(init: Omit<InitContext, 'exit' | 'answers'>): InitContext {
  return {
    ...init,
    answers: {},
    exit(code: number, message: string): never {
      throw new InitExit(code, message);
    },
  };
}
