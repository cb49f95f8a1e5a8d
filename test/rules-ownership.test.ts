import { doc, testRule } from './helpers/rule-tester.js';

const OWNERSHIP = 'coordination/ownership.yaml';

/** An Ownership document with one area, `extra` its owners and duties. */
const area = (extra: string) =>
  doc(
    'Ownership',
    `
areas:
  - id: search
    title: Search
${extra}`,
  );

testRule('ownership-owner', {
  valid: [
    { name: 'an owner and no duty', files: { [OWNERSHIP]: area('    owners:\n      - team: backend\n') } },
    { name: 'no owner, one held duty', files: { [OWNERSHIP]: area('    duties:\n      monitoring: devops\n') } },
    {
      name: 'no owner, a joint duty',
      files: { [OWNERSHIP]: area('    duties:\n      review:\n        joint: [backend, devops]\n') },
    },
  ],
  invalid: [
    {
      name: 'neither owners nor duties',
      files: { [OWNERSHIP]: area('') },
      findings: [
        'coordination/ownership.yaml:4:9 error area search has no owner: add owners (a team and its responsibility) or duties with holders',
      ],
    },
    {
      name: 'only a duty nobody holds',
      files: { [OWNERSHIP]: area('    duties:\n      monitoring:\n') },
      findings: [
        'coordination/ownership.yaml:4:9 error area search has no owner: add owners (a team and its responsibility) or duties with holders',
      ],
    },
    {
      name: 'only a duty held by an empty list',
      files: { [OWNERSHIP]: area('    duties:\n      monitoring: []\n') },
      findings: [
        'coordination/ownership.yaml:4:9 error area search has no owner: add owners (a team and its responsibility) or duties with holders',
      ],
    },
  ],
});

testRule('ownership-duty-holder', {
  valid: [
    { name: 'one holder', files: { [OWNERSHIP]: area('    duties:\n      monitoring: devops\n') } },
    { name: 'a role holds it', files: { [OWNERSHIP]: area('    duties:\n      monitoring: perf_lead\n') } },
    {
      name: 'an explicit joint holding',
      files: { [OWNERSHIP]: area('    duties:\n      review:\n        joint: [backend, devops]\n') },
    },
  ],
  invalid: [
    {
      name: 'no holder',
      files: { [OWNERSHIP]: area('    owners:\n      - team: backend\n    duties:\n      monitoring:\n') },
      findings: [
        'coordination/ownership.yaml:9:18 error the duty "monitoring" of area search has no holder: name the one team or role accountable for it',
      ],
    },
    {
      name: 'a list of one (the boundary: one holder, written as a list)',
      files: { [OWNERSHIP]: area('    duties:\n      monitoring: [devops]\n') },
      findings: [
        'coordination/ownership.yaml:7:19 error the duty "monitoring" of area search is a list; write the holder as a single id: devops',
      ],
    },
    {
      name: 'a list of two',
      files: { [OWNERSHIP]: area('    duties:\n      monitoring: [devops, backend]\n') },
      findings: [
        'coordination/ownership.yaml:7:19 error the duty "monitoring" of area search lists 2 holders; name one accountable holder, or make the holding explicit with joint: [devops, backend]',
      ],
    },
  ],
});

testRule('joint-members', {
  valid: [
    {
      name: 'two teams',
      files: { [OWNERSHIP]: area('    duties:\n      review:\n        joint: [backend, devops]\n') },
    },
    {
      name: 'a team and a role of another team',
      files: { [OWNERSHIP]: area('    duties:\n      review:\n        joint: [backend, perf_lead]\n') },
    },
  ],
  invalid: [
    {
      name: 'one member (the boundary)',
      files: { [OWNERSHIP]: area('    duties:\n      review:\n        joint: [backend]\n') },
      findings: [
        'coordination/ownership.yaml:8:9 error the duty "review" of area search is held jointly by only backend; a joint holding names at least two teams or roles (or write backend alone)',
      ],
    },
    {
      name: 'the same team twice',
      files: { [OWNERSHIP]: area('    duties:\n      review:\n        joint: [backend, backend]\n') },
      findings: [
        'coordination/ownership.yaml:8:9 error the duty "review" of area search is held jointly by only backend; a joint holding names at least two teams or roles (or write backend alone)',
      ],
    },
  ],
});
