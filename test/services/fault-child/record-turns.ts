/**
 * A stand-in for the app under a sudden kill: opens the data folder the way the app does
 * (createRapportServices), reports what it found, then plays late-parcel over and over, printing a
 * line for each turn the services acknowledged. The parent test kills it with SIGKILL at a random
 * moment and checks that every acknowledged turn survived.
 *
 * stdout, one JSON object a line:
 *   {"found": {"<attemptId>": {"status": "...", "turns": n}}, "health": "open"}  once, after opening
 *   {"ack": "<attemptId>", "turn": i}                                           after each recorded turn
 */
import type { Api, AttemptDetail } from '@api';
import type { Reply } from '../../../engine/play/types';
import { createRapportServices } from '../../../electron/services/rapport-services';

const [dataDir, scenariosDir] = process.argv.slice(2);
if (!dataDir || !scenariosDir) throw new Error('usage: record-turns <dataDir> <scenariosDir>');

const TRAINEE = 'Kit Killed';

function say(line: unknown): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** The reply this child gives at each turn of late-parcel: a choice, then a typed reply, then a choice. */
function replyAt(attempt: AttemptDetail): Reply {
  switch (attempt.state.nodeId) {
    case 'greet':
      return { kind: 'choice', choiceId: 'reassure' };
    case 'track':
      return { kind: 'text', text: `Turn ${attempt.turnCount}: I'm sorry it's late. I've checked and it arrives Friday.` };
    default:
      return { kind: 'choice', choiceId: 'nothing-needed' };
  }
}

/** Picks up the unfinished attempt the database holds (as the library offers to), or starts one. */
async function attemptToContinue(api: Api): Promise<AttemptDetail> {
  const unfinished = (await api.listAttempts({ traineeName: TRAINEE })).find((a) => a.status === 'in-progress');
  if (unfinished) return api.getAttempt({ attemptId: unfinished.id });
  return api.startAttempt({ scenarioId: 'late-parcel', traineeName: TRAINEE });
}

async function main(): Promise<void> {
  const { api } = await createRapportServices({ dataDir: dataDir!, scenariosDir: scenariosDir! });
  const health = await api.getHealth({});
  if (health.database.status !== 'open') {
    say({ found: {}, health: health.database.status, message: health.database.message });
    process.exit(3);
  }
  const found: Record<string, { status: string; turns: number }> = {};
  for (const a of await api.listAttempts({})) found[a.id] = { status: a.status, turns: a.turnCount };
  say({ found, health: 'open' });

  for (;;) {
    let attempt = await attemptToContinue(api);
    while (attempt.status === 'in-progress') {
      const turn = attempt.turnCount;
      attempt = await api.recordTurn({ attemptId: attempt.id, nodeId: attempt.state.nodeId, reply: replyAt(attempt) });
      say({ ack: attempt.id, turn });
    }
  }
}

main().catch((error: unknown) => {
  console.error(`record-turns: ${(error as Error).stack ?? String(error)}`);
  process.exit(2);
});
