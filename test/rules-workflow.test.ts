import { doc, testRule } from './helpers/rule-tester.js';

const WORKFLOW = 'coordination/workflow.yaml';

/** A Workflow document: nodes as "id:type", edges as "from>to" or "from>to:label". */
const flow = (nodes: string[], edges: string[]) => ({
  [WORKFLOW]: doc(
    'Workflow',
    `
id: triage
title: Triage
nodes:
${nodes.map((n) => `  - { id: ${n.split(':')[0]}, type: ${n.split(':')[1]}, label: ${n.split(':')[0]} }\n`).join('')}edges:
${edges
  .map((e) => {
    const [from, rest = ''] = e.split('>');
    const [to, label] = rest.split(':');
    return `  - { from: ${from}, to: ${to}${label ? `, label: ${label}` : ''} }\n`;
  })
  .join('')}`,
  ),
});

const straight = flow(['a:start', 'b:task', 'c:end'], ['a>b', 'b>c']);
const decided = flow(['a:start', 'd:decision', 'b:task', 'c:end'], ['a>d', 'd>b:yes', 'd>c:no', 'b>c']);

testRule('workflow-structure', {
  valid: [
    { name: 'start, task, end', files: straight },
    { name: 'start straight to end (the shortest)', files: flow(['a:start', 'c:end'], ['a>c']) },
  ],
  invalid: [
    {
      name: 'no start',
      files: flow(['b:task', 'c:end'], ['b>c']),
      findings: [
        'coordination/workflow.yaml:6:3 error workflow triage has no start step: give the first node type: start',
      ],
    },
    {
      name: 'two starts',
      files: flow(['a:start', 'b:start', 'c:end'], ['a>c', 'b>c']),
      findings: [
        'coordination/workflow.yaml:7:20 error workflow triage has a second start step (b, after a); a workflow starts at exactly one step',
      ],
    },
    {
      name: 'no end',
      files: flow(['a:start', 'b:task'], ['a>b']),
      findings: ['coordination/workflow.yaml:6:3 error workflow triage has no end step: mark the final node type: end'],
    },
  ],
});

testRule('workflow-reachable', {
  valid: [{ name: 'every step on a path from the start', files: decided }],
  invalid: [
    {
      name: 'a step nothing leads to',
      files: flow(['a:start', 'b:task', 'c:end'], ['a>c', 'b>c']),
      findings: [
        'coordination/workflow.yaml:7:11 error step b of workflow triage cannot be reached from the start (a); add an edge to it or remove it',
      ],
    },
  ],
});

testRule('workflow-end', {
  valid: [{ name: 'every path ends at the end', files: straight }],
  invalid: [
    {
      name: 'a task with no way on',
      files: flow(['a:start', 'd:decision', 'b:task', 'c:end'], ['a>d', 'd>b:yes', 'd>c:no']),
      findings: [
        'coordination/workflow.yaml:8:11 error step b of workflow triage is a dead end: add an edge onwards, or make it type: end',
      ],
    },
  ],
});

testRule('workflow-decision', {
  valid: [{ name: 'two labelled branches (the fewest)', files: decided }],
  invalid: [
    {
      name: 'one branch',
      files: flow(['a:start', 'd:decision', 'c:end'], ['a>d', 'd>c:yes']),
      findings: [
        'coordination/workflow.yaml:7:20 error decision d of workflow triage has 1 branch; a decision needs at least two, or make it type: task',
      ],
    },
    {
      name: 'a branch without a label',
      files: flow(['a:start', 'd:decision', 'b:task', 'c:end'], ['a>d', 'd>b:yes', 'd>c', 'b>c']),
      findings: [
        'coordination/workflow.yaml:13:5 error the branch from decision d to c has no label: say which answer leads there (label: ...)',
      ],
    },
  ],
});
