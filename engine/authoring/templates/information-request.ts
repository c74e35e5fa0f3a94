import type { Scenario } from '../../scenario/format';

/**
 * A customer who needs something explained: clear answers, plain words and checking they understood.
 * Text in [square brackets] is for the trainer to replace.
 */
export const informationRequestTemplate: Scenario = {
  $schema: './schema.json',
  id: 'information-request',
  title: 'Information request',
  description: '[One or two sentences for trainees: who asks, what they need to know, and why it matters to them.]',
  industry: 'other',
  channel: 'chat',
  difficulty: 'beginner',
  estimatedMinutes: 5,
  skills: ['clear explanations', 'checking understanding'],
  learningObjectives: ['Answer the question that was asked, in plain words', 'Check the customer understood before closing'],
  persona: {
    name: '[Customer’s name]',
    background: '[Who the customer is and why they are asking, e.g. new to the service and unsure how billing works.]',
    startingMood: 'confused',
    wants: '[What the customer wants to know, e.g. when their first bill arrives and what it will include.]',
  },
  start: 'question',
  nodes: [
    {
      id: 'question',
      kind: 'customer',
      mood: 'confused',
      lines: ['[The customer’s question, in their words.]'],
      choices: [
        {
          id: 'clear-answer',
          text: '[A short, plain answer to exactly what was asked.]',
          scores: { respect: 90, helpfulness: 90, empathy: 70 },
          feedback: 'A direct answer in plain words respects the customer’s time.',
          next: 'follow-up-question',
        },
        {
          id: 'jargon',
          text: '[A correct answer full of internal terms the customer will not know.]',
          scores: { respect: 70, helpfulness: 40, empathy: 30 },
          feedback: 'Correct but hard to follow: internal terms leave the customer more confused.',
          next: 'still-confused',
        },
      ],
    },
    {
      id: 'still-confused',
      kind: 'customer',
      mood: 'confused',
      lines: ['[The customer says they did not understand.]'],
      freeText: {
        prompt: 'Explain again in plain words, then check they understood.',
        keyPoints: [
          { id: 'plain-answer', description: 'Answer the question in plain words', examples: ['[the answer, said simply]'] },
          {
            id: 'check-understanding',
            description: 'Check the customer understood',
            examples: ['does that make sense?', 'is that clear?'],
          },
        ],
        modelReply: '[A reply an experienced agent would give here.]',
        branches: [
          {
            when: { helpfulness: { below: 40 } },
            next: 'unclear-ending',
            feedback: 'The customer still does not have an answer.',
          },
          { next: 'follow-up-question' },
        ],
      },
    },
    {
      id: 'follow-up-question',
      kind: 'customer',
      mood: 'hopeful',
      lines: ['[A follow-up question the customer asks once the first is answered.]'],
      choices: [
        {
          id: 'answer-and-check',
          text: '[An answer that also checks whether anything else is unclear.]',
          scores: { respect: 90, helpfulness: 90, empathy: 80 },
          feedback: 'Checking for anything else unclear saves the customer a second call.',
          next: 'understood',
        },
        {
          id: 'rush-to-close',
          text: '[A quick answer that closes the chat without checking.]',
          scores: { respect: 60, helpfulness: 55, empathy: 40 },
          feedback: 'Rushing to close can leave questions unasked.',
          next: 'unclear-ending',
        },
      ],
    },
    {
      id: 'understood',
      kind: 'end',
      outcome: 'resolved',
      mood: 'satisfied',
      closingLine: '[The customer thanks you: everything is clear now.]',
      debrief: 'Plain answers and a check for understanding resolved it in one contact.',
    },
    {
      id: 'unclear-ending',
      kind: 'end',
      outcome: 'follow-up',
      mood: 'confused',
      closingLine: '[The customer leaves, still unsure, and will probably contact you again.]',
      debrief: 'The customer left unsure: answer in plain words and check they understood.',
    },
  ],
};
