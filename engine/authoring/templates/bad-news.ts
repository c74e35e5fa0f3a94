import type { Scenario } from '../../scenario/format';

/**
 * A hopeful customer who must hear "no": saying it clearly and kindly, explaining why, and offering
 * what can be done. Text in [square brackets] is for the trainer to replace.
 */
export const badNewsTemplate: Scenario = {
  $schema: './schema.json',
  id: 'bad-news-to-deliver',
  title: 'Bad news to deliver',
  description: '[One or two sentences for trainees: what the customer hopes for, and the news they must give instead.]',
  industry: 'other',
  channel: 'phone',
  difficulty: 'intermediate',
  estimatedMinutes: 7,
  skills: ['delivering bad news', 'offering alternatives'],
  learningObjectives: [
    'Give bad news clearly, without hiding it in qualifications',
    'Acknowledge the disappointment and explain the reason',
    'Offer what can be done instead',
  ],
  persona: {
    name: '[Customer’s name]',
    background: '[Who the customer is and what they are hoping for, e.g. a refund outside the return period.]',
    startingMood: 'hopeful',
    wants: '[What the customer hopes to hear.]',
  },
  start: 'request',
  nodes: [
    {
      id: 'request',
      kind: 'customer',
      mood: 'hopeful',
      lines: ['[The customer asks for what they hope to get.]'],
      choices: [
        {
          id: 'clear-and-kind',
          text: '[A reply that gives the news plainly and kindly, with the reason.]',
          scores: { respect: 95, helpfulness: 80, empathy: 85 },
          feedback: 'Clear and kind: the customer knows where they stand and why.',
          next: 'disappointed',
        },
        {
          id: 'vague',
          text: '[A reply that hedges so much the customer cannot tell the answer is no.]',
          scores: { respect: 60, helpfulness: 25, empathy: 50 },
          feedback: 'Hiding the news raises false hope and makes the eventual “no” harder.',
          next: 'false-hope',
        },
        {
          id: 'blunt',
          text: '[A curt “no, that’s the policy” with no reason or empathy.]',
          scores: { respect: 35, helpfulness: 30, empathy: 5 },
          feedback: 'Policy without a reason or acknowledgement feels like a door slammed shut.',
          next: 'upset',
        },
      ],
    },
    {
      id: 'false-hope',
      kind: 'customer',
      mood: 'confused',
      lines: ['[The customer asks whether that means yes.]'],
      choices: [
        {
          id: 'say-it-plainly',
          text: '[A reply that now says clearly that the answer is no, and why.]',
          scores: { respect: 85, helpfulness: 75, empathy: 70 },
          feedback: 'Better late than never: the customer now knows where they stand.',
          next: 'disappointed',
        },
      ],
    },
    {
      id: 'upset',
      kind: 'customer',
      mood: 'upset',
      lines: ['[The customer reacts badly to the curt answer.]'],
      freeText: {
        prompt: 'Acknowledge their disappointment, explain the reason, and offer what you can.',
        keyPoints: [
          {
            id: 'acknowledge-disappointment',
            description: 'Acknowledge the disappointment',
            examples: ['I understand this isn’t what you hoped to hear'],
          },
          {
            id: 'explain-reason',
            description: 'Explain the reason behind the decision',
            examples: ['[the reason, in plain words]'],
          },
          { id: 'offer-alternative', description: 'Offer an alternative', examples: ['[what you can offer instead]'] },
        ],
        avoid: ['it’s policy', 'there’s nothing I can do'],
        modelReply: '[A reply an experienced agent would give here.]',
        branches: [
          { when: { empathy: { below: 40 } }, next: 'lost', feedback: 'Without acknowledgement the customer gives up on you.' },
          { next: 'disappointed' },
        ],
      },
    },
    {
      id: 'disappointed',
      kind: 'customer',
      mood: 'upset',
      lines: ['[The customer, disappointed, asks what they can do now.]'],
      choices: [
        {
          id: 'offer-alternative',
          text: '[A reply offering a real alternative and the next step.]',
          scores: { respect: 90, helpfulness: 90, empathy: 80 },
          feedback: 'A real alternative gives the customer a way forward.',
          next: 'accepted',
        },
        {
          id: 'nothing-to-offer',
          text: '[A reply that says there is nothing else to be done.]',
          scores: { respect: 60, helpfulness: 20, empathy: 30 },
          feedback: 'Leaving the customer with nothing makes the bad news worse.',
          next: 'lost',
        },
      ],
    },
    {
      id: 'accepted',
      kind: 'end',
      outcome: 'resolved',
      mood: 'neutral',
      closingLine: '[The customer accepts the alternative, disappointed but treated fairly.]',
      debrief: 'Clear news, a reason and an alternative keep the customer’s trust even when the answer is no.',
    },
    {
      id: 'lost',
      kind: 'end',
      outcome: 'customer-lost',
      mood: 'angry',
      closingLine: '[The customer leaves unhappy, e.g. says they will take their business elsewhere.]',
      debrief: 'Bad news without empathy or an alternative loses customers.',
    },
  ],
};
