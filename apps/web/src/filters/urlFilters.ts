import { actionStatuses, goalStatuses, noPlanFilters, type Board, type PlanFilters } from '@partnerboard/board';

/** What of the local UI state the address carries, so a filtered view can be shared and reloaded. */
export interface UrlState {
  filters: PlanFilters;
  swimlanes: boolean;
}

/** The values of a list parameter that are among `values` (anything else, from an old or edited link, is dropped). */
function known<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T[] {
  return list(params, name).filter((value): value is T => (values as readonly string[]).includes(value));
}

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return {
    filters: {
      partnerIds: list(params, 'partner'),
      ownerIds: list(params, 'owner'),
      statuses: known(params, 'status', actionStatuses),
      goalStatuses: known(params, 'goal-status', goalStatuses),
      overdue: params.get('overdue') === '1',
      pastTarget: params.get('past-target') === '1',
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
  if (filters.goalStatuses.length) params.set('goal-status', filters.goalStatuses.join(','));
  if (filters.overdue) params.set('overdue', '1');
  if (filters.pastTarget) params.set('past-target', '1');
  if (filters.mine) params.set('mine', '1');
  if (filters.text.trim()) params.set('q', filters.text);
  if (swimlanes) params.set('lanes', 'goal');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const emptyUrlState: UrlState = { filters: noPlanFilters, swimlanes: false };

/** How many organisations and people the filters named that the board does not have. */
export interface UnknownFilterIds {
  partners: number;
  people: number;
}

/**
 * The filters without the organisations and people the board does not have (from an old link, or
 * removed since), and how many were dropped: an unknown id would hide everything while its picker
 * shows "All". Judge only a board that has synced: before that the board may just be empty.
 */
export function withoutUnknownIds(
  filters: PlanFilters,
  board: Pick<Board, 'partners' | 'people'>,
): { filters: PlanFilters; dropped: UnknownFilterIds } {
  const partners = new Set(board.partners.map((partner) => partner.id));
  const people = new Set(board.people.map((person) => person.id));
  const partnerIds = filters.partnerIds.filter((id) => partners.has(id));
  const ownerIds = filters.ownerIds.filter((id) => people.has(id));
  const dropped = { partners: filters.partnerIds.length - partnerIds.length, people: filters.ownerIds.length - ownerIds.length };
  if (dropped.partners === 0 && dropped.people === 0) return { filters, dropped };
  return { filters: { ...filters, partnerIds, ownerIds }, dropped };
}

/** Tells, in words, which filters were cleared because the board does not have what they named. */
export function unknownIdsMessage({ partners, people }: UnknownFilterIds): string {
  const named = [
    partners === 1 ? 'an organisation' : partners > 1 ? `${partners} organisations` : '',
    people === 1 ? 'a person' : people > 1 ? `${people} people` : '',
  ].filter(Boolean);
  const many = partners + people > 1;
  return `${many ? 'The filters named' : 'The filter named'} ${named.join(' and ')} this board does not have (perhaps removed), so ${many ? 'they were' : 'it was'} cleared.`;
}
