import { useEffect, useState } from 'react';
import { selectUnsaved, useEditorStore } from '../../stores/editor-store';
import { useRouteStore } from '../../stores/route-store';

/**
 * While the editor holds unsaved changes, leaving it (the header's links, Escape, the browser's
 * back button) waits for the trainer's answer, and closing the window asks the browser's own
 * question. Returns the held departure, to go ahead with (`leave`) or drop (`stay`).
 */
export function useLeaveGuard(): { leave: (() => void) | null; stay: () => void } {
  const unsaved = useEditorStore(selectUnsaved);
  const setLeaveGuard = useRouteStore((s) => s.setLeaveGuard);
  const [held, setHeld] = useState<{ leave: () => void } | null>(null);

  useEffect(() => {
    if (!unsaved) return;
    setLeaveGuard((leave) => setHeld({ leave }));
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [unsaved, setLeaveGuard]);

  return {
    leave: held
      ? () => {
          setHeld(null);
          held.leave();
        }
      : null,
    stay: () => setHeld(null),
  };
}
