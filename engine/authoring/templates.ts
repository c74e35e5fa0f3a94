/**
 * Starting points for a new scenario, so a trainer begins from a working conversation with the
 * right shape (turns, choices, free-text turns, endings) and replaces the text in [square brackets],
 * instead of facing an empty file.
 */
import type { Scenario } from '../scenario/format';
import { angryCustomerTemplate } from './templates/angry-customer';
import { badNewsTemplate } from './templates/bad-news';
import { blankTemplate } from './templates/blank';
import { informationRequestTemplate } from './templates/information-request';

export type ScenarioTemplateId = 'angry-customer' | 'information-request' | 'bad-news' | 'blank';

export interface ScenarioTemplate {
  id: ScenarioTemplateId;
  /** As shown to the trainer, e.g. "Angry customer". */
  name: string;
  /** What the template is good for, in one sentence. */
  summary: string;
  scenario: Scenario;
}

export const scenarioTemplates: readonly ScenarioTemplate[] = [
  {
    id: 'angry-customer',
    name: 'Angry customer',
    summary: 'An upset customer who escalates when brushed off and calms when heard.',
    scenario: angryCustomerTemplate,
  },
  {
    id: 'information-request',
    name: 'Information request',
    summary: 'A customer who needs something explained clearly, in plain words.',
    scenario: informationRequestTemplate,
  },
  {
    id: 'bad-news',
    name: 'Bad news to deliver',
    summary: 'A hopeful customer who must hear “no”, kindly, with a reason and an alternative.',
    scenario: badNewsTemplate,
  },
  {
    id: 'blank',
    name: 'Blank',
    summary: 'One turn and one ending, ready to grow.',
    scenario: blankTemplate,
  },
];

/**
 * A new scenario from a template with the trainer's id and title; a copy, so editing it never
 * changes the template. Throws for an unknown template id (a programming error, not a user one).
 */
export function createFromTemplate(templateId: ScenarioTemplateId, names: { id: string; title: string }): Scenario {
  const template = scenarioTemplates.find((t) => t.id === templateId);
  if (!template) throw new Error(`unknown scenario template "${templateId}"`);
  return { ...structuredClone(template.scenario), id: names.id, title: names.title };
}
