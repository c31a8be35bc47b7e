import { create } from 'zustand';

export interface Toast {
  id: number;
  tone: 'info' | 'error' | 'success';
  message: string;
}

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;
// Long enough to read a sentence aloud on a projector; errors stay until dismissed.
const readingTimeMs = 8000;

/** Messages for the user that are not tied to one field: refused writes, lost links, board errors. */
export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    // The same message twice in a row (e.g. a burst of refused writes) is shown once.
    if (get().toasts.some((t) => t.message === toast.message && t.tone === toast.tone)) return;
    set((state) => ({ toasts: [...state.toasts.slice(-3), { ...toast, id }] }));
    if (toast.tone !== 'error') setTimeout(() => get().dismiss(id), readingTimeMs);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));
