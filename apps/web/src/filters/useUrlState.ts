import { useEffect } from 'react';
import { navigate } from '../routes/router';
import { formatUrlState, parseUrlState } from './urlFilters';
import { useUi } from '../state/ui';

function applyAddress(): void {
  const { filters, swimlanes } = parseUrlState(location.search);
  useUi.setState({ filters, swimlanes });
}

/**
 * Keeps filters and swimlanes in the address bar's query: read when the board opens and on
 * back/forward, written (without a new history entry) whenever they change.
 */
export function useUrlState(): void {
  useEffect(() => {
    applyAddress();
    window.addEventListener('popstate', applyAddress);
    const unsubscribe = useUi.subscribe((state, previous) => {
      if (state.filters === previous.filters && state.swimlanes === previous.swimlanes) return;
      const search = formatUrlState({ filters: state.filters, swimlanes: state.swimlanes });
      if (search !== location.search) navigate(`${location.pathname}${search}`, { replace: true });
    });
    return () => {
      window.removeEventListener('popstate', applyAddress);
      unsubscribe();
    };
  }, []);
}
