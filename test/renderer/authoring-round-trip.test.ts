import { describe, expect, it } from 'vitest';
import { openForEditing } from '../../renderer/src/stores/editor-repair';
import { useEditorSaveStore } from '../../renderer/src/stores/editor-save-store';
import { useEditorStore } from '../../renderer/src/stores/editor-store';
import { createMemoryApi } from './memory-api';
import { bundledScenarioFiles } from './scenario-files';

const files = bundledScenarioFiles();

describe('every bundled scenario round-trips through the editor', () => {
  it.each(files.map((f) => [f.file, f] as const))(
    '%s loads and saves byte-identical, with no repairs and no problems',
    async (_name, file) => {
      const opened = openForEditing(file.file, file.text);
      expect(opened).toMatchObject({ ok: true, repairs: [] });
      if (!opened.ok) return;
      useEditorStore.getState().load({ file: file.file, status: 'published', revision: 'r', scenario: opened.scenario });
      expect(useEditorStore.getState().text).toBe(file.text);
      expect(useEditorStore.getState().problems).toEqual([]);
    },
  );

  it('saving an unchanged bundled scenario through the Api writes exactly the bytes it opened', async () => {
    const api = createMemoryApi({ files, traineeName: 'Tess Trainer' });
    for (const file of files) {
      const name = file.file.split('/').at(-1)!;
      expect(await useEditorSaveStore.getState().open(api, name, 'published')).toBe(true);
      expect(await useEditorSaveStore.getState().save(api, 'draft')).toBe(true);
      const draft = await api.openScenarioFile({ file: name, status: 'draft' });
      expect(draft.text).toBe(file.text);
    }
  });
});

describe('opening a file with problems', () => {
  it('fills in missing lists so the forms can show it, and says what it filled in', () => {
    const text = JSON.stringify({
      id: 'half',
      title: 'Half',
      nodes: [
        { id: 'a', kind: 'customer' },
        { id: 'b', kind: 'end' },
      ],
    });
    const opened = openForEditing('half.json', text);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.scenario.nodes[0]).toMatchObject({ lines: [] });
    expect(opened.repairs).toEqual([
      '$.persona was missing; it is now empty',
      '$.learningObjectives was missing; it is now an empty list',
      '$.nodes[0].lines was missing; it is now an empty list',
    ]);
  });

  it('refuses text that is not JSON, saying where and what to do', () => {
    const opened = openForEditing('broken.json', '{\n  "id": "x",\n  "title": \n}');
    expect(opened).toEqual({
      ok: false,
      reason: expect.stringMatching(/^broken\.json is not valid JSON at line 4, column 1 .*Fix it in a text editor/),
    });
  });
});
