import { doc, testRule } from './helpers/rule-tester.js';

const GATES = 'coordination/gates.yaml';
const gate = (criterion: string) => ({
  [GATES]: doc(
    'QualityGates',
    `\nid: g\nstages:\n  - id: load\n    owner: performance\n    criteria:\n      - ${criterion}\n`,
  ),
});

testRule('gate-criterion', {
  valid: [
    {
      name: 'a k6 percentile in ms',
      files: gate('{ metric: http_req_duration, source: k6, stat: p(95), target: "<= 200ms" }'),
    },
    {
      name: 'a k6 Rate as a percentage',
      files: gate('{ metric: http_req_failed, source: k6, stat: rate, target: "< 1%" }'),
    },
    {
      name: 'a category score as a percentage',
      files: gate('{ metric: "categories:seo", source: lighthouse, target: ">= 90%" }'),
    },
    {
      name: 'a benchmark in its own unit',
      files: gate('{ metric: "fib 20", source: bench, target: ">= 100 ops/sec" }'),
    },
  ],
  invalid: [
    {
      name: 'a k6 stat k6 does not have, with the near one',
      files: gate('{ metric: http_req_duration, source: k6, stat: p95, target: "<= 200ms" }'),
      findings: [
        'coordination/gates.yaml:8:56 error a criterion of gate load: "p95" is not a k6 stat; expected avg, min, max, med, p(N), rate, count or value; did you mean "p(95)"?',
      ],
    },
    {
      name: 'a category score above 1',
      files: gate('{ metric: "categories:performance", source: lighthouse, target: ">= 90" }'),
      findings: [
        'coordination/gates.yaml:8:73 error a criterion of gate load: a category score runs from 0 to 1; write ">= 0.9" or ">= 90%"',
      ],
    },
  ],
});
