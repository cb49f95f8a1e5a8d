// npm run bench: start-up and throughput of perfcoord, with `node -e 0` and
// two peers (ajv-cli, Spectral) measured in the same run, on the same corpus.
// Prints medians and ratios; asserts nothing (machines are shared and noisy).
//   node bench/run.mjs [--quick] [--no-peers]
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR, changedCopy, generateBigDocument, generateDocs, generateOrg } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/perfcoord.js');
const SEED = path.join(ROOT, 'examples/seed');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const peers = !args.has('--no-peers');
const runs = (n) => (quick ? Math.max(3, Math.ceil(n / 3)) : n);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-bench-'));

if (!existsSync(path.join(ROOT, 'dist/bundle/cli.cjs'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

/**
 * Runs commands `n` times each (after one warm-up), in turns: a, b, c, a, b, c… so that a shared
 * machine's changing load weighs on each alike. Median wall time in ms, and peak RSS in MB when
 * measurable. Each spec: { label, command, argv, cwd, ok, memory, verify }.
 */
function measureTogether(specs, n) {
  const once = (spec, withTime) => {
    const { command, argv, cwd = ROOT, ok = [0] } = spec;
    const start = process.hrtime.bigint();
    const r = withTime
      ? spawnSync(TIME, ['-f', '%M', command, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!ok.includes(r.status ?? -1)) {
      throw new Error(`${spec.label}: exit ${r.status}\n${(r.stderr || r.stdout || '').slice(0, 600)}`);
    }
    const rss = withTime ? Number((r.stderr.trim().split('\n').pop() ?? '').trim()) / 1024 : undefined;
    return { ms, rss };
  };
  const failed = new Map();
  const samples = specs.map(() => []);
  const guard = (i, run) => {
    if (failed.has(i)) return;
    try {
      run();
    } catch (error) {
      failed.set(i, error.message.split('\n')[0]);
    }
  };
  specs.forEach((spec, i) =>
    guard(i, () => {
      // The warm-up run also shows that the tool did the work (a peer that fails fast is not fast).
      if (spec.verify) {
        const r = spawnSync(spec.command, spec.argv, { cwd: spec.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
        const problem = spec.verify(r);
        if (problem) throw new Error(`${spec.label}: ${problem}`);
      } else once(spec, false);
    }),
  );
  for (let round = 0; round < n; round++)
    specs.forEach((spec, i) => guard(i, () => samples[i].push(once(spec, false).ms)));
  return specs.map((spec, i) => {
    if (failed.has(i)) return { label: spec.label, error: failed.get(i) };
    const sorted = samples[i].sort((a, b) => a - b);
    let rss;
    guard(i, () => {
      rss = spec.memory && TIME ? once(spec, true).rss : undefined;
    });
    if (failed.has(i)) return { label: spec.label, error: failed.get(i) };
    return {
      label: spec.label,
      median: sorted[Math.floor(sorted.length / 2)],
      min: sorted[0],
      max: sorted[sorted.length - 1],
      rss,
    };
  });
}

/** One command, `n` times after a warm-up. */
function measure(label, command, argv, { n = 11, ...spec } = {}) {
  return measureTogether([{ label, command, argv, ...spec }], n)[0];
}

/**
 * A command measured in turns with `node -e 0`: its ratio to Node's start-up is taken against the
 * baseline runs beside it, not against ones made minutes earlier under another load.
 */
function measureVsNode(label, command, argv, { n = 11, ...spec } = {}) {
  const [baseline, result] = measureTogether(
    [
      { label: 'node -e 0', command: process.execPath, argv: ['-e', '0'] },
      { label, command, argv, ...spec },
    ],
    n,
  );
  return baseline.error || result.error ? result : { ...result, base: baseline.median };
}

function countDocuments(dir) {
  let count = 0;
  const walk = (d) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, name.name);
      if (name.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name.name)) count += (readFileSync(full, 'utf8').match(/^apiVersion:/gm) ?? []).length;
    }
  };
  walk(dir);
  return count;
}

const rows = [];
const fmt = (ms) => (ms === undefined ? '' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
function show(result, base, extra = '', target) {
  if (result.error) {
    rows.push([result.label, 'failed', '', result.error.slice(0, 70), '']);
    return;
  }
  // A row measured in turns with node -e 0 has its own baseline.
  const against = result.base ?? base;
  const ratio = against ? `${(result.median / against).toFixed(2)}x` : '';
  let verdict = '';
  if (target?.memory && result.rss === undefined) verdict = `not measured (${target.text}; needs /usr/bin/time)`;
  else if (target) verdict = target.check(result) ? `ok (${target.text})` : `MISSED (${target.text})`;
  rows.push([
    result.label,
    fmt(result.median),
    ratio,
    extra + (result.rss ? `${extra ? ', ' : ''}peak ${result.rss.toFixed(0)} MB` : ''),
    verdict,
  ]);
}

console.log(`perfcoord benchmark — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log(`runs: ${quick ? 'quick' : 'full'}; medians of repeated runs after a warm-up\n`);
console.log('generating corpora…');
const corpora = {
  docs1k: generateDocs('docs-1000', 1000),
  docs2k: generateDocs('docs-2000', 2000),
  docs4k: generateDocs('docs-4000', 4000),
  big: generateBigDocument('big-50k', 50_000),
  org: generateOrg('org-500', 500, 5000),
};
const node = process.execPath;
const pc = (argv, opts) => [node, [BIN, ...argv], opts];
/** The spec measureTogether takes, from what pc() gives. */
const spec = ([command, argv, opts]) => ({ command, argv, ...opts });

// The baseline, measured first and last: the cost of starting Node at all.
const base1 = measure('node -e 0', node, ['-e', '0'], { n: runs(21) });
const version = measureVsNode('perfcoord --version', ...pc(['--version'], { n: runs(21) }));
const seedValidate = measureVsNode('validate (examples/seed)', ...pc(['validate'], { cwd: SEED, n: runs(15) }));
const seedWho = measureVsNode(
  'who-owns database_optimization (seed)',
  ...pc(['who-owns', 'database_optimization'], { cwd: SEED, n: runs(15) }),
);
const docsOut = path.join(tmp, 'docs');
const seedRender = measureVsNode(
  'render docs (seed, Markdown)',
  ...pc(['render', 'docs', '--out', docsOut, '--force'], { cwd: SEED, n: runs(15) }),
);
/** gate check against a 2 MB Lighthouse report: the real Lighthouse 12 sample, grown with a screenshot and audit details as real reports carry. */
function benchGateCheck() {
  const fixtures = path.join(ROOT, 'test/fixtures/gates');
  const lhr = JSON.parse(readFileSync(path.join(fixtures, 'lighthouse-12.8.2-sample-trimmed.json'), 'utf8'));
  lhr.fullPageScreenshot = {
    screenshot: { data: `data:image/webp;base64,${'A'.repeat(1_200_000)}`, width: 412, height: 2000 },
  };
  const items = Array.from({ length: 60 }, (_, i) => ({
    url: `https://example.com/asset-${i}.js`,
    totalBytes: 1000 * i,
    wastedMs: i,
  }));
  for (const audit of Object.values(lhr.audits)) audit.details = { type: 'table', headings: [], items };
  const file = path.join(tmp, 'lhr-2mb.json');
  writeFileSync(file, JSON.stringify(lhr));
  const bytes = statSync(file).size;
  const r = measureVsNode(
    'gate check (2 MB Lighthouse report)',
    ...pc(['gate', 'check', 'web', '-r', file], { cwd: path.join(fixtures, 'project'), n: runs(15), ok: [1] }),
  );
  return { ...r, bytes };
}
const gateCheck = benchGateCheck();
const base2 = measure('node -e 0 (again)', node, ['-e', '0'], { n: runs(21) });
const base = Math.min(base1.median, base2.median);

// The three sizes in turns, so that the cost of each further document compares like with like.
const scale = {};
{
  const sizes = ['docs1k', 'docs2k', 'docs4k'].map((key) => ({ key, docs: countDocuments(corpora[key]) }));
  const results = measureTogether(
    sizes.map(({ key, docs }) => ({
      label: `validate ${docs} documents`,
      ...spec(pc(['validate', '-f', 'compact'], { cwd: corpora[key], ok: [0, 1], memory: true })),
    })),
    runs(7),
  );
  sizes.forEach(({ key, docs }, i) => (scale[key] = { ...results[i], docs }));
}
const cacheWarm = (() => {
  measure(
    'validate --cache (prime)',
    ...pc(['validate', '-f', 'compact', '--cache', '--cache-location', path.join(tmp, 'cache')], {
      cwd: corpora.docs1k,
      n: 1,
      ok: [0, 1],
    }),
  );
  return measureVsNode(
    `validate --cache, unchanged (${scale.docs1k.docs} documents)`,
    ...pc(['validate', '-f', 'compact', '--cache', '--cache-location', path.join(tmp, 'cache')], {
      cwd: corpora.docs1k,
      n: runs(9),
      ok: [0, 1],
    }),
  );
})();
const big = measure(
  'validate one 50,000-line document',
  ...pc(['validate', '-f', 'compact'], { cwd: corpora.big, n: runs(5), ok: [0, 1], memory: true }),
);
const orgValidate = measure(
  'validate org (500 teams, 5,000 areas)',
  ...pc(['validate', '-f', 'compact'], { cwd: corpora.org, n: runs(5), ok: [0, 1], memory: true }),
);
const orgWho = measure(
  'who-owns --team team-7 (org)',
  ...pc(['who-owns', '--team', 'team-7'], { cwd: corpora.org, n: runs(5), ok: [0, 1], memory: true }),
);
const orgRender = measure(
  'render docs (org, Markdown)',
  ...pc(['render', 'docs', '--out', path.join(tmp, 'org-docs'), '--force'], {
    cwd: corpora.org,
    n: runs(3),
    ok: [0, 1],
    memory: true,
  }),
);

/**
 * export codeowners on the seed and the org, import codeowners of a 5,000-line file: copies whose
 * teams have handles, since the generated ones have none.
 */
function benchCodeowners() {
  const withHandles = (from, to) => {
    spawnSync('cp', ['-r', from, to]);
    const walk = (dir) =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
      );
    for (const file of walk(to).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(file, 'utf8');
      if (!/^kind: Teams$/m.test(text)) continue;
      const [teams = '', ...rest] = text.split('\nroles:');
      const handled = teams.replace(/^( {2}- id: (\S+)\n)/gm, '$1    handles: { github: "@acme/$2" }\n');
      writeFileSync(file, [handled, ...rest].join('\nroles:'));
    }
    return to;
  };
  const seed = withHandles(SEED, path.join(tmp, 'seed-handles'));
  const org = withHandles(corpora.org, path.join(tmp, 'org-handles'));
  const lines = [];
  for (let i = 0; i < 5000; i++)
    lines.push(
      i % 10 === 0 ? `*.ext${i} @acme/team-${i % 500}` : `/services/svc-${i}/ @acme/team-${i % 500} @acme/core`,
    );
  const importDir = path.join(tmp, 'import');
  mkdirSync(path.join(importDir, 'coordination'), { recursive: true });
  writeFileSync(
    path.join(importDir, 'perfcoord.yaml'),
    'apiVersion: perfcoord/v1\nkind: Project\nname: Import\ncoreTeam: core\n',
  );
  writeFileSync(
    path.join(importDir, 'coordination/teams.yaml'),
    'apiVersion: perfcoord/v1\nkind: Teams\nteams:\n  - { id: core, name: Core, dependency: core }\n',
  );
  writeFileSync(path.join(importDir, 'CODEOWNERS'), `${lines.join('\n')}\n`);
  return {
    seed: measureVsNode(
      'export codeowners (seed)',
      ...pc(['export', 'codeowners', '-o', '-'], { cwd: seed, n: runs(15) }),
    ),
    org: measure(
      'export codeowners (org, 5,000 areas)',
      ...pc(['export', 'codeowners', '-o', '-'], { cwd: org, n: runs(5), memory: true }),
    ),
    import: measure(
      'import codeowners (5,000 lines)',
      'bash',
      ['-c', `rm -f coordination/codeowners-*.yaml && exec "${node}" "${BIN}" import codeowners CODEOWNERS`],
      { cwd: importDir, n: runs(5), memory: true },
    ),
  };
}
const codeowners = benchCodeowners();

/**
 * export ics on the seed, and on the organisation corpus with a calendar document added: one
 * meeting a team (500) in every frequency a calendar holds, and settings.timezone.
 */
function benchExportIcs() {
  const seed = measureVsNode('export ics (seed)', ...pc(['export', 'ics'], { cwd: SEED, n: runs(15) }));
  const dir = path.join(tmp, 'org-ics');
  cpSync(corpora.org, dir, { recursive: true });
  const projectFile = path.join(dir, 'perfcoord.yaml');
  const settings = '  timezone: Europe/Berlin\n  cadenceStart: "2026-01-05"\n';
  const text = readFileSync(projectFile, 'utf8');
  writeFileSync(
    projectFile,
    /^settings:\n/m.test(text)
      ? text.replace(/^settings:\n/m, `settings:\n${settings}`)
      : `${text}settings:\n${settings}`,
  );
  const kinds = ['weekly', 'bi-weekly', 'monthly, week: last', 'per_sprint', 'daily'];
  const meetings = Array.from({ length: 500 }, (_, m) => {
    const frequency = kinds[m % kinds.length];
    const clock = `${String(8 + (m % 9)).padStart(2, '0')}:${m % 2 ? '30' : '00'}`;
    return `  - { id: cal-${m}, frequency: ${frequency}, day: ${['monday', 'tuesday', 'wednesday', 'thursday', 'friday'][m % 5]}, time: "${clock}", duration: 30min, participants: [team-${m}], agenda: [budgets, regressions] }`;
  });
  writeFileSync(
    path.join(dir, 'coordination/calendar.yaml'),
    `apiVersion: perfcoord/v1\nkind: Cadence\nmeetings:\n${meetings.join('\n')}\n`,
  );
  const org = measure(
    'export ics (org + 500 calendar meetings)',
    ...pc(['export', 'ics', '-o', path.join(tmp, 'org.ics')], { cwd: dir, n: runs(5), memory: true }),
  );
  return { seed, org };
}
const exportIcs = benchExportIcs();

// Peers, on the same 1,000-document corpus and the same schemas.
const peerRows = [];
let besideAjv;
if (peers) {
  const peerDir = path.join(tmp, 'peers');
  mkdirSync(peerDir, { recursive: true });
  const kinds = readdirSync(path.join(ROOT, 'schemas'))
    .filter((f) => f !== 'document.schema.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', f), 'utf8')));
  const dispatch = (then) => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://perfcoord.dev/schemas/v1/any.schema.json',
    type: 'object',
    required: ['apiVersion', 'kind'],
    allOf: kinds.map((s) => ({
      if: { properties: { kind: { const: s.properties.kind.const } }, required: ['kind'] },
      then: then(s),
    })),
  });
  writeFileSync(path.join(peerDir, 'any.schema.json'), JSON.stringify(dispatch((s) => ({ $ref: s.$id }))));
  const inline = dispatch((s) => Object.fromEntries(Object.entries(s).filter(([key]) => key !== '$schema')));
  delete inline.$id;
  writeFileSync(
    path.join(peerDir, 'ruleset.json'),
    JSON.stringify({
      rules: {
        'perfcoord-schema': {
          given: '$',
          severity: 'error',
          then: { function: 'schema', functionOptions: { schema: inline, dialect: 'draft2020-12' } },
        },
      },
    }),
  );
  const data = path.join(corpora.docs1k, 'coordination/*.yaml');
  const npx = (pkg, bin) => {
    // Install through npx once and ask it where the binary of exactly this package is, then run that
    // binary directly, so that npx's own start-up is not counted.
    const found = spawnSync('npx', ['--yes', '--package', pkg, '--', 'sh', '-c', `command -v ${bin}`], {
      cwd: peerDir,
      encoding: 'utf8',
    }).stdout.trim();
    return found !== '' && existsSync(found) ? found : undefined;
  };
  const files = readdirSync(path.join(corpora.docs1k, 'coordination')).filter((f) => /\.ya?ml$/.test(f)).length;
  const ajvBin = npx('ajv-cli@5.0.0', 'ajv');
  const docs = scale.docs1k.docs - 1; // the peers read the documents, not the project file
  if (ajvBin) {
    // ajv-cli and perfcoord in turns, so that the load of a shared machine weighs on both alike.
    const [r, ours] = measureTogether(
      [
        {
          label: 'ajv-cli 5 (schemas only, no positions)',
          command: ajvBin,
          argv: [
            'validate',
            '--spec=draft2020',
            '--strict=false',
            '--all-errors',
            '-s',
            'any.schema.json',
            '-r',
            path.join(ROOT, 'schemas/!(document).schema.json'),
            '-d',
            data,
          ],
          cwd: peerDir,
          ok: [0, 1],
          // ajv-cli names every data file it validated, "valid" or "invalid".
          verify: (r) => {
            const seen = `${r.stdout}${r.stderr}`.match(/\.yaml (valid|invalid)/g)?.length ?? 0;
            return r.status !== 0 && r.status !== 1
              ? `exit ${r.status}`
              : seen < files
                ? `validated ${seen} of ${files} files`
                : undefined;
          },
        },
        {
          label: 'validate 1,000 files, beside ajv-cli',
          ...spec(pc(['validate', '-f', 'compact'], { cwd: corpora.docs1k, ok: [0, 1] })),
        },
      ],
      runs(7),
    );
    peerRows.push([r, docs]);
    besideAjv = ours;
  } else peerRows.push([{ label: 'ajv-cli 5', error: 'could not be installed through npx' }, docs]);
  const spectralBin = npx('@stoplight/spectral-cli@6', 'spectral');
  if (spectralBin) {
    const r = measure(
      'Spectral 6 (schema ruleset)',
      spectralBin,
      ['lint', data, '--ruleset', 'ruleset.json', '-f', 'text', '-q'],
      {
        cwd: peerDir,
        n: runs(3),
        ok: [0, 1],
        // Spectral exits 2 when it cannot run; a schema it cannot use shows on stderr.
        verify: (r) =>
          r.status !== 0 && r.status !== 1
            ? `exit ${r.status}`
            : /error running|invalid ruleset|cannot/i.test(r.stderr)
              ? r.stderr.split('\n')[0]
              : undefined,
      },
    );
    peerRows.push([r, docs]);
  } else peerRows.push([{ label: 'Spectral 6', error: 'could not be installed through npx' }, docs]);
}

// diff: two git revisions of the seed, and two 4,000-document corpora that differ in one document in 40.
function benchDiff() {
  const repo = path.join(tmp, 'diff-repo');
  cpSync(SEED, repo, { recursive: true });
  const git = (...a) =>
    spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...a], { cwd: repo });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'seed');
  cpSync(path.join(ROOT, 'test/fixtures/diff/seed-changes/files'), repo, { recursive: true, force: true });
  git('add', '-A');
  git('commit', '-qm', 'changes');
  const seed = measureVsNode(
    'diff HEAD~1 HEAD (seed, git)',
    ...pc(['diff', 'HEAD~1', 'HEAD'], { cwd: repo, n: runs(15) }),
  );
  const head = changedCopy(corpora.docs4k, 'docs-4000-changed');
  const big = measure(
    'diff of two 4,000-document corpora',
    ...pc(['diff', corpora.docs4k, head, '--format', 'json'], { n: runs(5), memory: true }),
  );
  return () => {
    show(seed, base, '', { text: '<= 4x node', check: (r) => r.median <= 4 * (r.base ?? base) });
    show(big, base, '', { text: '< 3 s, peak < 300 MB', memory: true, check: (r) => r.median < 3000 && r.rss < 300 });
  };
}
const showDiff = benchDiff();

// Report.
const MEMORY = { text: 'peak < 200 MB', memory: true, check: (r) => r.rss < 200 };
const perSecond = (r) => (r.error ? 0 : r.docs / (r.median / 1000));
show(base1, undefined, 'baseline');
show(version, base, '', { text: '<= 1.5x node', check: (r) => r.median <= 1.5 * (r.base ?? base) });
show(seedValidate, base, '', { text: '<= 3x node', check: (r) => r.median <= 3 * (r.base ?? base) });
show(seedWho, base, '', { text: '<= 3x node', check: (r) => r.median <= 3 * (r.base ?? base) });
show(seedRender, base, '', { text: '<= 4x node', check: (r) => r.median <= 4 * (r.base ?? base) });
show(gateCheck, base, gateCheck.error ? '' : `${(gateCheck.bytes / 1e6).toFixed(1)} MB report`, {
  text: '<= 3x node',
  check: (r) => r.median <= 3 * (r.base ?? base),
});
for (const key of ['docs1k', 'docs2k', 'docs4k']) {
  const r = scale[key];
  const extra = r.error ? '' : `${perSecond(r).toFixed(0)} docs/s, ${((r.median / r.docs) * 1000).toFixed(0)} µs/doc`;
  const target =
    key === 'docs1k'
      ? { text: '>= 1,500 docs/s', check: (x) => perSecond(x) >= 1500 }
      : key === 'docs4k'
        ? MEMORY
        : undefined;
  show(r, base, extra, target);
}
show(cacheWarm, base, cacheWarm.error ? '' : `${(scale.docs1k.docs / (cacheWarm.median / 1000)).toFixed(0)} docs/s`, {
  text: '<= 2.5x node',
  check: (r) => r.median <= 2.5 * (r.base ?? base),
});
show(big, base, '', MEMORY);
show(orgValidate, base, '', MEMORY);
show(orgWho, base);
show(orgRender, base);
show(codeowners.seed, base, '', { text: '<= 3x node', check: (r) => r.median <= 3 * (r.base ?? base) });
show(codeowners.org, base, '', { text: '< 1.5 s', check: (r) => r.median < 1500 });
show(codeowners.import, base, '', { text: '< 2 s', check: (r) => r.median < 2000 });
show(exportIcs.seed, base, '', { text: '<= 3x node', check: (r) => r.median <= 3 * (r.base ?? base) });
show(exportIcs.org, base, '', { text: '< 1 s', check: (r) => r.median < 1000 });
showDiff();
for (const [r, docs] of peerRows)
  show({ ...r, docs }, base, r.error ? '' : `${(docs / (r.median / 1000)).toFixed(0)} docs/s`);

const widths = [0, 1, 2, 3, 4].map((i) =>
  Math.max(...rows.map((row) => row[i].length), ['what', 'median', 'vs node', 'notes', 'target'][i].length),
);
const line = (cells) =>
  cells
    .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log('\n' + line(['what', 'median', 'vs node', 'notes', 'target']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));

// Linearity: what each further document costs, from 1k to 2k and from 2k to 4k documents (start-up,
// perfcoord's included, cancels out). Linear growth keeps the two close; quadratic growth doubles it.
if (!scale.docs1k.error && !scale.docs2k.error && !scale.docs4k.error) {
  const marginal = (a, b) => (b.median - a.median) / (b.docs - a.docs);
  const first = marginal(scale.docs1k, scale.docs2k);
  const second = marginal(scale.docs2k, scale.docs4k);
  const ratio = second / first;
  console.log(
    `\nlinearity: each further document costs ${(first * 1000).toFixed(0)} µs from 1k to 2k, ${(second * 1000).toFixed(0)} µs from 2k to 4k; ratio ${ratio.toFixed(2)} — ${ratio <= 1.5 ? 'ok' : 'MISSED'} (<= 1.5: linear)`,
  );
}
const slowest = peerRows.map(([r]) => r).filter((r) => !r.error);
if (slowest.length > 0 && !scale.docs1k.error) {
  console.log(
    `peers: ${slowest.map((r) => `${r.label} ${(r.median / scale.docs1k.median).toFixed(1)}x perfcoord's time`).join('; ')}`,
  );
}
// Throughput against ajv-cli on the same files and schemas, in this run: documents per second, as a multiple.
{
  const ajv = peerRows.find(([r]) => r.label.startsWith('ajv-cli'));
  if (ajv && !ajv[0].error && besideAjv && !besideAjv.error) {
    const [r, docs] = ajv;
    const ours = perSecond({ ...besideAjv, docs: scale.docs1k.docs });
    const theirs = docs / (r.median / 1000);
    console.log(
      `throughput: perfcoord validates ${(ours / theirs).toFixed(2)}x as many documents a second as ajv-cli (${ours.toFixed(0)} against ${theirs.toFixed(0)}, measured in turns) — ${ours / theirs >= 1.3 ? 'ok' : 'MISSED'} (>= 1.3x)`,
    );
  } else if (peers)
    console.log(`throughput against ajv-cli: not measured (${ajv?.[0].error ?? besideAjv?.error ?? 'no ajv-cli'})`);
}
// A megabyte of "[" after a quoted value (one syntax finding, not one per bracket), and 10,000
// small documents in one file (render within 4x validate's time).
function hostileInputs() {
  const dir = path.join(tmp, 'hostile');
  mkdirSync(path.join(dir, 'coordination'), { recursive: true });
  writeFileSync(path.join(dir, 'brackets.yaml'), `a: "x"${'['.repeat(1 << 20)}\n`);
  const flood = measure(
    'validate 1 MB of "[" after a value',
    ...pc(['validate', 'brackets.yaml', '-f', 'compact'], { cwd: dir, n: runs(5), ok: [1], memory: true }),
  );
  const verdict = (good, text) => `${good ? 'ok' : 'MISSED'} (${text})`;
  if (flood.error) console.log(`${flood.label}: failed, ${flood.error}`);
  else
    console.log(
      `${flood.label}: ${fmt(flood.median)}, peak ${flood.rss?.toFixed(0) ?? '?'} MB — ${verdict(flood.median < 1000 && (flood.rss ?? 0) < 200, '< 1 s, < 200 MB')}`,
    );
  writeFileSync(
    path.join(dir, 'perfcoord.yaml'),
    'apiVersion: perfcoord/v1\nkind: Project\nname: Many\ncoreTeam: t0\n',
  );
  const docs = Array.from({ length: 10_000 }, (_, i) =>
    i % 2 === 0
      ? `kind: Teams\nteams:\n  - { id: t${i}, name: Team ${i}, dependency: ${i === 0 ? 'core' : 'low'} }\n`
      : `kind: Ownership\nareas:\n  - { id: a${i}, title: Area ${i}, paths: [src/a${i}/**], owners: [{ team: t${i - 1} }] }\n`,
  );
  writeFileSync(
    path.join(dir, 'coordination/many.yaml'),
    docs.map((d) => `apiVersion: perfcoord/v1\n${d}`).join('---\n'),
  );
  const opts = { cwd: dir, n: runs(3), ok: [0, 1] };
  const validate = measure('validate 10,000 documents in one file', ...pc(['validate', '-f', 'compact'], opts));
  const render = measure(
    'render docs, the same file',
    ...pc(['render', 'docs', '--out', path.join(dir, 'docs'), '--force'], opts),
  );
  if (validate.error || render.error) console.log(`10,000 documents: failed, ${validate.error ?? render.error}`);
  else
    console.log(
      `10,000 documents in one file: validate ${fmt(validate.median)}, render docs ${fmt(render.median)} (${(render.median / validate.median).toFixed(2)}x) — ${verdict(render.median <= 4 * validate.median, 'render <= 4x validate')}`,
    );
}
console.log('');
hostileInputs();

rmSync(tmp, { recursive: true, force: true });
console.log(`\ncorpora in ${path.relative(ROOT, CORPUS_DIR)}/ (regenerated when the generator changes)`);
