/** The Teams and Ownership documents an imported CODEOWNERS becomes. */
import type { Flavor } from '../export/codeowners.js';
import { emitYaml } from '../init/yaml-emit.js';
import type { YamlValue } from '../init/yaml-emit.js';
import type { Model } from '../model/types.js';
import type { ImportPlan } from './codeowners-plan.js';

export interface ImportDocuments {
  /** Undefined when every handle is already a team's. */
  teams?: string;
  ownership: string;
  newTeams: number;
  areas: number;
  patterns: number;
}

const ID_MAX = 60;
const MAX_PATHS = 100;

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 't_$1');
  return s === '' ? 'team' : s.slice(0, ID_MAX).replace(/_+$/, '');
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, ID_MAX - 4)}_${n}`;
  taken.add(id);
  return id;
}

export function importDocuments(model: Model, plan: ImportPlan, flavor: Flavor, from: string): ImportDocuments {
  const taken = new Set<string>([
    ...model.teams.map((t) => t.id),
    ...model.roles.map((r) => r.id),
    ...model.groups.map((g) => g.id),
  ]);
  const teamOf = new Map<string, string>();
  for (const t of model.teams) {
    for (const h of [t.handles?.[flavor], t.handles?.email]) if (h !== undefined && !teamOf.has(h)) teamOf.set(h, t.id);
  }
  const newTeams: YamlValue[] = [];
  for (const g of plan.groups) {
    for (const owner of g.owners) {
      if (teamOf.has(owner)) continue;
      const email = !owner.startsWith('@');
      const id = unique(slug(email ? (owner.split('@')[0] ?? owner) : (owner.split('/').pop() ?? owner)), taken);
      teamOf.set(owner, id);
      newTeams.push({
        id,
        name: owner,
        dependency: 'medium',
        description: `Imported from ${from}; set its dependency on the core team and its name.`,
        handles: email ? { email: owner } : { [flavor]: owner },
      });
    }
  }
  const areas: YamlValue[] = [];
  const unowned: string[] = [];
  let patterns = 0;
  const areaIds = new Set(taken);
  for (const a of model.areas) areaIds.add(a.id);
  for (const g of plan.groups) {
    const globs = g.patterns.map((p) => p.glob);
    patterns += globs.length;
    if (g.owners.length === 0) {
      unowned.push(...globs);
      continue;
    }
    const teamIds = g.owners.map((o) => teamOf.get(o) ?? o);
    // An area takes at most MAX_PATHS patterns (the schema's bound): more make several areas.
    for (let i = 0; i < globs.length; i += MAX_PATHS) {
      areas.push({
        id: unique(slug(`code_${teamIds.join('_')}`), areaIds),
        title: `Code owned by ${g.owners.join(', ')}`.slice(0, 200),
        paths: globs.slice(i, i + MAX_PATHS),
        owners: [...new Set(teamIds)].map((team) => ({ team })),
      });
    }
  }
  const header = (schema: string) =>
    `# yaml-language-server: $schema=https://perfcoord.dev/schemas/v1/${schema}\n# Imported by perfcoord import codeowners from ${from.replace(/[\r\n]/g, '')}\n`;
  const ownership: Record<string, YamlValue> = {
    apiVersion: 'perfcoord/v1',
    kind: 'Ownership',
    title: 'Code owners',
    areas,
  };
  if (unowned.length > 0) ownership.unowned = unowned;
  return {
    ...(newTeams.length > 0
      ? {
          teams:
            header('teams.schema.json') +
            emitYaml({ apiVersion: 'perfcoord/v1', kind: 'Teams', title: 'Teams from CODEOWNERS', teams: newTeams }),
        }
      : {}),
    ownership: header('ownership.schema.json') + emitYaml(ownership),
    newTeams: newTeams.length,
    areas: areas.length,
    patterns,
  };
}
