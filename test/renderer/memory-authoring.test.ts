import { formatScenario } from '../../engine/authoring/format-scenario';
import { createFromTemplate } from '../../engine/authoring/templates';
import { withoutPlaceholders } from '../fixtures/filled-template';
import { createMemoryApi } from './memory-api';
import { broadband } from './scenario-files';

/** The in-memory Api the editor's component tests run against must follow the app's rules. */
describe('the in-memory authoring Api', () => {
  // Placeholders filled in, as a trainer would before publishing (they block it).
  const newScenario = () =>
    withoutPlaceholders(formatScenario(createFromTemplate('angry-customer', { id: 'late-refund', title: 'Late refund' })));

  it('lists the bundled files and opens one with its revision', async () => {
    const api = createMemoryApi({ files: [broadband()] });

    const listed = await api.listScenarioFiles({});
    const opened = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });

    expect(listed).toEqual([
      expect.objectContaining({
        file: 'double-charged-broadband.json',
        status: 'published',
        id: 'double-charged-broadband',
        problemCount: 0,
      }),
    ]);
    expect(opened).toMatchObject({ text: broadband().text, revision: expect.stringMatching(/^[0-9a-f]{64}$/), problems: [] });
  });

  it('puts a published scenario in the trainee library, ready to play', async () => {
    const api = createMemoryApi({ files: [broadband()] });
    const draft = await api.saveScenarioFile({
      file: 'late-refund.json',
      text: newScenario(),
      baseRevision: null,
      mode: 'draft',
    });

    await api.saveScenarioFile({ file: 'late-refund.json', text: newScenario(), baseRevision: draft.revision, mode: 'publish' });

    expect((await api.getLibrary({})).entries.map((e) => e.scenario?.id)).toEqual(['double-charged-broadband', 'late-refund']);
    expect((await api.listScenarioFiles({})).filter((f) => f.status === 'draft')).toEqual([]);
    expect((await api.startAttempt({ scenarioId: 'late-refund', traineeName: 'Ann' })).state.nodeId).toBe('complaint');
  });

  it('refuses to publish with problems and reports conflicts as the app does', async () => {
    const api = createMemoryApi({ files: [broadband()] });
    const opened = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });

    const refused = await api
      .saveScenarioFile({ file: 'broken.json', text: '{}', baseRevision: null, mode: 'publish' })
      .catch((e: Error) => e);
    const conflict = await api
      .saveScenarioFile({ file: 'double-charged-broadband.json', text: opened.text, baseRevision: null, mode: 'publish' })
      .catch((e: Error) => e);

    expect(refused).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/^cannot publish broken\.json: it has \d+ problems/),
    });
    expect(conflict).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already exists/) });
  });

  it('imports a Twee story as a draft and exports it back', async () => {
    const api = createMemoryApi({ files: [] });
    const twee = ':: StoryTitle\nHello\n:: Start\nHi there\n[[Hello back->Bye]]\n:: Bye\nBye now\n';

    const report = await api.importScenarios({ name: 'hello.twee', contentBase64: btoa(twee) });
    const exported = await api.exportScenarios({ files: [{ file: 'hello.json', status: 'draft' }] });

    expect(report.imported).toEqual([{ file: 'hello.json', title: 'Hello', problems: [] }]);
    expect(JSON.parse(atob(exported.contentBase64))).toMatchObject({ id: 'hello', start: 'start' });
  });
});
