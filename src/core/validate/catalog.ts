import type { Severity } from '../diagnostic.js';
import type { LoadRuleId, RuleId } from '../rule-ids.js';
import { RULES } from './rules/index.js';

/**
 * Every rule id perfcoord reports, with its default severity. `category`
 * decides the exit code: findings of "config" and "io" rules exit 2, as do
 * errors in the project file.
 */
export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  category: 'content' | 'config' | 'io';
  description: string;
  /** Fixed rules cannot be turned off or down in perfcoord.yaml. */
  fixed?: boolean;
}

const LOAD_RULES = [
  {
    id: 'file-unreadable',
    severity: 'error',
    category: 'io',
    fixed: true,
    description: 'A file cannot be read: missing, not a regular file, or no permission.',
  },
  {
    id: 'file-outside-root',
    severity: 'error',
    category: 'io',
    fixed: true,
    description: 'A file or link resolves outside the project folder; perfcoord never reads it.',
  },
  {
    id: 'file-too-large',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'A file is larger than the size limit (--max-file-size).',
  },
  {
    id: 'file-binary',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'A file holds binary data (NUL bytes).',
  },
  {
    id: 'file-encoding',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'A file is not valid UTF-8.',
  },
  {
    id: 'include-outside-root',
    severity: 'error',
    category: 'config',
    fixed: true,
    description: 'An include glob is an absolute path or climbs out of the project folder with "..".',
  },
  {
    id: 'docs-out-outside-root',
    severity: 'error',
    category: 'config',
    fixed: true,
    description: 'docs.out in perfcoord.yaml is an absolute path or climbs out of the project folder with "..".',
  },
  { id: 'include-no-match', severity: 'warning', category: 'content', description: 'An include glob matches no file.' },
  {
    id: 'config-unknown-rule',
    severity: 'error',
    category: 'config',
    description: 'perfcoord.yaml sets the severity of a rule that does not exist.',
  },
  { id: 'yaml-syntax', severity: 'error', category: 'content', fixed: true, description: 'The YAML cannot be parsed.' },
  {
    id: 'yaml-depth',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'The YAML nests deeper than the limit (--max-depth).',
  },
  {
    id: 'yaml-duplicate-key',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'A mapping has the same key twice.',
  },
  {
    id: 'yaml-alias',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'An alias is undefined, refers to a value that contains it, or expands too far.',
  },
  {
    id: 'yaml-tag',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'A tag other than the YAML core tags.',
  },
  {
    id: 'yaml-merge-key',
    severity: 'error',
    category: 'content',
    description: 'A merge key ("<<"), which YAML 1.2 does not have.',
  },
  {
    id: 'yaml-directive',
    severity: 'warning',
    category: 'content',
    description: 'A %YAML or %TAG directive, which perfcoord ignores.',
  },
  { id: 'document-empty', severity: 'error', category: 'content', description: 'A file holds no YAML document.' },
  {
    id: 'document-not-mapping',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'A document is not a mapping.',
  },
  {
    id: 'document-kind',
    severity: 'error',
    category: 'content',
    fixed: true,
    description: 'A document has no kind, an unknown kind, or a kind in the wrong file.',
  },
  {
    id: 'schema',
    severity: 'error',
    category: 'content',
    description: "A document does not match its kind's JSON Schema.",
  },
  {
    id: 'references-unchecked',
    severity: 'info',
    category: 'content',
    description:
      'Files named without a project are checked against their schemas; their references to other files are not.',
  },
  {
    id: 'id-duplicate',
    severity: 'error',
    category: 'content',
    description: 'The same id is declared twice (ids are global across all files of a kind).',
  },
] as const satisfies readonly RuleInfo[];

// Every id the loader reports is described above, and nothing else: otherwise this does not compile.
type Described = (typeof LOAD_RULES)[number]['id'];
const described: [LoadRuleId] extends [Described] ? ([Described] extends [LoadRuleId] ? true : never) : never = true;
void described;

let all: RuleInfo[] | undefined;

export function ruleCatalog(): RuleInfo[] {
  all ??= [
    ...LOAD_RULES,
    ...RULES.map((r): RuleInfo => ({
      id: r.id,
      severity: r.severity,
      category: 'content',
      description: r.description,
    })),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return all;
}

export function ruleInfo(id: string): RuleInfo | undefined {
  return ruleCatalog().find((r) => r.id === id);
}
