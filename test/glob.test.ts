import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  codeownersPattern,
  globMatcher,
  isGlobError,
  literalPrefix,
  parseGlob,
  specificity,
} from '../src/core/util/glob.js';
import { snykOwners } from './helpers/snyk-codeowners.js';
import { ROOT } from './helpers/run.js';

/**
 * Every example of GitHub's "About code owners" page
 * (docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners),
 * with the paths its comments name: pattern, path, whether the pattern claims it.
 */
const GITHUB_DOCS: [string, string, boolean][] = [
  ['*', 'README.md', true],
  ['*', 'src/deep/file.go', true],
  ['*.js', 'app.js', true],
  ['*.js', 'src/ui/button.js', true],
  ['*.js', 'src/ui/button.jsx', false],
  ['*.go', 'cmd/main.go', true],
  ['*.txt', 'notes/a.txt', true],
  ['/build/logs/', 'build/logs/today.log', true],
  ['/build/logs/', 'build/logs/2024/01.log', true],
  ['/build/logs/', 'src/build/logs/today.log', false],
  ['/build/logs/', 'build/logs', false],
  ['docs/*', 'docs/getting-started.md', true],
  ['docs/*', 'docs/build-app/troubleshooting.md', false],
  ['apps/', 'apps/web/index.ts', true],
  ['apps/', 'services/apps/index.ts', true],
  ['apps/', 'apps', false],
  ['/docs/', 'docs/index.md', true],
  ['/docs/', 'docs/guides/deep.md', true],
  ['/docs/', 'site/docs/index.md', false],
  ['/scripts/', 'scripts/release.sh', true],
  ['**/logs', 'build/logs/a.log', true],
  ['**/logs', 'scripts/logs/a.log', true],
  ['**/logs', 'deeply/nested/logs/a.log', true],
  ['**/logs', 'logs/a.log', true],
  ['**/logs', 'logsbook/a.log', false],
  ['/apps/', 'apps/github/readme.md', true],
  ['/apps/github', 'apps/github/readme.md', true],
  ['/apps/github', 'apps/gitlab/readme.md', false],
  ['/apps/github', 'web/apps/github/readme.md', false],
];

/** GitHub's whole example file, and who it names for each path (last match wins, an empty owner list included). */
const GITHUB_EXAMPLE = `* @global-owner1 @global-owner2
*.js @js-owner
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/* docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`;
const EXAMPLE_PATHS = [
  'README.md',
  'src/app.js',
  'main.go',
  'notes.txt',
  'build/logs/a.txt',
  'docs/getting-started.md',
  'docs/build-app/troubleshooting.md',
  'web/apps/x.ts',
  'scripts/deploy.sh',
  'deeply/nested/logs/x',
  'apps/web/x.ts',
  'apps/github/x.ts',
];

/** Last match wins over our parsed patterns. */
function lastMatch(codeowners: string): (file: string) => string[] {
  const rules = codeowners
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [pattern = '', ...owners] = l.trim().split(/\s+/);
      return { match: globMatcher(pattern), owners };
    });
  return (file) => [...rules].reverse().find((r) => r.match(file))?.owners ?? [];
}

describe('paths follow GitHub CODEOWNERS semantics', () => {
  it.each(GITHUB_DOCS)('%s claims %s: %s (GitHub docs)', (pattern, file, expected) => {
    expect(globMatcher(pattern)(file)).toBe(expected);
    // The independent implementation agrees on every documented case.
    expect(snykOwners(`${pattern} @x\n`)(file).length > 0).toBe(expected);
  });

  it("gives every path of GitHub's example file the owners GitHub documents", () => {
    const ours = lastMatch(GITHUB_EXAMPLE);
    const theirs = snykOwners(GITHUB_EXAMPLE);
    for (const file of EXAMPLE_PATHS) expect([file, ours(file)]).toEqual([file, theirs(file)]);
    expect(ours('apps/github/x.ts')).toEqual([]);
    expect(ours('src/app.js')).toEqual(['@js-owner']);
  });

  const corpus = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/codeowners/hmarr-patterns.json'), 'utf8')) as {
    name: string;
    pattern: string;
    paths: Record<string, boolean>;
  }[];
  const cases = corpus.flatMap((c) => Object.entries(c.paths).map(([p, want]) => [c.pattern, p, want] as const));

  it('the public corpus has its 153 checks', () => {
    expect(cases).toHaveLength(153);
  });

  it.each(cases)('%s claims %s: %s (hmarr/codeowners corpus)', (pattern, file, expected) => {
    const parsed = parseGlob(pattern);
    if (isGlobError(parsed)) {
      // GitHub reads "[" literally where gitignore reads a range: perfcoord refuses the ambiguous
      // spelling and the escaped one means what GitHub does.
      expect(parsed.error).toMatch(/do not work in CODEOWNERS/);
      expect(globMatcher(pattern.replace(/([[\]])/g, '\\$1'))(file)).toBe(expected);
    } else {
      expect(parsed.match(file.replace(/\/$/, ''))).toBe(expected);
    }
  });
});

describe('parseGlob', () => {
  it.each([
    ['!src/**', /negation/],
    ['src/[ab]/x', /character ranges/],
    ['src/{a,b}/x', /alternatives/],
    ['#notes', /comment/],
    ['src/***', /\*\*\*/],
    ['src\\', /lone/],
    ['   ', /empty/],
  ])('refuses %j, saying why', (pattern, message) => {
    const parsed = parseGlob(pattern);
    expect(isGlobError(parsed) && parsed.error).toMatch(message);
  });

  it.each([
    // pattern, specificity, literal prefix
    ['src/db/**', [2, 5], 'src/db'],
    ['/src/db/', [2, 5], 'src/db'],
    ['src/db/', [2, 5], 'src/db'],
    ['db/', [1, 2], ''],
    ['**/*.sql', [0, 4], ''],
    ['config/*.json', [1, 11], 'config'],
    ['config/app.j*', [1, 11], 'config'],
    ['f\\*o', [1, 3], ''],
  ] as const)('%s has specificity %j and prefix %j', (pattern, spec, prefix) => {
    expect(specificity(pattern)).toEqual(spec);
    expect(literalPrefix(pattern)).toBe(prefix);
  });

  it.each([
    ['src/db/**', '', '/src/db/**'],
    ['src/db/**', 'perf', '/perf/src/db/**'],
    ['Dockerfile', 'perf', '/perf/**/Dockerfile'],
    ['Dockerfile', '', '/**/Dockerfile'],
    ['docs/', 'perf', '/perf/**/docs/'],
    ['/', '', '*'],
    ['/', 'perf', '/perf/**'],
    ['my docs/*.md', '', '/my\\ docs/*.md'],
  ])('%s below %j is written %s in CODEOWNERS', (pattern, prefix, line) => {
    const parsed = parseGlob(pattern);
    if (isGlobError(parsed)) throw new Error(parsed.error);
    expect(codeownersPattern(parsed, prefix)).toBe(line);
  });
});

const NAMES = ['a', 'b', 'ab', 'a.js', 'b.md'];
const PATHS = (() => {
  const out: string[] = [];
  for (const x of NAMES) {
    out.push(x);
    for (const y of NAMES) {
      out.push(`${x}/${y}`);
      for (const z of NAMES) out.push(`${x}/${y}/${z}`);
    }
  }
  return out;
})();

describe('agrees with @snyk/github-codeowners on generated patterns', () => {
  const segment = fc.constantFrom('a', 'b', 'ab', '*', '*.js', 'a*', '?', '**');
  const pattern = fc
    .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([lead, segs, trail]) => `${lead ? '/' : ''}${segs.join('/')}${trail ? '/' : ''}`)
    .filter((p) => !/\*\*\//.test(p.replace(/^\/?\*\*\//, '')) && p !== '/**/' && !p.endsWith('**/'));

  it('claims the same paths', () => {
    fc.assert(
      fc.property(pattern, (p) => {
        const theirs = snykOwners(`${p} @x\n`);
        const ours = globMatcher(p);
        for (const file of PATHS) expect([p, file, ours(file)]).toEqual([p, file, theirs(file).length > 0]);
      }),
      { numRuns: 200 },
    );
  });
});
