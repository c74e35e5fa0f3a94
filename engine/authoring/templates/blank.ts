import type { Scenario } from '../../scenario/format';

/** The smallest valid scenario: one customer turn with one reply and one ending, all to be replaced. */
export const blankTemplate: Scenario = {
  $schema: './schema.json',
  id: 'new-scenario',
  title: 'New scenario',
  description: '[One or two sentences for trainees: the situation they will practise.]',
  industry: 'other',
  channel: 'chat',
  difficulty: 'beginner',
  estimatedMinutes: 5,
  learningObjectives: ['[What trainees should learn from this conversation.]'],
  persona: {
    name: '[Customer’s name]',
    background: '[Who the customer is and what happened before the conversation.]',
    startingMood: 'neutral',
    wants: '[What the customer wants from this conversation.]',
  },
  start: 'first-turn',
  nodes: [
    {
      id: 'first-turn',
      kind: 'customer',
      lines: ['[What the customer says first.]'],
      choices: [
        {
          id: 'first-reply',
          text: '[A reply the trainee can pick.]',
          scores: { respect: 50, helpfulness: 50, empathy: 50 },
          feedback: '[Why this reply earns its scores.]',
          next: 'ending',
        },
      ],
    },
    {
      id: 'ending',
      kind: 'end',
      outcome: 'resolved',
      closingLine: '[The customer’s last words.]',
    },
  ],
};
