import type { Finding } from '../finding.js';
import type { LoadedDocument } from '../load/types.js';
import { API_VERSION, KIND_NAMES, TELLTALES, isKind } from '../model/kinds.js';
import type { Kind } from '../model/kinds.js';
import { isPlainObject, own } from '../util/object.js';
import { didYouMean, nearest } from '../util/suggest.js';
import { describeValue } from './schema.js';

/**
 * Whether a document can be checked against a schema, and which: it must be a
 * mapping with a known kind, and Project documents belong to the project file.
 */
export function checkDocument(doc: LoadedDocument): { kind?: Kind; findings: Finding[] } {
  const at = (path: string[] = [], part: 'key' | 'value' = 'value'): Finding['at'] => ({ loc: { doc, path }, part });
  if (!isPlainObject(doc.data)) {
    return {
      findings: [
        {
          rule: 'document-not-mapping',
          message: `the document is ${describeValue(doc.data)}; a perfcoord document is a mapping that starts with apiVersion: ${API_VERSION} and kind: <Kind>`,
          at: at(),
        },
      ],
    };
  }
  const kind = own(doc.data, 'kind');
  const isProjectFile = doc.file.isProject && doc.index === 0;
  if (kind === undefined) {
    const guess = TELLTALES.find(([key]) => Object.hasOwn(doc.data as object, key))?.[1];
    return {
      findings: [
        {
          rule: 'document-kind',
          message: `the document has no kind${guess ? `; add kind: ${guess}` : `: add kind: <Kind>, one of ${KIND_NAMES.join(', ')}`}`,
          at: at(),
          ...(guess ? { suggestion: guess } : {}),
        },
      ],
    };
  }
  if (!isKind(kind)) {
    const options = typeof kind === 'string' ? nearest(kind, KIND_NAMES, 1) : [];
    return {
      findings: [
        {
          rule: 'document-kind',
          message: `unknown kind ${describeValue(kind)}${didYouMean(options) || `; the kinds are ${KIND_NAMES.join(', ')}`}`,
          at: at(['kind']),
          ...(options[0] !== undefined ? { suggestion: options[0] } : {}),
        },
      ],
    };
  }
  if (isProjectFile && kind !== 'Project') {
    return {
      kind,
      findings: [
        {
          rule: 'document-kind',
          message: `the first document of the project file must be kind: Project (with name and coreTeam), not ${kind}`,
          at: at(['kind']),
        },
      ],
    };
  }
  if (kind === 'Project' && !isProjectFile) {
    return {
      findings: [
        {
          rule: 'document-kind',
          message: 'a Project document belongs at the top of perfcoord.yaml, not in an included file',
          at: at(['kind']),
        },
      ],
    };
  }
  return { kind, findings: [] };
}
