import { readBoard } from '@partnerboard/board';
import { useEffect } from 'react';
import { showToast } from '../components/Toasts';
import { useBoardSession } from '../session/BoardSession';
import { selectPartners, selectPeople, useBoard } from '../session/useBoard';
import { useConnection, useSynced } from '../sync/connectionContext';
import { unknownIdsMessage, withoutUnknownIds } from './urlFilters';
import { useUi } from '../state/ui';

/**
 * Clears filters naming an organisation or person the board does not have (an old link, or one
 * removed while filtered by), and says so; the address follows (useUrlState). Only once the server
 * has sent the board: the document is empty, or this browser's older copy, until then.
 */
export function useKnownFilterIds(): void {
  const { doc } = useBoardSession();
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const synced = useSynced(useConnection());
  const filters = useUi((s) => s.filters);

  useEffect(() => {
    if (!synced || (filters.partnerIds.length === 0 && filters.ownerIds.length === 0)) return;
    if (withoutUnknownIds(filters, { partners, people }).filters === filters) return;
    // The session's board is re-read once a frame; the document itself is up to date now.
    const { filters: known, dropped } = withoutUnknownIds(useUi.getState().filters, readBoard(doc));
    if (dropped.partners === 0 && dropped.people === 0) return;
    useUi.getState().setFilters({ partnerIds: known.partnerIds, ownerIds: known.ownerIds });
    showToast({ tone: 'info', message: unknownIdsMessage(dropped) });
  }, [synced, partners, people, filters, doc]);
}
