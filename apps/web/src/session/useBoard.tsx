import type { Board, Id } from '@partnerboard/board';
import { createContext, useContext, type ReactNode } from 'react';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';
import type { LiveBoard } from './useLiveBoard';

const LiveBoardContext = createContext<LiveBoard | null>(null);

export function LiveBoardProvider({ live, children }: { live: LiveBoard; children: ReactNode }) {
  return <LiveBoardContext.Provider value={live}>{children}</LiveBoardContext.Provider>;
}

/** The open board's live store, for event handlers that read the board as it is now (live.getBoard()). */
export function useLiveBoardStore(): LiveBoard {
  const live = useContext(LiveBoardContext);
  if (!live) throw new Error('useBoard is used outside a board: wrap the view in <LiveBoardProvider>.');
  return live;
}

/**
 * The part of the open board a component shows: it re-renders only when `select` gives a value that
 * is not `equal` to the last one. Entities keep their identity while unchanged (keepUnchanged), so
 * selecting an entity or a list of them needs no `equal`; a value built anew each time does.
 */
export function useBoard<T>(select: (board: Board) => T, equal?: (a: T, b: T) => boolean): T {
  const live = useLiveBoardStore();
  return useSyncExternalStoreWithSelector(live.subscribe, live.getBoard, null, select, equal);
}

/** The whole board: it changes on every edit, so a component that selects it re-renders on every edit. Prefer a slice. */
export const wholeBoard = (board: Board): Board => board;

const indexes = new WeakMap<readonly { id: Id }[], Map<Id, unknown>>();

/** An entity of a board list by id, through an index built once per version of the list. */
export function byId<T extends { id: Id }>(list: readonly T[], id: Id | null | undefined): T | undefined {
  if (!id) return undefined;
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((entity) => [entity.id, entity]));
    indexes.set(list, index);
  }
  return index.get(id) as T | undefined;
}

/** Equal when both lists hold the same items in the same order (for selections built anew each time). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

// Parts of the board many components select; each keeps its identity while unchanged.
export const selectMeta = (board: Board) => board.meta;
export const selectPartners = (board: Board) => board.partners;
export const selectPeople = (board: Board) => board.people;
export const selectGoals = (board: Board) => board.goals;
export const selectActions = (board: Board) => board.actions;
export const selectLeadPersonId = (board: Board) => board.meta.leadPersonId;
export const selectAuthors = (board: Board) => board.authors;

/** Equal when both are null (or undefined), or objects whose own fields are the same (for small values built anew each time, e.g. counts). */
export function sameFields<T extends object | null | undefined>(a: T, b: T): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && Object.is(left[key], right[key]));
}

/** Equal when both lists hold items that are the same field by field, in the same order (for lists of small values built anew each time). */
export function sameFieldsEach<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => sameFields(item, b[index]));
}
