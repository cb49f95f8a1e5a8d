import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { plain } from '../src/core/format/color.js';
import fc from 'fast-check';
import { displayWidth } from '../src/cli/columns.js';
import { lineWrap, table } from '../src/cli/commands/who-owns/table.js';
import { ROOT, SEED } from './helpers/run.js';

const OVERLAP = path.join(ROOT, 'test/fixtures/who-owns/overlap');

/** Runs perfcoord as on a terminal `columns` wide. */
async function onTerminal(
  args: string[],
  cwd: string,
  columns: number,
  env: Record<string, string> = { NO_COLOR: '1' },
) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: true, columns },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: true, columns },
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    cwd,
    env,
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('table', () => {
  it.each([
    // width, lines
    [80, ['ID  NAME        NOTE', 'a   first row   short', 'bb  second row  a longer note than the others']],
    // The free-text column gives way first, and wraps: its text is never cut…
    [
      30,
      [
        'ID  NAME        NOTE',
        'a   first row   short',
        'bb  second row  a longer note',
        '                than the',
        '                others',
      ],
    ],
    // …then, once it is down to a few characters, the widest of the others is cut.
    [
      20,
      [
        'ID  NAME      NOTE',
        'a   first r…  short',
        'bb  second …  a',
        '              longer',
        '              note',
        '              than',
        '              the',
        '              others',
      ],
    ],
  ] as const)('fits %i columns', (width, lines) => {
    const rows = [
      ['a', 'first row', 'short'],
      ['bb', 'second row', 'a longer note than the others'],
    ];
    expect(table(['ID', 'NAME', 'NOTE'], rows, width, plain)).toEqual(lines);
  });
});

describe('who-owns on a terminal: compact tables', () => {
  it('shows an area as a table of its teams', async () => {
    const r = await onTerminal(['who-owns', 'database_optimization'], SEED, 120);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'database_optimization  Database optimization',
        'paths: src/db/**, migrations/**  (coordination/ownership/backend-shared-responsibilities.yaml:7)',
        'TEAM         LEAD          CHANNEL            HOLDS',
        'backend      backend_lead  #backend-dev       Query optimization, schema design',
        'performance  perf_lead     #performance-team  Connection pooling, caching strategies',
        'escalate: performance_escalation level 1 · in 15min · performance_engineer, backend_engineer · #architecture-escalation',
        '',
      ].join('\n'),
    );
  });

  it('wraps what a team holds and where to escalate on a narrow terminal, never cutting it', async () => {
    const r = await onTerminal(['who-owns', 'database_optimization'], SEED, 80);
    expect(r.stdout).toBe(
      [
        'database_optimization  Database optimization',
        'paths: src/db/**, migrations/**',
        '  (coordination/ownership/backend-shared-responsibilities.yaml:7)',
        'TEAM         LEAD          CHANNEL            HOLDS',
        'backend      backend_lead  #backend-dev       Query optimization, schema design',
        'performance  perf_lead     #performance-team  Connection pooling, caching',
        '                                              strategies',
        'escalate: performance_escalation level 1 · in 15min · performance_engineer,',
        '  backend_engineer · #architecture-escalation',
        '',
      ].join('\n'),
    );
  });

  it('never breaks a long word or path apart with a space when it wraps', () => {
    expect(lineWrap('defined in coordination/ownership/backend-shared-responsibilities.yaml:7', 30)).toEqual([
      'defined in',
      '  coordination/ownership/backe',
      '  nd-shared-responsibilities.y',
      '  aml:7',
    ]);
  });

  it('shows joint duties in the table', async () => {
    const r = await onTerminal(['who-owns', 'performance_monitoring'], SEED, 120);
    expect(r.stdout.split('\n').slice(1, 5)).toEqual([
      'defined in coordination/ownership/joint-responsibilities.yaml:7',
      'TEAM         LEAD         CHANNEL            HOLDS',
      'devops       devops_lead  #devops-infra      setup, maintenance (joint with performance)',
      'performance  perf_lead    #performance-team  configuration, maintenance (joint with devops)',
    ]);
  });

  it('shows a path tie as a table of the claims', async () => {
    const r = await onTerminal(['who-owns', 'lib/shared/util.ts'], OVERLAP, 100);
    expect(r.stdout.split('\n\n')[0]).toBe(
      [
        'lib/shared/util.ts',
        'AREA      PATTERN        RESULT',
        'shared_a  lib/shared/**  tie: neither wins',
        'shared_b  /lib/shared/   tie: neither wins',
        'make one pattern more specific, so that one area wins',
      ].join('\n'),
    );
  });

  it.each([
    [['who-owns', 'incident_response'], SEED],
    [['who-owns', '--team', 'performance'], SEED],
    [['who-owns', '--team', 'data'], OVERLAP],
    [['who-owns', 'src/db/migrations/001.sql'], OVERLAP],
    [['who-owns', '--unowned'], path.join(ROOT, 'test/fixtures/who-owns/gaps')],
  ])('keeps %j within 60 columns', async (args, cwd) => {
    const r = await onTerminal(args, cwd, 60);
    const long = r.stdout.split('\n').filter((l) => l.length > 60);
    expect(long).toEqual([]);
    expect(r.stdout).not.toBe('');
  });

  it('colours only when allowed', async () => {
    const coloured = await onTerminal(['who-owns', 'database_optimization'], SEED, 120, {});
    expect(coloured.stdout).toContain('\u001b[1mdatabase_optimization\u001b[22m');
    const noColor = await onTerminal(['who-owns', '--no-color', 'database_optimization'], SEED, 120, {});
    expect(noColor.stdout).not.toContain('\u001b[');
    const json = await onTerminal(['who-owns', '--json', 'database_optimization'], SEED, 120, {});
    expect(json.stdout).not.toContain('\u001b[');
    expect(JSON.parse(json.stdout).version).toBe(1);
  });
});

describe('table in display columns', () => {
  it('aligns a CJK team name by the columns it takes on screen, not by its length', () => {
    const lines = table(
      ['TEAM', 'LEAD', 'HOLDS'],
      [
        ['性能团队', 'lead_a', 'monitoring'],
        ['backend', 'lead_b', 'queries'],
      ],
      80,
      plain,
    );
    expect(lines).toEqual(['TEAM      LEAD    HOLDS', '性能团队  lead_a  monitoring', 'backend   lead_b  queries']);
    // Each LEAD cell starts at the same screen column.
    expect(
      new Set(lines.map((l) => displayWidth(l.slice(0, l.indexOf(l.includes('lead_') ? 'lead_' : 'LEAD'))))),
    ).toEqual(new Set([10]));
  });

  it('cuts wide text between characters, within the width', () => {
    const lines = table(['ID', 'NOTE'], [['数据库优化数据库优化', '说明 说明 说明']], 14, plain);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(14);
    expect(lines[1]).toBe('数据…   说明');
  });

  it('never lets a line grow past the width, whatever the text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '中', '文', 'é', '👍', '-'), maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell), { maxLength: 4 }),
        fc.integer({ min: 30, max: 60 }),
        (rows, width) => {
          for (const line of table(['A', 'B', 'C'], rows, width, plain))
            expect(displayWidth(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
