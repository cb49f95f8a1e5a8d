/**
 * Reading a CODEOWNERS file as GitHub (or GitLab) does: one rule a line, a
 * pattern then owners, "#" comments; lines GitHub would skip are findings
 * with their line and column, never an exception.
 */
import type { Flavor } from '../export/codeowners.js';
import { isGlobError, parseGlob } from '../util/glob.js';
import type { Glob } from '../util/glob.js';

export interface CodeownersRule {
  /** 1-based. */
  line: number;
  /** As written in the file. */
  pattern: string;
  glob: Glob;
  owners: string[];
}

export interface ImportFinding {
  line: number;
  /** 1-based. */
  col: number;
  message: string;
}

export interface ParsedCodeowners {
  rules: CodeownersRule[];
  findings: ImportFinding[];
}

const USER_OR_TEAM = /^@[A-Za-z0-9][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_.][A-Za-z0-9_.-]*)*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Splits on unescaped blanks, keeping each token's 1-based column. */
function tokens(line: string): { text: string; col: number }[] {
  const out: { text: string; col: number }[] = [];
  let current = '';
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (ch === '\\' && i + 1 < line.length) {
      if (current === '') start = i;
      current += ch + (line[i + 1] ?? '');
      i++;
    } else if (ch === ' ' || ch === '\t') {
      if (current !== '') out.push({ text: current, col: start + 1 });
      current = '';
    } else {
      if (current === '') start = i;
      current += ch;
    }
  }
  if (current !== '') out.push({ text: current, col: start + 1 });
  return out;
}

/**
 * GitHub reads "[", "]", "{" and "}" literally, where gitignore (and so perfcoord's
 * patterns) would not: escape them so the pattern means what it meant.
 */
function literalBrackets(pattern: string): string {
  return pattern.replace(/(\\.)|([[\]{}])/g, (_m, escaped: string | undefined, ch: string) => escaped ?? `\\${ch}`);
}

export function parseCodeowners(text: string, flavor: Flavor): ParsedCodeowners {
  const rules: CodeownersRule[] = [];
  const findings: ImportFinding[] = [];
  let sectionOwners: string[] = [];
  let sections = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (flavor === 'gitlab' && /^\^?\[[^\]]*\]/.test(trimmed)) {
      // A section: later lines without owners take its default owners.
      sections++;
      const rest = trimmed.replace(/^\^?\[[^\]]*\](?:\[\d+\])?/, '');
      sectionOwners = tokens(rest)
        .map((t) => t.text)
        .filter((t) => !t.startsWith('#'));
      if (sections === 2)
        findings.push({
          line,
          col: 1,
          message:
            'a second section: GitLab gives a path the owners of every section that matches it, perfcoord one owner set; the sections are read as one list, in order',
        });
      return;
    }
    const parts = tokens(raw);
    const first = parts[0];
    if (!first) return;
    const owners: string[] = [];
    for (const part of parts.slice(1)) {
      if (part.text.startsWith('#')) break; // the rest of the line is a comment
      if (USER_OR_TEAM.test(part.text) || EMAIL.test(part.text)) owners.push(part.text);
      else {
        findings.push({
          line,
          col: part.col,
          message: `"${part.text}" is not an owner (expected @user, @org/team or an email address); the line is skipped, as GitHub skips it`,
        });
        return;
      }
    }
    if (first.text.startsWith('!')) {
      findings.push({
        line,
        col: first.col,
        message: `"${first.text}": negation does not work in CODEOWNERS (GitHub ignores the line); skipped`,
      });
      return;
    }
    const glob = parseGlob(literalBrackets(first.text));
    if (isGlobError(glob)) {
      findings.push({ line, col: first.col, message: `"${first.text}" is not a pattern: ${glob.error}; skipped` });
      return;
    }
    rules.push({ line, pattern: first.text, glob, owners: owners.length > 0 ? owners : sectionOwners });
  });
  return { rules, findings };
}
