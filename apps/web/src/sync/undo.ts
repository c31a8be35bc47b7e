import { createContext, createElement, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { undoScope } from '@partnerboard/board';
import * as Y from 'yjs';

export interface Undo {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo over the board's top-level maps, tracking only transactions with my origin: I can take back
 * my own changes, never someone else's (their updates arrive with the provider as origin).
 */
export function createUndoManager(doc: Y.Doc, origin: object): Y.UndoManager {
  return new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([origin]) });
}

const UndoContext = createContext<Y.UndoManager | null>(null);

export function UndoProvider({ manager, children }: { manager: Y.UndoManager; children: ReactNode }) {
  return createElement(UndoContext.Provider, { value: manager }, children);
}

function subscribeTo(manager: Y.UndoManager) {
  return (listener: () => void) => {
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
    for (const event of events) manager.on(event, listener);
    return () => {
      for (const event of events) manager.off(event, listener);
    };
  };
}

/** Undo and redo of my own changes, with whether each can run now. */
export function useUndo(): Undo {
  const manager = useContext(UndoContext);
  if (!manager) throw new Error('useUndo is used outside <UndoProvider>.');
  const subscribe = useMemo(() => subscribeTo(manager), [manager]);
  const canUndo = useSyncExternalStore(subscribe, () => manager.canUndo());
  const canRedo = useSyncExternalStore(subscribe, () => manager.canRedo());
  return useMemo(
    () => ({ undo: () => void manager.undo(), redo: () => void manager.redo(), canUndo, canRedo }),
    [manager, canUndo, canRedo],
  );
}

/** True when the keystroke belongs to a text box, which has its own undo (inputs, the notes editor). */
function inTextEditor(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('.cm-editor')) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo; except while typing in a text box. */
export function useUndoShortcuts(undo: Undo, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      if (inTextEditor(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        undo.redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, enabled]);
}
