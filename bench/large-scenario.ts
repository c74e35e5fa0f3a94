/**
 * A generated scenario of any size, valid and realistic in shape: customer turns in a long chain,
 * each offering choices that move on, skip a turn or end the call, every third one also taking a
 * free-text reply with key points and score branches. Used by the editor benchmark and by tests
 * that need "a big scenario" without shipping a 500-node file.
 */
import type { CustomerTurn, Ending, Scenario } from '../engine/scenario/format';

const OUTCOMES = ['resolved', 'escalated', 'follow-up', 'customer-lost'] as const;

function ending(n: number): Ending {
  return {
    id: `end-${n}`,
    kind: 'end',
    outcome: OUTCOMES[n % OUTCOMES.length]!,
    closingLine: `Right. Thanks for your time, that's ending number ${n}.`,
    mood: n % 2 === 0 ? 'satisfied' : 'frustrated',
    debrief: `Ending ${n}: what the trainee did to get here and what to try next time.`,
  };
}

function turn(n: number, turns: number, endings: number): CustomerTurn {
  const next = (k: number) => (k < turns ? `turn-${k}` : `end-${k % endings}`);
  const node: CustomerTurn = {
    id: `turn-${n}`,
    kind: 'customer',
    lines: [`This is turn ${n}. My order number 10${n} still has not arrived.`, 'What are you going to do about it?'],
    mood: n % 3 === 0 ? 'angry' : 'frustrated',
    choices: [
      {
        id: 'own-it',
        text: `I'm sorry about order 10${n}; I'll track it now and call you back today.`,
        scores: { respect: 90, helpfulness: 85, empathy: 80 },
        feedback: 'Apologises, owns the problem and gives a time.',
        next: next(n + 1),
      },
      {
        id: 'policy',
        text: 'Our policy says parcels can take up to ten working days.',
        scores: { respect: 50, helpfulness: 30, empathy: 10 },
        feedback: 'Hides behind policy without helping.',
        next: next(n + 2),
      },
      {
        id: 'dismiss',
        text: 'There is nothing I can do.',
        scores: { respect: 20, helpfulness: 5, empathy: 5 },
        feedback: 'Leaves the customer with nothing.',
        next: `end-${n % endings}`,
      },
    ],
  };
  if (n % 3 === 0) {
    node.freeText = {
      prompt: 'Say sorry, then say what you will do.',
      keyPoints: [
        {
          id: 'apology',
          description: 'Apologises for the delay',
          examples: ["I'm sorry it's late", 'I apologise for the delay'],
        },
        {
          id: 'action',
          description: 'Says what they will do next',
          examples: ["I'll track the parcel now", 'I will call the courier'],
        },
      ],
      avoid: ['calm down', 'not my problem'],
      modelReply: `I'm sorry order 10${n} is late. I'll track it with the courier now and call you back before five.`,
      branches: [
        { when: { empathy: { below: 35 } }, next: `end-${n % endings}`, feedback: 'The customer felt brushed off.' },
        { next: next(n + 1) },
      ],
    };
  }
  return node;
}

/** A valid scenario with `nodeCount` nodes, four in five of them customer turns. */
export function largeScenario(nodeCount: number): Scenario {
  const endings = Math.max(1, Math.round(nodeCount / 5));
  const turns = nodeCount - endings;
  return {
    $schema: './schema.json',
    id: `generated-${nodeCount}`,
    title: `Generated scenario with ${nodeCount} nodes`,
    description: 'A long, generated conversation used to measure how the editor copes with big scenarios.',
    industry: 'e-commerce',
    channel: 'chat',
    difficulty: 'advanced',
    estimatedMinutes: 120,
    skills: ['patience'],
    learningObjectives: ['Keep helping through a very long conversation'],
    persona: {
      name: 'Sam Generated',
      background: 'A customer whose parcel has been lost many times over.',
      startingMood: 'frustrated',
      wants: 'Their parcel.',
    },
    start: 'turn-0',
    nodes: [
      ...Array.from({ length: turns }, (_, n) => turn(n, turns, endings)),
      ...Array.from({ length: endings }, (_, n) => ending(n)),
    ],
  };
}
