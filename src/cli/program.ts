import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { version } from '../core/version.js';
import { GATE_FORMATS, formatList } from '../core/format/names.js';
import { EXAMPLES } from './help.js';

type SetExit = (code: number) => void;

/** Without a default, so that help does not show "(default: [])". */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function integer(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`);
    return Number(value);
  };
}

/** Deep enough for any perfcoord document, shallow enough that no parser overflows its stack. */
function depthLimit(value: string): number {
  const n = integer('--max-depth')(value);
  if (n < 2 || n > 500) throw new InvalidArgumentError('--max-depth must be between 2 and 500');
  return n;
}

/** "4m", "512k", "1048576" → bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('must be a size such as 1048576, 512k or 4m');
  const unit = (m[2] ?? 'b').toLowerCase()[0] ?? 'b';
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

/**
 * The command-line interface. Each action imports its command module only
 * when it runs, so that `perfcoord --version` loads no command at all.
 */
export function buildProgram(io: Io, setExit: SetExit): Command {
  const program = new Command();
  program
    .name('perfcoord')
    .description('Performance coordination as code: validate, query and document how teams coordinate on performance.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // --color first, so that without either flag the choice is left to the terminal.
    .addOption(new Option('--color', 'colour the output even when it is not a terminal').hideHelp())
    .addOption(new Option('--no-color', 'never colour the output (also: NO_COLOR=1)'))
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES.root)
    .showHelpAfterError('(run "perfcoord --help" for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `perfcoord: ${s.slice(7)}` : s),
    });

  const run =
    (load: () => Promise<{ run: (...args: never[]) => Promise<number> }>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const mod = await load();
      const runner = mod.run as (...a: unknown[]) => Promise<number>;
      // The program itself comes last, for commands that read the definitions (completion).
      setExit(await runner(...args.slice(0, -2), command.optsWithGlobals(), io, program));
    };

  program
    .command('validate')
    .description('check the project against the schemas and the coordination rules')
    .argument('[files...]', 'files or folders to check (default: everything the project includes)')
    .option('-c, --config <file>', 'the project file (default: perfcoord.yaml here or in a parent folder)')
    .option(
      '-f, --format <format[=file]>',
      `${formatList()}; repeat for several, =file to write one to a file`,
      collect,
    )
    .option('-o, --output <file>', 'write the (single) format to this file instead of standard output')
    .addOption(
      new Option('--fail-level <level>', 'exit 1 on findings at or above this severity')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer('--max-warnings'))
    .option('-q, --quiet', 'report errors only')
    .option('--max-file-size <size>', 'refuse files larger than this (e.g. 512k, 4m)', parseSize)
    .option('--max-depth <n>', 'refuse YAML nested deeper than this (2 to 500; default 64)', depthLimit)
    .option('--cache', 'reuse parse results of unchanged files (by content hash)')
    .option(
      '--cache-location <file>',
      'where the cache lives (default: node_modules/.cache/perfcoord of the project, else the user cache folder)',
    )
    .addOption(new Option('--no-fast-path', 'parse every file with the complete YAML parser').hideHelp())
    .addHelpText('after', EXAMPLES.validate)
    .action(run(() => import('./commands/validate.js')));

  program
    .command('who-owns')
    .description('who owns an area, a code path, or what a team holds')
    .argument('[query...]', 'an area id, words of its title, or a file path')
    .option('-c, --config <file>', 'the project file')
    .option('-t, --team <team>', 'list everything this team holds: areas, duties, meetings, gates, escalation levels')
    .option('--unowned', 'list areas without an owner, duties nobody holds and code paths no area claims')
    .option('--json', 'print JSON (a stable shape, see the README)')
    .addHelpText('after', EXAMPLES.whoOwns)
    .action(run(() => import('./commands/who-owns.js')));

  // export: files other tools read, one subcommand each.
  const exportCommand = program
    .command('export')
    .description('write files other tools read from the model: CODEOWNERS, calendars, k6 thresholds, Lighthouse CI')
    .addHelpText('after', EXAMPLES.export);
  exportCommand
    .command('codeowners')
    .description("write the CODEOWNERS file GitHub or GitLab routes reviews with, from the areas' paths")
    .option('-c, --config <file>', 'the project file')
    .addOption(new Option('--flavor <flavor>', 'github or gitlab').choices(['github', 'gitlab']).default('github'))
    .option(
      '-o, --output <file>',
      'the file (default: codeowners.out of perfcoord.yaml, else .github/CODEOWNERS at the repository root); - prints',
    )
    .option('--check', 'write nothing; exit 1 when the file differs from what the YAML gives')
    .option('--force', 'overwrite a CODEOWNERS file perfcoord did not generate')
    .addHelpText('after', EXAMPLES.exportCodeowners)
    .action(run(() => import('./commands/export-codeowners.js')));

  // import: files other tools keep, read into the model.
  const importCommand =
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('read files other tools keep (CODEOWNERS, …) into new documents');
  importCommand
    .command('codeowners')
    .description('turn a CODEOWNERS file into Teams and Ownership documents that give every path the same owners')
    .argument('<file>', 'the CODEOWNERS file')
    .option('-c, --config <file>', 'the project file')
    .addOption(new Option('--flavor <flavor>', 'github or gitlab').choices(['github', 'gitlab']).default('github'))
    .addHelpText('after', EXAMPLES.importCodeowners)
    .action(run(() => import('./commands/import-codeowners.js')));

  const render = program
    .command('render')
    .description('render documentation and diagrams from the model')
    .addHelpText('after', EXAMPLES.render);
  render
    .command('docs')
    .description('write Markdown pages with Mermaid diagrams (and .mmd files, and SVG with --svg)')
    .option('-c, --config <file>', 'the project file')
    .option('-o, --out <dir>', 'the output folder (default: docs.out of perfcoord.yaml, else "docs")')
    .option('--check', 'write nothing; list stale or missing pages and exit 1 when there are any')
    .option('--force', 'overwrite files in the output folder that perfcoord did not generate')
    .option('--svg', 'also render every diagram to SVG with Chromium')
    .option('--chrome <path>', 'the Chromium or Chrome executable for --svg')
    .addHelpText('after', EXAMPLES.renderDocs)
    .action(run(() => import('./commands/render-docs.js')));
  render
    .command('diagram')
    .description("print one diagram's Mermaid source")
    .argument('[name]', 'the diagram name (see --list)')
    .option('-c, --config <file>', 'the project file')
    .option('-l, --list', 'list the diagram names')
    .addHelpText('after', EXAMPLES.renderDiagram)
    .action(run(() => import('./commands/render-diagram.js')));

  exportCommand
    .command('ics')
    .description('the cadence as an iCalendar (RFC 5545) file: one recurring event a meeting')
    .option('-c, --config <file>', 'the project file')
    .option('-t, --team <team>', 'only the meetings this team attends (directly, or through a role or group)')
    .option('-o, --output <file>', 'write to this file ("-": standard output, the default)')
    .option('--check', 'write nothing; exit 1 when the file differs from what would be written')
    .option('--force', 'overwrite a file that perfcoord did not generate')
    .addHelpText('after', EXAMPLES.exportIcs)
    .action(run(() => import('./commands/export-ics.js')));

  program
    .command('init')
    .description('start a new project: perfcoord.yaml and the coordination documents')
    .option('-y, --yes', 'do not ask; write the template as it is')
    .addOption(
      new Option('-t, --template <name>', 'the starting point').choices(['minimal', 'seed']).default('minimal'),
    )
    .option('-d, --dir <dir>', 'the folder to create the project in', '.')
    .addHelpText('after', EXAMPLES.init)
    .action(run(() => import('./commands/init.js')));

  program
    .command('schema')
    .description('print the JSON Schema of a kind, or set up editor support')
    .argument('[kind]', 'a kind, e.g. teams, ownership, project')
    .option(
      '--write-vscode',
      "add yaml.schemas associations to .vscode/settings.json of the project's workspace (its repository)",
    )
    .option('-c, --config <file>', 'the project file (default: perfcoord.yaml here or in a parent folder)')
    .addHelpText('after', EXAMPLES.schema)
    .action(run(() => import('./commands/schema.js')));

  program
    .command('rules')
    .description('list every rule with its default severity')
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES.rules)
    .action(run(() => import('./commands/rules.js')));

  const gate = program.command('gate').description('check quality gates against measured results');
  gate
    .command('check')
    .description("judge a stage's measurable criteria against k6, Lighthouse and benchmark result files")
    .argument('<stage>', 'the gate stage id')
    .option('-r, --results <file>', 'a result file, k6, Lighthouse or benchmark JSON (repeat for several)', collect, [])
    .option('-c, --config <file>', 'the project file')
    .addOption(new Option('-f, --format <format>', 'the output format').choices(GATE_FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .addHelpText('after', EXAMPLES.gateCheck)
    .action(run(() => import('./commands/gate-check.js')));

  const exportStage = (name: string, description: string) =>
    exportCommand
      .command(name)
      .description(description)
      .argument('<stage>', 'the gate stage id')
      .option('-c, --config <file>', 'the project file')
      .option('-o, --output <file>', 'the file to write, or - for standard output (the default)')
      .option('--force', 'overwrite a file perfcoord did not write')
      .addHelpText('after', EXAMPLES.exportStage);
  exportStage('k6', "a stage's k6 criteria as k6 thresholds JSON").action(run(() => import('./commands/export-k6.js')));
  exportStage('lighthouserc', "a stage's Lighthouse criteria as Lighthouse CI assertions (lighthouserc.json)").action(
    run(() => import('./commands/export-lighthouserc.js')),
  );

  program
    .command('diff')
    .description('what changes in the coordination between two revisions or folders, compared as models')
    .argument('<base>', 'a git revision or a project folder')
    .argument('[head]', 'a git revision or a project folder (default: the working tree)')
    .option('-c, --config <file>', 'the project file of the working tree (where revisions find the project)')
    .addOption(new Option('-f, --format <format>', 'the output').choices(['text', 'json', 'markdown']).default('text'))
    .option('--exit-code', 'exit 1 when anything changed, as "git diff --exit-code" does')
    .addHelpText('after', EXAMPLES.diff)
    .action(run(() => import('./commands/diff.js')));

  program
    .command('completion')
    .description('print a shell completion script')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', EXAMPLES.completion)
    .action(run(() => import('./commands/completion.js')));

  for (const command of program.commands) {
    command
      .exitOverride()
      .configureOutput(program.configureOutput())
      .showSuggestionAfterError(true)
      .showHelpAfterError(`(run "perfcoord ${command.name()} --help" for usage)`);
    for (const sub of command.commands)
      sub
        .exitOverride()
        .configureOutput(program.configureOutput())
        .showHelpAfterError(`(run "perfcoord ${command.name()} ${sub.name()} --help" for usage)`);
  }
  return program;
}
