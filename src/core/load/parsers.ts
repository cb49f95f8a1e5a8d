/**
 * The YAML parsers the loader uses: the bulk of its code, so a run that finds
 * every file in the cache does without them (see loadProjectWith).
 */
import { parseFast } from './parse-fast.js';
import { capProblems, parseYaml } from './parse-yaml.js';

export interface Parsers {
  parseFast: typeof parseFast;
  parseYaml: typeof parseYaml;
  capProblems: typeof capProblems;
}

export const PARSERS: Parsers = { parseFast, parseYaml, capProblems };
