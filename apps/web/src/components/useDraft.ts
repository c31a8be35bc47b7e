import { useState } from 'react';

/**
 * A draft of a value from the board: my edit shows at once, and the board's value (mine once saved,
 * or someone else's) replaces it whenever it changes. The draft is reset while rendering, as React
 * advises for state that follows a prop, so no stale draft is ever drawn.
 */
export function useDraft<T>(value: T): [T, (draft: T) => void] {
  const [draft, setDraft] = useState(value);
  const [basis, setBasis] = useState(value);
  if (!Object.is(basis, value)) {
    setBasis(value);
    setDraft(value);
  }
  return [draft, setDraft];
}
