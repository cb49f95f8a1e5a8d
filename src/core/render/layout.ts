/** The pages of the rendered docs: file names and titles, fixed so that links between pages hold. */
export const PAGES = {
  index: { file: 'index.md' },
  teams: { file: 'teams.md', title: 'Teams and impact map' },
  ownership: { file: 'ownership.md', title: 'Ownership' },
  gates: { file: 'quality-gates.md', title: 'Quality gates' },
  escalation: { file: 'escalation.md', title: 'Escalation runbook' },
  cadence: { file: 'cadence.md', title: 'Coordination cadence' },
  channels: { file: 'channels.md', title: 'Communication' },
  knowledge: { file: 'knowledge.md', title: 'Documentation and knowledge transfer' },
  metrics: { file: 'metrics.md', title: 'Metrics and KPIs' },
  risks: { file: 'risks.md', title: 'Risks' },
  plan: { file: 'plan.md', title: 'Implementation plan' },
} as const;
