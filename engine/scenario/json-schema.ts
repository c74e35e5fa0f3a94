import { z } from 'zod';
import { ScenarioSchema } from './format';

/**
 * The published JSON Schema for scenario files, generated from the zod definition so the two cannot
 * drift. `scenarios/schema.json` holds this output; a test fails if the file is stale.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'https://rapport.invalid/scenario.schema.json',
    title: 'Rapport scenario',
    ...generated,
  };
}

/** The schema file's exact text: 2-space indent and a final newline, as committed. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
