import type { AttemptStatus } from '@api';
import type { Channel, Difficulty, Dimension, Industry, Mood, Outcome } from '../../../../engine/scenario/format';

/** How the format's identifiers read on screen. */
export const DIMENSION_LABEL: Record<Dimension, string> = {
  respect: 'Respect',
  helpfulness: 'Helpfulness',
  empathy: 'Empathy',
};

export const OUTCOME_LABEL: Record<Outcome, string> = {
  resolved: 'Resolved',
  escalated: 'Escalated',
  'follow-up': 'Follow-up needed',
  'customer-lost': 'Customer lost',
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  phone: 'Phone',
  chat: 'Chat',
  email: 'Email',
  'face-to-face': 'Face to face',
};

export const INDUSTRY_LABEL: Record<Industry, string> = {
  telecom: 'Telecom',
  'mobile-money': 'Mobile money',
  banking: 'Banking',
  airline: 'Airline',
  utilities: 'Utilities',
  retail: 'Retail',
  'e-commerce': 'E-commerce',
  healthcare: 'Healthcare',
  software: 'Software',
  internal: 'Internal support',
  other: 'Other',
};

export const DIFFICULTY_LABEL: Record<Difficulty, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const STATUS_LABEL: Record<AttemptStatus, string> = {
  'in-progress': 'In progress',
  finished: 'Finished',
  abandoned: 'Ended early',
};

export function moodLabel(mood: Mood): string {
  return mood.charAt(0).toUpperCase() + mood.slice(1);
}
