import { doc, testRule } from './helpers/rule-tester.js';

const ESCALATION = 'coordination/escalation.yaml';

/** The example's matrix with `levels` instead of its own. */
const matrix = (levels: [level: number, responseTime: string][]) =>
  doc(
    'EscalationMatrix',
    `
id: checkout_escalation
title: Checkout escalation
channel: perf-incidents
levels:
${levels.map(([level, time]) => `  - level: ${level}\n    trigger: t${level}\n    responseTime: ${time}\n    responders: [perf_lead]\n`).join('')}`,
  );

testRule('escalation-response-order', {
  valid: [
    {
      name: 'faster at each level',
      files: {
        [ESCALATION]: matrix([
          [1, '30m'],
          [2, '15m'],
          [3, 'immediate'],
        ]),
      },
    },
    {
      name: 'as fast as the level before (the boundary)',
      files: {
        [ESCALATION]: matrix([
          [1, '15m'],
          [2, '15m'],
        ]),
      },
    },
    { name: 'one level', files: { [ESCALATION]: matrix([[1, '4h']]) } },
  ],
  invalid: [
    {
      name: 'one minute slower',
      files: {
        [ESCALATION]: matrix([
          [1, '15m'],
          [2, '16m'],
        ]),
      },
      findings: [
        'coordination/escalation.yaml:13:19 warning escalation level 2 answers in 16min, slower than level 1 (15min); a more serious level usually answers at least as fast',
      ],
    },
    {
      name: 'slower after immediate',
      files: {
        [ESCALATION]: matrix([
          [1, 'immediate'],
          [2, '5m'],
        ]),
      },
      findings: [
        'coordination/escalation.yaml:13:19 warning escalation level 2 answers in 5min, slower than level 1 (immediate); a more serious level usually answers at least as fast',
      ],
    },
  ],
});

testRule('escalation-levels', {
  valid: [
    {
      name: 'levels 1, 2, 3',
      files: {
        [ESCALATION]: matrix([
          [1, '30m'],
          [2, '15m'],
          [3, '5m'],
        ]),
      },
    },
  ],
  invalid: [
    {
      name: 'starts at 2',
      files: {
        [ESCALATION]: matrix([
          [2, '30m'],
          [3, '15m'],
        ]),
      },
      findings: [
        'coordination/escalation.yaml:7:12 error escalation level 2 is entry 1 of matrix checkout_escalation; number the levels 1, 2, 3 … in order without gaps (expected 1)',
        'coordination/escalation.yaml:11:12 error escalation level 3 is entry 2 of matrix checkout_escalation; number the levels 1, 2, 3 … in order without gaps (expected 2)',
      ],
    },
    {
      name: 'skips a level',
      files: {
        [ESCALATION]: matrix([
          [1, '30m'],
          [3, '15m'],
        ]),
      },
      findings: [
        'coordination/escalation.yaml:11:12 error escalation level 3 is entry 2 of matrix checkout_escalation; number the levels 1, 2, 3 … in order without gaps (expected 2)',
      ],
    },
  ],
});
