import type { Id, SinceMark } from '@partnerboard/board';
import { createContext, useContext, type ReactNode } from 'react';
import { useSinceLastLooked, type SinceState } from './useSinceLastLooked';

const SinceContext = createContext<SinceState | null>(null);

/** Holds what is new to me since I last looked, for the summary under the header and the marks on items. */
export function SinceProvider({ children }: { children: ReactNode }) {
  const since = useSinceLastLooked();
  return <SinceContext.Provider value={since}>{children}</SinceContext.Provider>;
}

/** What is new to me since I last looked, or null when nothing is. */
export function useSince(): SinceState | null {
  return useContext(SinceContext);
}

/** Whether an item is new or changed since I last looked (undefined when neither). */
export function useSinceMark(id: Id): SinceMark | undefined {
  return useContext(SinceContext)?.since.marks.get(id);
}
