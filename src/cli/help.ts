/**
 * The examples and exit codes each command's --help ends with, kept apart from
 * the definitions in program.ts so that a command's options read at a glance.
 */
export const EXAMPLES = {
  validate: `
Examples:
  $ perfcoord validate                         check the project of this folder
  $ perfcoord validate coordination/teams.yaml check one file (in its project's context)
  $ perfcoord validate -f sarif -o perfcoord.sarif
  $ perfcoord validate -f stylish -f junit=reports/perfcoord.xml
  $ perfcoord validate --fail-level warning --max-warnings 0

Exit codes: 0 clean, 1 findings at or above --fail-level, 2 usage, configuration or I/O error.`,
  whoOwns: `
Examples:
  $ perfcoord who-owns database_optimization   by area id
  $ perfcoord who-owns "api performance"       by words of the title
  $ perfcoord who-owns src/db/pool.ts          by code path (the most specific glob wins)
  $ perfcoord who-owns --team backend          everything a team holds
  $ perfcoord who-owns --unowned               gaps: areas, duties and paths nobody holds
  $ perfcoord who-owns --json performance_monitoring

Exit codes: 0 found, 1 no match (with the nearest ids) or --unowned found gaps, 2 usage or configuration error.`,
  root: `
Examples:
  $ perfcoord validate                         check the project of this folder (CI: -f github, -f sarif=FILE)
  $ perfcoord who-owns database_optimization   who to talk to about an area, a path or a team
  $ perfcoord render docs --out docs           Markdown runbooks and Mermaid diagrams
  $ perfcoord init                             start a project (--yes: without questions)

Run "perfcoord <command> --help" for a command's options, examples and exit codes.`,
  render: `
Examples:
  $ perfcoord render docs --out docs           write Markdown pages and .mmd diagrams
  $ perfcoord render diagram impact-map        print one diagram's Mermaid source`,
  renderDocs: `
Examples:
  $ perfcoord render docs --out docs           write Markdown pages and .mmd diagrams
  $ perfcoord render docs --out docs --check   write nothing; exit 1 when pages are stale
  $ perfcoord render docs --out docs --svg     also render every diagram to SVG (needs Chromium)

Exit codes: 0 written or up to date, 1 --check found stale files or the project has errors,
2 usage, configuration or I/O error (a file in the way, no browser for --svg).`,
  renderDiagram: `
Examples:
  $ perfcoord render diagram impact-map
  $ perfcoord render diagram workflow-performance_issue_resolution > flow.mmd
  $ perfcoord render diagram --list

Exit codes: 0 printed, 1 the project has errors, 2 an unknown name, usage or configuration error.`,
  init: `
Examples:
  $ perfcoord init                          answer a few questions (needs a terminal)
  $ perfcoord init --yes                    write the minimal starter without asking
  $ perfcoord init --yes --template seed    the whole seed strategy
  $ perfcoord init --dir perf               create the project in ./perf

Exit codes: 0 written and valid, 1 a file is in the way or declined (nothing written),
2 no terminal without --yes, usage or I/O error, 130 cancelled.`,
  schema: `
Examples:
  $ perfcoord schema                   list the kinds and their schema files
  $ perfcoord schema teams             print the Teams schema
  $ perfcoord schema --write-vscode    associate the schemas with your files in VS Code`,
  rules: `
Examples:
  $ perfcoord rules                    the rules, their default severity and what they check
  $ perfcoord rules --json

Set a rule's severity in perfcoord.yaml:  rules: { cadence-meeting-load: off }`,
  gateCheck: `
Examples:
  $ perfcoord gate check pre_production --results k6-summary.json
  $ perfcoord gate check pre_production --results lhr.json --results bench.json -f github
  $ perfcoord gate check pre_production --results k6-summary.json -f markdown >> "$GITHUB_STEP_SUMMARY"

Result files are recognised by content: k6 --summary-export or handleSummary JSON, a Lighthouse
report (LHR) JSON, github-action-benchmark JSON or Bencher metric format (BMF).

Exit codes: 0 every measurable criterion passed, 1 one failed or was missing (or the project has errors),
2 an unknown stage, an unreadable or unrecognised result file, or a usage error.`,
  export: `
Examples:
  $ perfcoord export codeowners                 write .github/CODEOWNERS from the ownership areas
  $ perfcoord export ics -o cadence.ics         the cadence as a calendar people subscribe to
  $ perfcoord export k6 pre_production -o k6-thresholds.json
  $ perfcoord export lighthouserc pre_production -o lighthouserc.json

Run "perfcoord export <format> --help" for its options and exit codes.`,
  exportStage: `
Examples:
  $ perfcoord export k6 pre_production -o k6-thresholds.json
  $ perfcoord export lighthouserc pre_production -o lighthouserc.json

Exit codes: 0 written (or printed), 1 the project has errors, 2 an unknown stage, no criterion to
export, a file perfcoord did not write in the way (--force), usage or I/O error.`,
  exportIcs: `
Examples:
  $ perfcoord export ics                       print the whole cadence as iCalendar
  $ perfcoord export ics --team backend -o backend.ics
  $ perfcoord export ics -o cadence.ics --check
  $ SOURCE_DATE_EPOCH=1767225600 perfcoord export ics > cadence.ics

Exit codes: 0 written or up to date, 1 --check found the file stale or the project has errors,
2 usage, configuration or I/O error (an unknown team, a file in the way).`,
  diff: `
Examples:
  $ perfcoord diff main                        what this branch changes, against main
  $ perfcoord diff HEAD~1 HEAD                 what the last commit changed
  $ perfcoord diff ../before ../after          two project folders
  $ perfcoord diff origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"

Exit codes: 0 compared (with --exit-code: no change), 1 --exit-code and something changed,
2 an unknown revision, a folder without a project, usage or configuration error.`,
  completion: `
Examples:
  $ source <(perfcoord completion bash)       in ~/.bashrc
  $ perfcoord completion zsh > "\${fpath[1]}/_perfcoord"
  $ perfcoord completion fish > ~/.config/fish/completions/perfcoord.fish`,
  exportCodeowners: `
Examples:
  $ perfcoord export codeowners                 write .github/CODEOWNERS at the repository root
  $ perfcoord export codeowners --check         CI: exit 1 when the file differs from the YAML
  $ perfcoord export codeowners --flavor gitlab -o .gitlab/CODEOWNERS
  $ perfcoord export codeowners -o -            print it

Exit codes: 0 written or up to date, 1 --check found a difference, a team without a handle, a file
over 3 MB or a project with errors, 2 usage or I/O error (a hand-written file in the way: --force).`,
  importCodeowners: `
Examples:
  $ perfcoord import codeowners .github/CODEOWNERS
  $ perfcoord import codeowners .gitlab/CODEOWNERS --flavor gitlab

Writes coordination/codeowners-teams.yaml and codeowners-ownership.yaml (never over a file),
reports every line it skipped, dropped or narrowed, then validates the project.
Exit codes: 0 written and valid, 1 the project has errors, 2 usage or I/O error or a file in the way.`,
};
