import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { FORMATS } from '../../core/format/names.js';
import { KINDS, KIND_NAMES } from '../../core/model/kinds.js';
import type { Io } from '../io.js';

/** What an option's value or a command's argument completes to. */
type Values = { kind: 'files' } | { kind: 'dirs' } | { kind: 'none' } | { kind: 'words'; words: string[] };

interface OptionSpec {
  long?: string;
  short?: string;
  /** Undefined for a flag that takes no value. */
  value?: Values;
}

interface Spec {
  path: string[];
  options: OptionSpec[];
  subcommands: string[];
  /** What the command's arguments complete to. */
  args: Values;
}

const SHELLS = ['bash', 'zsh', 'fish'];
const KIND_WORDS = KIND_NAMES.map((k) => KINDS[k].replace(/\.schema\.json$/, ''));

/** The value of an option, by its name: formats, folders, files, or nothing to offer (a team id, a number). */
function valueOf(name: string, choices: readonly string[] | undefined): Values {
  if (choices) return { kind: 'words', words: [...choices] };
  if (name === 'format') return { kind: 'words', words: [...FORMATS] };
  if (name === 'out' || name === 'dir') return { kind: 'dirs' };
  if (['config', 'output', 'chrome', 'cache-location'].includes(name)) return { kind: 'files' };
  return { kind: 'none' };
}

const ARGS: Record<string, Values> = {
  validate: { kind: 'files' },
  'who-owns': { kind: 'files' },
  diff: { kind: 'dirs' },
  schema: { kind: 'words', words: KIND_WORDS },
  completion: { kind: 'words', words: SHELLS },
};

/** Every command of the program with its options, read from the definitions so the scripts never drift. */
export function commandSpecs(program: Command): Spec[] {
  const specs: Spec[] = [];
  const visit = (cmd: Command, path: string[]) => {
    const options: OptionSpec[] = cmd.options
      .filter((o) => !o.hidden)
      .map((o) => {
        const takesValue = o.required || o.optional;
        return {
          ...(o.long ? { long: o.long } : {}),
          ...(o.short ? { short: o.short } : {}),
          ...(takesValue
            ? {
                value: valueOf(
                  o.attributeName().replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
                  o.argChoices,
                ),
              }
            : {}),
        };
      });
    options.push({ long: '--help', short: '-h' });
    specs.push({
      path,
      options,
      subcommands: cmd.commands.map((c) => c.name()),
      args: ARGS[path.join(' ')] ?? { kind: 'none' },
    });
    for (const sub of cmd.commands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return specs;
}

const flags = (o: OptionSpec) => [o.long, o.short].filter((f): f is string => f !== undefined);

/** The shell-neutral word list of a command: subcommands, then options. */
const wordsOf = (s: Spec) => [...s.subcommands, ...s.options.flatMap(flags)];

// The command path from the words typed so far, skipping options and their values.
function pathLoop(words: string, valueFlags: readonly string[], parents: readonly string[]): string {
  return `  cmdpath=""
  skip=0
  for w in ${words}; do
    if [[ $skip == 1 ]]; then skip=0; continue; fi
    case "$w" in
      ${valueFlags.join('|')}) skip=1 ;;
      -*) ;;
      *) if [[ -z "$cmdpath" ]]; then cmdpath="$w"; elif [[ ${parents.map((p) => `"$cmdpath" == "${p}"`).join(' || ')} ]]; then cmdpath="$cmdpath $w"; fi ;;
    esac
  done`;
}

/** The commands that have subcommands (render, gate, export): the path goes one word further under them. */
function parentsOf(specs: readonly Spec[]): string[] {
  return [...new Set(specs.filter((s) => s.path.length > 1).map((s) => s.path[0]!))].sort();
}

function valueFlags(specs: readonly Spec[]): string[] {
  return [...new Set(specs.flatMap((s) => s.options.filter((o) => o.value).flatMap(flags)))].sort();
}

// Diagram names come from the project itself, as `render diagram --list` prints them.
const DIAGRAMS = 'perfcoord render diagram --list 2>/dev/null | cut -d" " -f1';

/** `"command:--option"|…) action; return ;;` for every option that takes a value (bash and zsh). */
function valueCases(specs: readonly Spec[], action: (v: Values) => string): string[] {
  return specs.flatMap((s) =>
    s.options.flatMap((o) =>
      o.value === undefined
        ? []
        : [`    "${s.path.join(' ')}:${flags(o).join(`"|"${s.path.join(' ')}:`)}") ${action(o.value)}; return ;;`],
    ),
  );
}

/** `"command") <words>; files=0|1 ;;` for every command: what follows it (bash and zsh). */
function commandCases(specs: readonly Spec[], assign: (words: string) => string): string {
  return specs
    .map((s) => {
      const args =
        s.args.kind === 'words'
          ? ` ${s.args.words.join(' ')}`
          : s.path.join(' ') === 'render diagram'
            ? ` $(${DIAGRAMS})`
            : '';
      return `    "${s.path.join(' ')}") ${assign(`${wordsOf(s).join(' ')}${args}`)}; files=${s.args.kind === 'files' ? 1 : 0} ;;`;
    })
    .join('\n');
}

function bash(specs: Spec[]): string {
  const optionCases = valueCases(specs, (v) =>
    v.kind === 'words'
      ? `COMPREPLY=( $(compgen -W "${v.words.join(' ')}" -- "$cur") )`
      : v.kind === 'files'
        ? 'COMPREPLY=( $(compgen -f -- "$cur") )'
        : v.kind === 'dirs'
          ? 'COMPREPLY=( $(compgen -d -- "$cur") )'
          : 'COMPREPLY=()',
  );
  const cases = commandCases(specs, (words) => `words="${words}"`);
  return `# bash completion for perfcoord. Load it in ~/.bashrc (it stays current with upgrades):
#   source <(perfcoord completion bash)
_perfcoord() {
  local cur prev cmdpath skip w words files
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
${pathLoop('"${COMP_WORDS[@]:1:COMP_CWORD-1}"', valueFlags(specs), parentsOf(specs))}
  case "$cmdpath:$prev" in
${optionCases.join('\n')}
  esac
  files=0
  case "$cmdpath" in
${cases}
    *) words=""; files=0 ;;
  esac
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
  if [[ $files == 1 && "$cur" != -* ]]; then COMPREPLY+=( $(compgen -f -- "$cur") ); fi
}
complete -o filenames -F _perfcoord perfcoord
`;
}

function zsh(specs: Spec[]): string {
  const optionCases = valueCases(specs, (v) =>
    v.kind === 'words'
      ? `compadd -- ${v.words.join(' ')}`
      : v.kind === 'files'
        ? '_files'
        : v.kind === 'dirs'
          ? '_files -/'
          : ':',
  );
  const cases = commandCases(specs, (words) => `candidates=(${words})`);
  return `#compdef perfcoord
# zsh completion for perfcoord: save it as _perfcoord in a folder of your $fpath, e.g.
#   perfcoord completion zsh > "\${fpath[1]}/_perfcoord"
# or load it in ~/.zshrc after compinit: source <(perfcoord completion zsh)
_perfcoord() {
  local cmdpath skip w files=0
  local -a candidates
${pathLoop('"${(@)words[2,CURRENT-1]}"', valueFlags(specs), parentsOf(specs))}
  case "$cmdpath:\${words[CURRENT-1]}" in
${optionCases.join('\n')}
  esac
  case "$cmdpath" in
${cases}
    *) candidates=() ;;
  esac
  compadd -- $candidates
  if [[ $files == 1 && "\${words[CURRENT]}" != -* ]]; then _files; fi
}
if [[ "\${funcstack[1]}" == "_perfcoord" ]]; then
  _perfcoord "$@"
else
  compdef _perfcoord perfcoord
fi
`;
}

function fish(specs: Spec[]): string {
  const lines = [
    '# fish completion for perfcoord: perfcoord completion fish > ~/.config/fish/completions/perfcoord.fish',
  ];
  const top = specs.find((s) => s.path.length === 0);
  const commands = top?.subcommands ?? [];
  lines.push(`complete -c perfcoord -n '__fish_use_subcommand' -f -a '${commands.join(' ')}'`);
  for (const s of specs) {
    const cond =
      s.path.length === 0
        ? '__fish_use_subcommand'
        : s.path.length === 1
          ? s.subcommands.length > 0
            ? `__fish_seen_subcommand_from ${s.path[0]}; and not __fish_seen_subcommand_from ${s.subcommands.join(' ')}`
            : `__fish_seen_subcommand_from ${s.path[0]}`
          : `__fish_seen_subcommand_from ${s.path[0]}; and __fish_seen_subcommand_from ${s.path[s.path.length - 1]}`;
    if (s.subcommands.length > 0 && s.path.length > 0)
      lines.push(`complete -c perfcoord -n '${cond}' -f -a '${s.subcommands.join(' ')}'`);
    // Arguments: files where a command takes paths, else only the words it knows.
    if (s.path.length > 0 && s.args.kind !== 'files' && s.subcommands.length === 0) {
      const words = s.args.kind === 'words' ? ` -a '${s.args.words.join(' ')}'` : '';
      const dynamic = s.path.join(' ') === 'render diagram' ? ` -a '(${DIAGRAMS})'` : '';
      lines.push(`complete -c perfcoord -n '${cond}' -f${words}${dynamic}`);
    }
    for (const o of s.options) {
      const names = [o.long ? `-l ${o.long.slice(2)}` : '', o.short ? `-s ${o.short.slice(1)}` : '']
        .filter((n) => n !== '')
        .join(' ');
      const v = o.value;
      const arg =
        v === undefined
          ? ''
          : v.kind === 'words'
            ? ` -x -a '${v.words.join(' ')}'`
            : v.kind === 'files'
              ? ' -r -F'
              : v.kind === 'dirs'
                ? " -x -a '(__fish_complete_directories)'"
                : ' -x';
      lines.push(`complete -c perfcoord -n '${cond}' ${names}${arg}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `program` is the running program, passed in so that this module need not import program.ts. */
export async function run(shell: string, _opts: unknown, io: Io, program: Command): Promise<number> {
  const specs = commandSpecs(program);
  const scripts: Record<string, (s: Spec[]) => string> = { bash, zsh, fish };
  const make = Object.hasOwn(scripts, shell) ? scripts[shell] : undefined;
  if (!make) throw new UsageError(`no completion for "${shell}"; the shells are bash, zsh and fish`);
  io.stdout.write(make(specs));
  return 0;
}
