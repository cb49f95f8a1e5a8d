import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Io } from '../io.js';
import { buildProgram } from '../program.js';

interface Spec {
  path: string[];
  options: string[];
  subcommands: string[];
  /** Option values worth offering (from .choices()). */
  choices: Record<string, string[]>;
}

/** Every command of the program with its options, read from the definitions so the scripts never drift. */
export function commandSpecs(program: Command): Spec[] {
  const specs: Spec[] = [];
  const visit = (cmd: Command, path: string[]) => {
    const options = cmd.options
      .filter((o) => !o.hidden)
      .flatMap((o) => [o.long, o.short].filter((f): f is string => !!f));
    const choices: Record<string, string[]> = {};
    for (const o of cmd.options) if (o.long && o.argChoices) choices[o.long] = o.argChoices;
    specs.push({ path, options: [...options, '--help'], subcommands: cmd.commands.map((c) => c.name()), choices });
    for (const sub of cmd.commands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return specs;
}

const FORMATS = 'stylish compact json junit sarif github';

function bash(specs: Spec[]): string {
  const cases = specs
    .map((s) => {
      const key = s.path.join(' ');
      const words = [...s.subcommands, ...s.options].join(' ');
      return `    "${key}") words="${words}" ;;`;
    })
    .join('\n');
  return `# bash completion for perfcoord: add to ~/.bashrc with
#   source <(perfcoord completion bash)
_perfcoord() {
  local cur prev cmdpath words i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    -f|--format) COMPREPLY=( $(compgen -W "${FORMATS}" -- "$cur") ); return ;;
    --fail-level) COMPREPLY=( $(compgen -W "error warning" -- "$cur") ); return ;;
    -t|--template) COMPREPLY=( $(compgen -W "minimal seed" -- "$cur") ); return ;;
    -c|--config|-o|--output|--out|--cache-location|--chrome|-d|--dir) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
  esac
  cmdpath=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) if [[ -z "$cmdpath" ]]; then cmdpath="\${COMP_WORDS[i]}"; elif [[ "$cmdpath" == "render" ]]; then cmdpath="$cmdpath \${COMP_WORDS[i]}"; fi ;;
    esac
  done
  case "$cmdpath" in
${cases}
    *) words="" ;;
  esac
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
  [[ \${#COMPREPLY[@]} -eq 0 && "$cmdpath" == "validate" ]] && COMPREPLY=( $(compgen -f -- "$cur") )
}
complete -F _perfcoord perfcoord
`;
}

function zsh(specs: Spec[]): string {
  const cases = specs
    .map((s) => `    "${s.path.join(' ')}") words=(${[...s.subcommands, ...s.options].join(' ')}) ;;`)
    .join('\n');
  return `#compdef perfcoord
# zsh completion for perfcoord: save as _perfcoord in a folder of your $fpath, e.g.
#   perfcoord completion zsh > "\${fpath[1]}/_perfcoord"
_perfcoord() {
  local cmdpath="" w
  for w in \${words[2,CURRENT-1]}; do
    [[ "$w" == -* ]] && continue
    if [[ -z "$cmdpath" ]]; then cmdpath="$w"; elif [[ "$cmdpath" == "render" ]]; then cmdpath="$cmdpath $w"; fi
  done
  case "\${words[CURRENT-1]}" in
    -f|--format) compadd ${FORMATS}; return ;;
    --fail-level) compadd error warning; return ;;
    -t|--template) compadd minimal seed; return ;;
    -c|--config|-o|--output|--out|--cache-location|--chrome|-d|--dir) _files; return ;;
  esac
  local -a candidates
  case "$cmdpath" in
${cases.replace(/words=/g, 'candidates=')}
    *) candidates=() ;;
  esac
  compadd -- $candidates
  [[ "$cmdpath" == "validate" ]] && _files
}
compdef _perfcoord perfcoord
`;
}

function fish(specs: Spec[]): string {
  const lines = [
    '# fish completion for perfcoord: perfcoord completion fish > ~/.config/fish/completions/perfcoord.fish',
    'complete -c perfcoord -f',
  ];
  const top = specs.find((s) => s.path.length === 0);
  for (const name of top?.subcommands ?? []) lines.push(`complete -c perfcoord -n '__fish_use_subcommand' -a ${name}`);
  for (const s of specs) {
    if (s.path.length === 0) continue;
    const cond =
      s.path.length === 1
        ? `__fish_seen_subcommand_from ${s.path[0]}`
        : `__fish_seen_subcommand_from ${s.path[s.path.length - 1]}`;
    for (const sub of s.subcommands) lines.push(`complete -c perfcoord -n '${cond}' -a ${sub}`);
    for (const option of s.options.filter((o) => o.startsWith('--'))) {
      const values = s.choices[option] ?? (option === '--format' ? FORMATS.split(' ') : undefined);
      const arg = values ? ` -r -a '${values.join(' ')}'` : '';
      lines.push(`complete -c perfcoord -n '${cond}' -l ${option.slice(2)}${arg}`);
    }
  }
  return lines.join('\n') + '\n';
}

export async function run(shell: string, _opts: unknown, io: Io): Promise<number> {
  const specs = commandSpecs(buildProgram(io, () => undefined));
  const scripts: Record<string, (s: Spec[]) => string> = { bash, zsh, fish };
  const make = Object.hasOwn(scripts, shell) ? scripts[shell] : undefined;
  if (!make) throw new UsageError(`no completion for "${shell}"; the shells are bash, zsh and fish`);
  io.stdout.write(make(specs));
  return 0;
}
