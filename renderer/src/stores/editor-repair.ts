/**
 * Reads a scenario file's text into a value the editor's forms can show, even when the file has
 * problems. A valid file comes back exactly as parsed (so saving it again changes nothing); a file
 * missing a list or an object the forms need gets an empty one, and each such repair is described
 * so the trainer knows what Rapport filled in. Wrong values (an empty title, an unknown mood) are
 * left alone: validation shows them where they are.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Scenario } from '../../../engine/scenario/format';
import { LineIndex } from '../../../engine/scenario/line-index';

export type OpenedForEditing = { ok: true; scenario: Scenario; repairs: string[] } | { ok: false; reason: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fills what the forms need in one object, noting each repair under `where`. */
class Repairer {
  readonly repairs: string[] = [];

  object(owner: Json, key: string, where: string, optional = false): Json | undefined {
    const value = owner[key];
    if (isObject(value)) return value;
    if (optional && value === undefined) return undefined;
    if (optional) {
      delete owner[key];
      this.repairs.push(`${where}.${key} was not an object and was removed`);
      return undefined;
    }
    owner[key] = {};
    this.repairs.push(`${where}.${key} was ${value === undefined ? 'missing' : 'not an object'}; it is now empty`);
    return owner[key] as Json;
  }

  list(owner: Json, key: string, where: string, optional = false): unknown[] | undefined {
    const value = owner[key];
    if (Array.isArray(value)) return value;
    if (optional && value === undefined) return undefined;
    owner[key] = [];
    this.repairs.push(`${where}.${key} was ${value === undefined ? 'missing' : 'not a list'}; it is now an empty list`);
    return owner[key] as unknown[];
  }

  /** Each entry of a list must be an object; anything else becomes an empty one. */
  objects(items: unknown[], where: string): Json[] {
    return items.map((item, i) => {
      if (isObject(item)) return item;
      this.repairs.push(`${where}[${i}] was not an object; it is now empty`);
      items[i] = {};
      return items[i] as Json;
    });
  }
}

function repairFreeText(r: Repairer, node: Json, where: string): void {
  const freeText = r.object(node, 'freeText', where, true);
  if (!freeText) return;
  const at = `${where}.freeText`;
  r.objects(r.list(freeText, 'keyPoints', at)!, `${at}.keyPoints`).forEach((point, i) =>
    r.list(point, 'examples', `${at}.keyPoints[${i}]`),
  );
  r.list(freeText, 'avoid', at, true);
  r.objects(r.list(freeText, 'branches', at)!, `${at}.branches`).forEach((branch, i) =>
    r.object(branch, 'when', `${at}.branches[${i}]`, true),
  );
}

function repairNode(r: Repairer, node: Json, where: string): void {
  if (node.kind === 'end') return;
  if (node.kind !== 'customer') {
    r.repairs.push(`${where}.kind was ${JSON.stringify(node.kind)}; it is shown as a customer turn`);
    node.kind = 'customer';
  }
  r.list(node, 'lines', where);
  const choices = r.list(node, 'choices', where, true);
  if (choices)
    r.objects(choices, `${where}.choices`).forEach((choice, i) => r.object(choice, 'scores', `${where}.choices[${i}]`));
  repairFreeText(r, node, where);
}

/**
 * Parses `text` for the editor. Fails (with the place and what to do) only when the text is not a
 * JSON object at all: that needs a text editor, not forms.
 */
export function openForEditing(file: string, text: string): OpenedForEditing {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: notJson(file, text) };
  }
  if (!isObject(value)) {
    return { ok: false, reason: `${file} does not hold a scenario object. Start from a template instead.` };
  }
  const r = new Repairer();
  r.object(value, 'persona', '$');
  r.list(value, 'learningObjectives', '$');
  r.list(value, 'skills', '$', true);
  r.objects(r.list(value, 'nodes', '$')!, '$.nodes').forEach((node, i) => repairNode(r, node, `$.nodes[${i}]`));
  return { ok: true, scenario: value as unknown as Scenario, repairs: r.repairs };
}

/** Where the text stops being JSON, for a trainer to find in a text editor. */
function notJson(file: string, text: string): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const at = first && new LineIndex(text).position(first.offset);
  const what =
    first &&
    printParseErrorCode(first.error)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
  const place = at ? ` at line ${at.line}, column ${at.column} (${what})` : '';
  return `${file} is not valid JSON${place}. Fix it in a text editor, then open it here again.`;
}
