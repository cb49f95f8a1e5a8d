import { teamsOf } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Ref, Team } from '../model/types.js';
import { holderRefs } from '../model/ownership.js';

export type GateRole = 'owner' | 'sign-off' | 'input';

export interface TeamGate {
  pipeline: string;
  pipelineTitle: string | null;
  stage: string;
  stageName: string | null;
  /** What the team does at the stage, in this order: owns it, signs it off, feeds it. */
  roles: GateRole[];
  /** True when the team owns the stage jointly with others. */
  jointOwner: boolean;
  /** What the team feeds into the stage. */
  inputs: string[];
}

/** Every quality-gate stage the team owns, signs off or gives an input to. */
export function teamGates(index: ModelIndex, team: Team): TeamGate[] {
  const isTeam = (ref: Ref) => teamsOf(index, ref.id).some((t) => t.id === team.id);
  const out: TeamGate[] = [];
  for (const pipeline of index.pipelines.values()) {
    for (const stage of pipeline.stages) {
      const roles: GateRole[] = [];
      const owns = stage.owner ? holderRefs(stage.owner).some(isTeam) : false;
      if (owns) roles.push('owner');
      if (stage.signOff.some(isTeam)) roles.push('sign-off');
      const inputs = stage.inputs.filter((i) => isTeam(i.from)).map((i) => i.input);
      if (inputs.length > 0) roles.push('input');
      if (roles.length === 0) continue;
      out.push({
        pipeline: pipeline.id,
        pipelineTitle: pipeline.title ?? null,
        stage: stage.id,
        stageName: stage.name ?? null,
        roles,
        jointOwner: owns && stage.owner?.kind === 'joint',
        inputs,
      });
    }
  }
  return out;
}
