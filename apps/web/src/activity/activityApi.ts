import type { ActivityResponse } from '@partnerboard/protocol';
import { request } from '../sync/boardApi';

/** Which lines to ask for: the newest `limit`, of one organisation and one person when given. */
export interface ActivityFilter {
  partner: string;
  person: string;
}

/** GET /api/boards/:id/activity: the board's activity in words, newest first (any link may read it). */
export function fetchActivityLines(boardId: string, token: string, filter: ActivityFilter, limit: number): Promise<ActivityResponse> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filter.partner) query.set('partner', filter.partner);
  if (filter.person) query.set('person', filter.person);
  return request<ActivityResponse>(`/api/boards/${encodeURIComponent(boardId)}/activity?${query.toString()}`, { token });
}
