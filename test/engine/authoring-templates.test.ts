import { describe, expect, it } from 'vitest';
import { formatScenario } from '../../engine/authoring/format-scenario';
import { createFromTemplate, scenarioTemplates } from '../../engine/authoring/templates';
import type { ScenarioProblem } from '../../engine/scenario/problem';
import { validateScenarioText } from '../../engine/scenario/validate';
import { withoutPlaceholders } from '../fixtures/filled-template';

const isPlaceholder = (p: ScenarioProblem) => p.message.startsWith('replace the placeholder');

describe('scenarioTemplates', () => {
  it('offers an angry customer, an information request, bad news to deliver and a blank scenario', () => {
    expect(scenarioTemplates.map((t) => t.name)).toEqual([
      'Angry customer',
      'Information request',
      'Bad news to deliver',
      'Blank',
    ]);
  });

  it.each(scenarioTemplates.map((t) => [t.name, t] as const))(
    '"%s" has no problems but its placeholders, which keep it from being published as it stands',
    (_name, template) => {
      const text = formatScenario(template.scenario);

      expect(validateScenarioText(`${template.id}.json`, text).problems.filter((p) => !isPlaceholder(p))).toEqual([]);
      expect(validateScenarioText(`${template.id}.json`, withoutPlaceholders(text)).problems).toEqual([]);
      expect(template.scenario.$schema).toBe('./schema.json');
    },
  );

  it.each(scenarioTemplates.map((t) => [t.name, t] as const))(
    '"%s" marks the text a trainer replaces with [square brackets]',
    (_name, template) => {
      const { persona, description } = template.scenario;
      expect([persona.name, persona.background, persona.wants, description].every((t) => /^\[.+\]$/.test(t))).toBe(true);
    },
  );

  it('the non-blank templates show both kinds of turn and more than one ending', () => {
    for (const template of scenarioTemplates.filter((t) => t.id !== 'blank')) {
      const nodes = template.scenario.nodes;
      expect(
        nodes.some((n) => n.kind === 'customer' && n.choices),
        template.id,
      ).toBe(true);
      expect(
        nodes.some((n) => n.kind === 'customer' && n.freeText),
        template.id,
      ).toBe(true);
      expect(nodes.filter((n) => n.kind === 'end').length, template.id).toBeGreaterThan(1);
    }
  });
});

describe('createFromTemplate', () => {
  it('gives a copy with the trainer’s id and title that validates once its placeholders are replaced', () => {
    const scenario = createFromTemplate('bad-news', { id: 'refund-refused', title: 'Refund refused' });
    const text = formatScenario(scenario);

    expect(scenario).toMatchObject({ id: 'refund-refused', title: 'Refund refused' });
    expect(validateScenarioText('refund-refused.json', text).problems.filter((p) => !isPlaceholder(p))).toEqual([]);
    expect(validateScenarioText('refund-refused.json', withoutPlaceholders(text)).problems).toEqual([]);
  });

  it('never changes the template when the copy is edited', () => {
    const scenario = createFromTemplate('angry-customer', { id: 'a', title: 'A' });
    scenario.nodes[0]!.id = 'changed';
    scenario.persona.name = 'Changed';

    const template = scenarioTemplates.find((t) => t.id === 'angry-customer')!.scenario;
    expect(template.nodes[0]!.id).toBe('complaint');
    expect(template.persona.name).toBe('[Customer’s name]');
  });
});
