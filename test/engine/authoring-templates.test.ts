import { describe, expect, it } from 'vitest';
import { formatScenario } from '../../engine/authoring/format-scenario';
import { createFromTemplate, scenarioTemplates } from '../../engine/authoring/templates';
import { validateScenarioText } from '../../engine/scenario/validate';

describe('scenarioTemplates', () => {
  it('offers an angry customer, an information request, bad news to deliver and a blank scenario', () => {
    expect(scenarioTemplates.map((t) => t.name)).toEqual([
      'Angry customer',
      'Information request',
      'Bad news to deliver',
      'Blank',
    ]);
  });

  it.each(scenarioTemplates.map((t) => [t.name, t] as const))('"%s" is a valid scenario with no problems', (_name, template) => {
    const text = formatScenario(template.scenario);

    expect(validateScenarioText(`${template.id}.json`, text).problems).toEqual([]);
    expect(template.scenario.$schema).toBe('./schema.json');
  });

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
  it('gives a copy with the trainer’s id and title that still validates', () => {
    const scenario = createFromTemplate('bad-news', { id: 'refund-refused', title: 'Refund refused' });

    expect(scenario).toMatchObject({ id: 'refund-refused', title: 'Refund refused' });
    expect(validateScenarioText('refund-refused.json', formatScenario(scenario)).problems).toEqual([]);
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
