import { actionStatuses, type ActionStatus } from '@partnerboard/board';
import { noFilters, type ActionFilters } from './ui';

/** What of the local UI state the address carries, so a filtered view can be shared and reloaded. */
export interface UrlState {
  filters: ActionFilters;
  swimlanes: boolean;
}

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const statuses = list(params, 'status').filter((s): s is ActionStatus =>
    (actionStatuses as readonly string[]).includes(s),
  );
  return {
    filters: {
      partnerIds: list(params, 'partner'),
      ownerIds: list(params, 'owner'),
      statuses,
      overdue: params.get('overdue') === '1',
      mine: params.get('mine') === '1',
      text: params.get('q') ?? '',
    },
    swimlanes: params.get('lanes') === 'goal',
  };
}

/** The query string for this state ('' when nothing is set), e.g. '?status=blocked&q=discharge'. */
export function formatUrlState({ filters, swimlanes }: UrlState): string {
  const params = new URLSearchParams();
  if (filters.partnerIds.length) params.set('partner', filters.partnerIds.join(','));
  if (filters.ownerIds.length) params.set('owner', filters.ownerIds.join(','));
  if (filters.statuses.length) params.set('status', filters.statuses.join(','));
  if (filters.overdue) params.set('overdue', '1');
  if (filters.mine) params.set('mine', '1');
  if (filters.text.trim()) params.set('q', filters.text);
  if (swimlanes) params.set('lanes', 'goal');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const emptyUrlState: UrlState = { filters: noFilters, swimlanes: false };
