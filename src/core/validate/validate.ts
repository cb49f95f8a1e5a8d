import { ZERO_RANGE, compareDiagnostics } from '../diagnostic.js';
import type { Diagnostic, Severity } from '../diagnostic.js';
import type { Finding } from '../finding.js';
import { reportedFiles } from '../load/load-core.js';
import type { LoadResult } from '../load/load-core.js';
import { anchorFile, anchorRange } from '../load/locate.js';
import type { LoadedDocument, LoadedFile } from '../load/types.js';
import { buildModel } from '../model/build.js';
import { indexModel } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Loc, Model, Project, RuleSetting } from '../model/types.js';
import { didYouMean, nearest } from '../util/suggest.js';
import { ruleCatalog, ruleInfo } from './catalog.js';
import { checkDocument } from './documents.js';
import { docsOutFindings } from './docs-out.js';
import type { ReportOptions, RuleContext } from './rule.js';
import { RULES } from './rules/index.js';
import { checkSchema, forCache } from './schema.js';
import type { ContentCache } from '../load/cache.js';
import type { Kind } from '../model/kinds.js';

export interface ValidateResult {
  diagnostics: Diagnostic[];
  model: Model;
  index: ModelIndex;
  /** The files the diagnostics speak for (every loaded file, or those named). */
  files: LoadedFile[];
  /** True when a finding is a configuration or I/O problem (exit code 2). */
  configError: boolean;
}

/** Builds the model of a loaded project without reporting anything. */
export function modelOf(load: LoadResult): { model: Model; index: ModelIndex; documents: LoadedDocument[] } {
  const documents = load.files.flatMap((f) => f.documents).filter((d) => checkDocument(d).kind !== undefined);
  const model = buildModel(documents);
  return { model, index: indexModel(model).index, documents };
}

/**
 * Checks a loaded project: documents, schemas, then every rule over the
 * model. Returns positioned, sorted diagnostics with severities settled.
 */
export interface ValidateOptions {
  /**
   * Compute line and column of every finding (default true). Commands that
   * only need to know whether there are findings skip it: positions need the
   * complete YAML parse of each file with a finding.
   */
  locate?: boolean;
  /**
   * The project's files (relative to its folder, "/"), listed on demand: rules that
   * check globs against real paths call it only when the model has globs.
   */
  files?: () => readonly string[];
}

/** Messages quote model values; past this length one is cut. */
const MAX_MESSAGE = 2000;

/**
 * Rules whose findings are mostly follow-on errors when a file could not be read or a document
 * was dropped: its ids are missing, and so are its meetings (a sync the Cadence holds).
 */
const FOLLOW_ON = new Set(['ref-unknown', 'ref-kind', 'cadence-critical-sync']);

export function validateProject(load: LoadResult, options: ValidateOptions = {}): ValidateResult {
  const locate = options.locate ?? true;
  const findings: Finding[] = [...load.findings];
  const documents: LoadedDocument[] = [];
  // Documents left out of the model (no kind, a misspelt kind), with the findings that say why.
  const dropped: Finding[] = [];
  for (const file of load.files) {
    for (const doc of file.documents) {
      const { kind, findings: docFindings } = checkDocument(doc);
      findings.push(...docFindings);
      if (!kind) {
        dropped.push(...docFindings);
        continue;
      }
      findings.push(...schemaFindings(doc, kind, load.cache));
      documents.push(doc);
    }
  }
  const model = buildModel(documents);
  const { index, findings: idFindings } = indexModel(model);
  findings.push(...idFindings, ...docsOutFindings(model.project));

  const overrides: Project['rules'] = model.project?.rules ?? new Map<string, { setting: RuleSetting; loc: Loc }>();
  for (const [id, { loc }] of overrides) {
    const known = ruleInfo(id);
    if (known?.fixed) {
      findings.push({
        rule: 'config-unknown-rule',
        message: `the rule "${id}" cannot be set: its severity is fixed, because reading the files safely depends on it; remove it from rules:`,
        at: { loc, part: 'key' },
      });
      continue;
    }
    if (known) continue;
    const options = nearest(
      id,
      ruleCatalog().map((r) => r.id),
    );
    findings.push({
      rule: 'config-unknown-rule',
      message: `perfcoord has no rule "${id}"${didYouMean(options) || '; run "perfcoord rules" for the list'}`,
      at: { loc, part: 'key' },
    });
  }

  // A file that could not be read leaves its ids undeclared: "unknown" references would be
  // follow-on errors of the one already reported, so they wait until it reads.
  // Only the fixed rules whose findings drop a document count (a merge key, say, does not), and only
  // as errors: then the run fails anyway, and the references are checked once the file reads.
  const unreadable =
    load.findings.some(
      (f) => /^(yaml|file)-/.test(f.rule) && ruleInfo(f.rule)?.fixed === true && settle(f, overrides) === 'error',
    ) || dropped.some((f) => settle(f, overrides) === 'error');
  // Files named outside any project: the ids they name live in files that were not read.
  const standalone = load.project === undefined;
  const first = documents[0];
  if (standalone && first)
    findings.push({
      rule: 'references-unchecked',
      message:
        'no perfcoord.yaml: checked against the schemas only; references to teams, channels and other ids were not checked (validate inside a project, or pass --config)',
      at: { loc: { doc: first, path: [] } },
    });
  for (const rule of RULES) {
    if (overrides.get(rule.id)?.setting === 'off') continue;
    if ((unreadable || standalone) && FOLLOW_ON.has(rule.id)) continue;
    const ctx: RuleContext = {
      model,
      index,
      ...(options.files ? { files: options.files } : {}),
      report(at: Loc | Finding['at'], message: string, options: ReportOptions = {}) {
        const anchor: Finding['at'] = 'doc' in at ? { loc: at, ...(options.part ? { part: options.part } : {}) } : at;
        findings.push({
          rule: rule.id,
          // No value, however long (aliases can repeat one a thousand times), floods the output.
          message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message,
          at: anchor,
          ...(options.suggestion !== undefined ? { suggestion: options.suggestion } : {}),
        });
      },
    };
    rule.check(ctx);
  }

  const files = reportedFiles(load);
  const reported = new Set<LoadedFile>(files);
  const diagnostics: Diagnostic[] = [];
  let configError = false;
  for (const finding of findings) {
    const file = anchorFile(finding.at);
    // Problems outside the named files still matter when they make the run unusable.
    const info = ruleInfo(finding.rule);
    const category = info?.category ?? 'content';
    if (load.named && !reported.has(file) && category === 'content' && !file.isProject) continue;
    const severity = settle(finding, overrides);
    if (severity === undefined) continue;
    if (
      severity === 'error' &&
      (category !== 'content' || (file.isProject && PROJECT_FILE_BREAKERS.test(finding.rule)))
    )
      configError = true;
    diagnostics.push({
      file: file.display,
      range: locate ? anchorRange(finding.at) : ZERO_RANGE,
      severity,
      rule: finding.rule,
      message: finding.message,
      ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
    });
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics: dedupe(diagnostics), model, index, files, configError };
}

/** Findings in the project file that make it unusable (exit 2), as opposed to content findings. */
const PROJECT_FILE_BREAKERS = /^(?:schema|yaml-.*|document-.*|file-.*)$/;

/** Schema findings of a document, from the cache when its file is unchanged. */
function schemaFindings(doc: LoadedDocument, kind: Kind, cache: ContentCache | undefined): Finding[] {
  const hash = doc.file.hash;
  if (!cache || hash === undefined) return checkSchema(doc, kind);
  const cached = cache.schema(hash, doc.index);
  if (cached) {
    return cached.map((c) => ({
      rule: 'schema',
      message: c.message,
      at: { loc: { doc, path: c.path }, ...(c.part ? { part: c.part } : {}) },
      ...(c.suggestion !== undefined ? { suggestion: c.suggestion } : {}),
    }));
  }
  const found = checkSchema(doc, kind);
  cache.setSchema(hash, doc.index, forCache(found));
  return found;
}

function settle(finding: Finding, overrides: Map<string, { setting: string }>): Severity | undefined {
  const info = ruleInfo(finding.rule);
  const base = finding.severity ?? info?.severity ?? 'error';
  if (info?.fixed) return base;
  const setting = overrides.get(finding.rule)?.setting;
  if (setting === 'off') return undefined;
  if (setting === 'info' || setting === 'warning' || setting === 'error') return setting;
  return base;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d, i) => {
    const prev = diagnostics[i - 1];
    return !prev || compareDiagnostics(prev, d) !== 0 || prev.severity !== d.severity;
  });
}

export { exitCodeFor, summarize } from './exit.js';
export type { ExitPolicy, Summary } from './exit.js';
