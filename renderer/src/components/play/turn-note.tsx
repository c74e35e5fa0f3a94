/** Context from the scenario author (what is on the agent's screen), set apart from what is said. */
export function TurnNote({ note }: { note?: string }) {
  if (!note) return null;
  return (
    <p className="turn-note">
      <span className="turn-note__label">Note: </span>
      {note}
    </p>
  );
}
