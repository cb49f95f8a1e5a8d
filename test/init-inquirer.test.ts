import { describe, expect, it, vi } from 'vitest';
import { InitExit } from '../src/cli/init/context.js';
import { inquirerPrompt } from '../src/cli/init/inquirer.js';
import { terminalIo } from './fixtures/init/scripted-prompt.js';

const calls: { kind: string; config: Record<string, unknown>; context: unknown }[] = [];
let failWith: Error | undefined;

function fake(kind: string, answer: (config: Record<string, unknown>) => unknown) {
  return async (config: Record<string, unknown>, context: unknown) => {
    calls.push({ kind, config, context });
    if (failWith) throw failWith;
    return answer(config);
  };
}

vi.mock('@inquirer/prompts', () => ({
  input: fake('input', (c) => c.default),
  select: fake('select', (c) => c.default),
  checkbox: fake('checkbox', (c) => {
    const validate = c.validate as ((s: { value: string }[]) => unknown) | undefined;
    return validate ? validate([{ value: 'a' }]) : ['a'];
  }),
  confirm: fake('confirm', () => true),
}));

function named(name: string): Error {
  const error = new Error('User force closed the prompt with SIGINT');
  error.name = name;
  return error;
}

describe('the prompt over @inquirer/prompts', () => {
  it('asks on the io streams and passes defaults, choices and checks through', async () => {
    calls.length = 0;
    failWith = undefined;
    const { io } = terminalIo('/tmp');
    const prompt = inquirerPrompt(io);
    const validate = (v: string) => (v === 'ok' ? true : 'no');
    expect(await prompt.text({ message: 'Name', default: 'ok', validate })).toBe('ok');
    expect(await prompt.select({ message: 'Pick', choices: [{ value: 'x', name: 'X' }], default: 'x' })).toBe('x');
    // The fake checkbox answers with what the check said of the selection [{ value: 'a' }].
    const verdict = await prompt.multiselect({
      message: 'Many',
      choices: [{ value: 'a', name: 'A', checked: true }],
      validate: (vs) => (vs.join() === 'a' ? true : 'bad'),
    });
    expect(verdict).toBe(true);
    expect(await prompt.confirm({ message: 'Sure?', default: false })).toBe(true);
    expect(calls.map((c) => c.kind)).toEqual(['input', 'select', 'checkbox', 'confirm']);
    expect(calls[0]?.config).toEqual({ message: 'Name', default: 'ok', validate });
    expect(calls[1]?.config).toEqual({ message: 'Pick', choices: [{ value: 'x', name: 'X' }], default: 'x' });
    expect(calls[2]?.config.choices).toEqual([{ value: 'a', name: 'A', checked: true }]);
    expect(calls[3]?.config).toEqual({ message: 'Sure?', default: false });
    expect(
      calls.every(
        (c) =>
          (c.context as { input: unknown }).input === io.stdin &&
          (c.context as { output: unknown }).output === io.stdout,
      ),
    ).toBe(true);
  });

  it.each(['ExitPromptError', 'AbortPromptError'])('turns %s (Ctrl-C) into a cancelled run, exit 130', async (name) => {
    failWith = named(name);
    const prompt = inquirerPrompt(terminalIo('/tmp').io);
    const error = await prompt.text({ message: 'Name' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InitExit);
    expect(error).toMatchObject({ code: 130, message: 'cancelled; nothing was written' });
  });

  it('lets other failures through', async () => {
    failWith = new Error('terminal gone');
    const prompt = inquirerPrompt(terminalIo('/tmp').io);
    await expect(prompt.confirm({ message: 'Sure?' })).rejects.toThrow('terminal gone');
    failWith = undefined;
  });
});
