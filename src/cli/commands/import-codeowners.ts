import { closeSync, existsSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import path from 'node:path';
import { IoError, UsageError } from '../../core/errors.js';
import { FLAVORS } from '../../core/export/codeowners.js';
import type { Flavor } from '../../core/export/codeowners.js';
import { listProjectFiles } from '../../core/files/list.js';
import { safeText } from '../../core/format/color.js';
import { compactLines } from '../../core/format/compact.js';
import { importDocuments } from '../../core/import/codeowners-docs.js';
import { parseCodeowners } from '../../core/import/codeowners-parse.js';
import type { CodeownersRule, ImportFinding } from '../../core/import/codeowners-parse.js';
import { planImport } from '../../core/import/codeowners-plan.js';
import { loadProject } from '../../core/load/load.js';
import { isGlobError, parseGlob } from '../../core/util/glob.js';
import { validateProject } from '../../core/validate/validate.js';
import { writeFileAtomic } from '../../core/write/atomic.js';
import type { Io } from '../io.js';
import { displayPath } from '../../core/util/paths.js';
import { loadForRender } from '../render-project.js';
import { repositoryRoot } from './export-codeowners.js';

export interface ImportCodeownersOptions {
  config?: string;
  flavor?: string;
}

const MAX_BYTES = 16 * 1024 * 1024;
const RULE = 'import-codeowners';

function readText(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new IoError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new IoError(`${file} is not a regular file`);
    if (stat.size > MAX_BYTES) throw new IoError(`${file} is larger than 16 MB; no CODEOWNERS file is`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, null);
      if (n === 0) break;
      read += n;
    }
    const text = buffer.subarray(0, read).toString('utf8');
    if (text.includes('\uFFFD')) throw new IoError(`${file} is not UTF-8 text`);
    return text;
  } catch (error) {
    if (error instanceof IoError) throw error;
    throw new IoError(`cannot read ${file}: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** Rules written from the repository root, made relative to a project in a subfolder. */
function rebase(rules: readonly CodeownersRule[], prefix: string, findings: ImportFinding[]): CodeownersRule[] {
  if (prefix === '') return rules.slice();
  const out: CodeownersRule[] = [];
  for (const rule of rules) {
    if (!rule.glob.anchored) {
      out.push(rule);
      continue;
    }
    const source = rule.glob.source.replace(/^\//, '');
    if (source.startsWith(`${prefix}/`)) {
      const glob = parseGlob(`/${source.slice(prefix.length + 1)}`);
      if (!isGlobError(glob)) out.push({ ...rule, glob });
      continue;
    }
    findings.push({
      line: rule.line,
      col: 1,
      message: `"${rule.pattern}" lies outside the project folder ${prefix}/; skipped`,
    });
  }
  return out;
}

/**
 * import codeowners FILE: new Teams and Ownership documents beside the
 * project's, giving every path the owners GitHub gives it. Exit 0 written
 * (and the project validates), 1 the project has errors afterwards, 2 usage
 * or I/O error, or a target file in the way (nothing written).
 */
export async function run(file: string, opts: ImportCodeownersOptions, io: Io): Promise<number> {
  const flavor = (opts.flavor ?? 'github') as Flavor;
  if (!FLAVORS.includes(flavor))
    throw new UsageError(`--flavor must be ${FLAVORS.join(' or ')}, not "${opts.flavor ?? ''}"`);
  const source = path.resolve(io.cwd, file);
  const shownSource = safeText(displayPath(io.cwd, source));
  const text = readText(source);
  const project = loadForRender(opts.config, io);
  if (typeof project === 'number') return project;
  const { model, projectDir } = project;
  const root = repositoryRoot(projectDir);
  const prefix = path.relative(root, projectDir).split(path.sep).join('/');

  const parsed = parseCodeowners(text, flavor);
  const findings = [...parsed.findings];
  const rules = rebase(parsed.rules, prefix, findings);
  const files = listProjectFiles(projectDir).files;
  const plan = planImport(rules, files);
  findings.push(...plan.findings);
  const docs = importDocuments(model, plan, flavor, displayPath(projectDir, source));

  const ownershipDoc = model.areas[0]?.loc.doc.file.path;
  const folder = ownershipDoc ? path.dirname(ownershipDoc) : path.join(projectDir, 'coordination');
  const targets = [
    ...(docs.teams !== undefined ? [{ file: path.join(folder, 'codeowners-teams.yaml'), text: docs.teams }] : []),
    { file: path.join(folder, 'codeowners-ownership.yaml'), text: docs.ownership },
  ];
  findings.sort((a, b) => a.line - b.line || a.col - b.col);
  io.stderr.write(
    compactLines(
      findings.map((f) => ({
        file: shownSource,
        range: { start: { line: f.line - 1, col: f.col - 1 }, end: { line: f.line - 1, col: f.col - 1 } },
        severity: 'warning' as const,
        rule: RULE,
        message: f.message,
      })),
    ),
  );
  const inTheWay = targets.filter((t) => existsSync(t.file));
  if (inTheWay.length > 0) {
    io.stderr.write(
      `perfcoord: nothing was written: ${inTheWay.map((t) => safeText(displayPath(io.cwd, t.file))).join(', ')} already ${inTheWay.length === 1 ? 'exists' : 'exist'}; import never overwrites a file: move ${inTheWay.length === 1 ? 'it' : 'them'} away first\n`,
    );
    return 2;
  }
  for (const t of targets) writeFileAtomic(t.file, t.text);
  io.stdout.write(
    `Wrote ${targets.map((t) => safeText(displayPath(io.cwd, t.file))).join(' and ')}: ${docs.newTeams} new ${docs.newTeams === 1 ? 'team' : 'teams'}, ${docs.areas} ${docs.areas === 1 ? 'area' : 'areas'}, ${docs.patterns} ${docs.patterns === 1 ? 'pattern' : 'patterns'} from ${rules.length} of ${parsed.rules.length + parsed.findings.length} lines of ${shownSource}${findings.length > 0 ? ` (${findings.length} ${findings.length === 1 ? 'note' : 'notes'} above)` : ''}.\n`,
  );

  const after = validateProject(
    loadProject({ cwd: io.cwd, ...(opts.config !== undefined ? { config: opts.config } : {}) }),
  );
  const errors = after.diagnostics.filter((d) => d.severity === 'error');
  const loaded = new Set(after.files.map((f) => path.resolve(f.path)));
  const missing = targets.filter((t) => !loaded.has(path.resolve(t.file)));
  if (missing.length > 0)
    io.stderr.write(
      `perfcoord: the project's include patterns do not load ${missing.map((t) => safeText(displayPath(io.cwd, t.file))).join(', ')}; add ${missing.length === 1 ? 'it' : 'them'} to include: in perfcoord.yaml\n`,
    );
  if (errors.length > 0) {
    io.stderr.write(compactLines(errors));
    io.stderr.write(
      `perfcoord: the project has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} now; fix them, then run "perfcoord export codeowners --check"\n`,
    );
    return 1;
  }
  io.stdout.write(
    `The project validates; "perfcoord export codeowners --flavor ${flavor}" writes the file again from the YAML.\n`,
  );
  return 0;
}
