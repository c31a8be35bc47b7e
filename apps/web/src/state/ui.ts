import { noPlanFilters, type PlanFilters } from '@partnerboard/board';
import { create } from 'zustand';
import type { BoardViewName } from '../views/viewRegistry';
import { clearedOn } from '../filters/viewFilters';

/** A view of the board; the address says which one is shown (views/viewRegistry.tsx lists them). */
export type BoardView = BoardViewName;

export interface DetailTarget {
  kind: 'goal' | 'action';
  id: string;
}

export interface UiState {
  /** The goal or action whose detail panel is open. */
  detail: DetailTarget | null;
  openDetail(kind: DetailTarget['kind'], id: string): void;
  closeDetail(): void;
  /** What the filter bar narrows the plan to; mirrored in the URL query. */
  filters: PlanFilters;
  setFilters(patch: Partial<PlanFilters>): void;
  /** Clears the filters that apply on this view; the others stay for the views they apply on. */
  clearFilters(view: BoardView): void;
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
  detail: null,
  openDetail: (kind, id) => set({ detail: { kind, id } }),
  closeDetail: () => set({ detail: null }),
  filters: noPlanFilters,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  clearFilters: (view) => set((state) => ({ filters: clearedOn(view, state.filters) })),
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
