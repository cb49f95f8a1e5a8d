/**
 * The YAML parsers the loader uses: the bulk of its code, so a run that finds
 * every file in the cache does without them (see loadProjectWith).
 */
import { parseFast } from './parse-fast.js';
import { parsePlainBounded } from './parse-plain.js';
import { capProblems, parseYaml } from './parse-yaml.js';
import type { ParseResult, ParsedDocument, YamlProblem } from './parse-yaml.js';

/** Spelled out rather than typeof: the public types must not reach js-yaml's, which it does not ship. */
export interface Parsers {
  parsePlainBounded: (text: string, maxDepth: number) => { documents: ParsedDocument[]; within: boolean } | undefined;
  parseFast: (text: string) => ParsedDocument[] | undefined;
  parseYaml: (text: string) => ParseResult;
  capProblems: (problems: readonly YamlProblem[]) => YamlProblem[];
}

export const PARSERS: Parsers = { parsePlainBounded, parseFast, parseYaml, capProblems };
