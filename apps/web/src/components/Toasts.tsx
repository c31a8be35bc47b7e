import { useToasts, type Toast } from '../state/toasts';
import { IconButton } from './IconButton';

export type { Toast };

/** Shows a message to the user, e.g. showToast({ tone: 'error', message: err.message }). */
export function showToast(toast: Omit<Toast, 'id'>): void {
  useToasts.getState().show(toast);
}

/** The live region where toasts appear; screen readers announce each as it arrives. */
export function Toasts() {
  const toasts = useToasts((state) => state.toasts);
  const dismiss = useToasts((state) => state.dismiss);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span className="toast__message">{toast.message}</span>
          <IconButton label="Dismiss message" onClick={() => dismiss(toast.id)}>
            ✕
          </IconButton>
        </div>
      ))}
    </div>
  );
}
