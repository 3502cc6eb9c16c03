// The fields the student marked 不对 on the checklist, for the ready-made message to the teacher on
// the same page. Kept in memory only (field names, nothing the student typed); never stored.
type Listener = (fields: readonly string[]) => void;

let current: readonly string[] = [];
const listeners = new Set<Listener>();

export function wrongFields(): readonly string[] {
  return current;
}

export function setWrongFields(fields: readonly string[]): void {
  current = [...fields];
  listeners.forEach((listener) => {
    listener(current);
  });
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function onWrongFields(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
