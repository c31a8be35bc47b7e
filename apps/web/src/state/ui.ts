import type { ActionStatus } from '@partnerboard/board';
import { create } from 'zustand';

/** The three views of a board; each has its own URL (/b/<id>/<view>). */
export const boardViews = ['board', 'goals', 'people'] as const;
export type BoardView = (typeof boardViews)[number];

export const boardViewLabel: Record<BoardView, string> = {
  board: 'Board',
  goals: 'Goals',
  people: 'People and partners',
};

export interface DetailTarget {
  kind: 'goal' | 'action';
  id: string;
}

/** What the filter bar narrows the plan to; held here and mirrored in the URL query. */
export interface ActionFilters {
  partnerIds: string[];
  ownerIds: string[];
  statuses: ActionStatus[];
  overdue: boolean;
  mine: boolean;
  text: string;
}

export const noFilters: ActionFilters = {
  partnerIds: [],
  ownerIds: [],
  statuses: [],
  overdue: false,
  mine: false,
  text: '',
};

export interface UiState {
  view: BoardView;
  setView(view: BoardView): void;
  /** The goal or action whose detail panel is open. */
  detail: DetailTarget | null;
  openDetail(kind: DetailTarget['kind'], id: string): void;
  closeDetail(): void;
  filters: ActionFilters;
  setFilters(patch: Partial<ActionFilters>): void;
  clearFilters(): void;
  /** Board view: one row of columns per goal. */
  swimlanes: boolean;
  setSwimlanes(on: boolean): void;
  /** Board view: show other people's live pointers. */
  showPointers: boolean;
  setShowPointers(on: boolean): void;
  /** An action to scroll into view on the board (e.g. the one just added), until a column shows it. */
  revealActionId: string | null;
  revealAction(id: string | null): void;
  /** The share-links panel (facilitators). */
  shareOpen: boolean;
  setShareOpen(open: boolean): void;
  /** The "who are you" prompt, opened again to change name or organisation. */
  identityOpen: boolean;
  setIdentityOpen(open: boolean): void;
}

/** Local UI state only: nothing here is part of the plan, nothing here is shared. */
export const useUi = create<UiState>()((set) => ({
  view: 'board',
  setView: (view) => set({ view }),
  detail: null,
  openDetail: (kind, id) => set({ detail: { kind, id } }),
  closeDetail: () => set({ detail: null }),
  filters: noFilters,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  clearFilters: () => set({ filters: noFilters }),
  swimlanes: false,
  setSwimlanes: (swimlanes) => set({ swimlanes }),
  showPointers: true,
  setShowPointers: (showPointers) => set({ showPointers }),
  revealActionId: null,
  revealAction: (revealActionId) => set({ revealActionId }),
  shareOpen: false,
  setShareOpen: (shareOpen) => set({ shareOpen }),
  identityOpen: false,
  setIdentityOpen: (identityOpen) => set({ identityOpen }),
}));

/** True when any filter narrows the plan. */
export function hasFilters(filters: ActionFilters): boolean {
  return (
    filters.partnerIds.length > 0 ||
    filters.ownerIds.length > 0 ||
    filters.statuses.length > 0 ||
    filters.overdue ||
    filters.mine ||
    filters.text.trim() !== ''
  );
}
