import type { Scenario } from '../../scenario/format';

/**
 * An upset customer who escalates when brushed off and calms when heard: the shape of most
 * de-escalation scenarios. Text in [square brackets] is for the trainer to replace.
 */
export const angryCustomerTemplate: Scenario = {
  $schema: './schema.json',
  id: 'angry-customer',
  title: 'Angry customer',
  description: '[One or two sentences for trainees: who calls, what went wrong, and what they must do well.]',
  industry: 'other',
  channel: 'phone',
  difficulty: 'intermediate',
  estimatedMinutes: 8,
  skills: ['de-escalation', 'owning the problem'],
  learningObjectives: [
    'Stay courteous when the customer is rude, without matching their tone',
    'Name the customer’s frustration before moving to the fix',
    'Own the fix and give a concrete time frame',
  ],
  persona: {
    name: '[Customer’s name]',
    background: '[Who the customer is and what went wrong, e.g. charged twice this month, cut off on the last call.]',
    startingMood: 'angry',
    wants: '[What the customer wants, e.g. the duplicate charge refunded before Friday, and to be taken seriously.]',
  },
  start: 'complaint',
  nodes: [
    {
      id: 'complaint',
      kind: 'customer',
      mood: 'angry',
      lines: ['[The customer’s opening complaint, in their words, e.g. “This is the third time I’ve called about this!”]'],
      choices: [
        {
          id: 'acknowledge-and-own',
          text: '[A reply that names the problem and the feeling, then takes ownership.]',
          scores: { respect: 95, helpfulness: 80, empathy: 95 },
          feedback: 'Naming the problem and the feeling before the fix tells the customer they were heard.',
          next: 'details',
        },
        {
          id: 'procedure-first',
          text: '[A polite reply that goes straight to procedure, e.g. asking for an account number.]',
          scores: { respect: 60, helpfulness: 55, empathy: 15 },
          feedback: 'Correct but cold: an angry customer who is not acknowledged usually gets angrier.',
          next: 'still-upset',
        },
        {
          id: 'calm-down',
          text: '[A reply that tells the customer to calm down.]',
          scores: { respect: 20, helpfulness: 15, empathy: 5 },
          feedback: '“Calm down” dismisses the feeling and usually escalates the call.',
          next: 'escalating',
        },
      ],
    },
    {
      id: 'still-upset',
      kind: 'customer',
      mood: 'frustrated',
      lines: ['[The customer, still upset: they feel they are not being listened to.]'],
      freeText: {
        prompt: 'Acknowledge what the customer said, then move to the fix.',
        keyPoints: [
          {
            id: 'acknowledge-problem',
            description: 'Acknowledge the specific problem',
            examples: ['[a phrase naming the problem, e.g. “I can see you were charged twice”]'],
          },
          {
            id: 'take-ownership',
            description: 'Take ownership of fixing it',
            examples: ['I’ll sort this out for you', 'leave it with me'],
          },
        ],
        avoid: ['calm down', 'as I said', 'that’s not my department'],
        modelReply: '[A reply an experienced agent would give here.]',
        branches: [
          {
            when: { empathy: { below: 35 } },
            next: 'escalating',
            feedback: 'Without acknowledgement the customer feels unheard.',
          },
          { next: 'details' },
        ],
      },
    },
    {
      id: 'escalating',
      kind: 'customer',
      mood: 'furious',
      lines: ['[The customer escalates, e.g. demands a manager.]'],
      freeText: {
        prompt: 'Stay respectful: apologise and offer to fix it yourself.',
        keyPoints: [
          {
            id: 'apologise',
            description: 'Apologise sincerely for how this has gone',
            examples: ['I’m sorry', 'I apologise for how this has gone'],
          },
          {
            id: 'offer-to-fix',
            description: 'Offer to fix it now rather than pass them on',
            examples: ['let me fix this for you now'],
          },
        ],
        modelReply: '[A calm, respectful reply that apologises and offers to fix it now.]',
        branches: [
          { when: { respect: { below: 40 } }, next: 'customer-lost', feedback: 'The customer gave up on being helped.' },
          { next: 'details' },
        ],
      },
    },
    {
      id: 'details',
      kind: 'customer',
      mood: 'frustrated',
      lines: ['[The customer gives the details you asked for, still wary.]'],
      choices: [
        {
          id: 'concrete-fix',
          text: '[A reply with the fix and a concrete time frame.]',
          scores: { respect: 90, helpfulness: 95, empathy: 80 },
          feedback: 'A concrete fix with a time frame turns anger into trust.',
          next: 'resolved',
        },
        {
          id: 'vague-promise',
          text: '[A reply that promises to look into it, without a time frame.]',
          scores: { respect: 70, helpfulness: 40, empathy: 50 },
          feedback: 'Vague promises leave an angry customer with nothing to hold on to.',
          next: 'follow-up',
        },
      ],
    },
    {
      id: 'resolved',
      kind: 'end',
      outcome: 'resolved',
      mood: 'reassured',
      closingLine: '[The customer’s last words when the problem is solved.]',
      debrief: 'Acknowledging the anger first made the fix land.',
    },
    {
      id: 'follow-up',
      kind: 'end',
      outcome: 'follow-up',
      mood: 'neutral',
      closingLine: '[The customer’s last words, unconvinced but willing to wait.]',
      debrief: 'The customer will call again unless the promise is kept: give a time frame next time.',
    },
    {
      id: 'customer-lost',
      kind: 'end',
      outcome: 'customer-lost',
      mood: 'furious',
      closingLine: '[The customer’s last words as they give up, e.g. “Forget it, I’m leaving.”]',
      debrief: 'Brushing off an angry customer escalates the call: acknowledge first, then fix.',
    },
  ],
};
