import type { ActivityLine, PersonalLinkRole, Role } from '@partnerboard/protocol';
import type { PersonalLink } from './BoardDirectory.ts';
import type { NamedSnapshotSummary } from './NamedSnapshots.ts';

// Rows as the SQL stores (SQLite and PostgreSQL) keep them: one table shape for both.

export interface PersonalLinkRow {
  id: string;
  board_id: string;
  role: PersonalLinkRole;
  token_hash: Buffer;
  name: string;
  organisation: string;
  person_id: string | null;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

export function toPersonalLink(row: PersonalLinkRow): PersonalLink {
  return {
    id: row.id,
    boardId: row.board_id,
    role: row.role,
    name: row.name,
    organisation: row.organisation,
    personId: row.person_id,
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
  };
}

export interface LineRow {
  id: string;
  from_at: string;
  at: string;
  name: string;
  organisation: string;
  role: Role;
  link_id: string | null;
  kind: string;
  item_id: string;
  field: string;
  text: string;
}

export function toLine(row: LineRow): ActivityLine {
  const { id, from_at: from, at, name, organisation, role, link_id: linkId, kind, item_id: itemId, field, text } = row;
  return { id, from, at, name, organisation, role, linkId, selfDeclared: linkId === null, kind, itemId, field, text };
}

export const lineColumns = 'id, from_at, at, name, organisation, role, link_id, kind, item_id, field, text';

export interface SummaryRow {
  id: string;
  board_id: string;
  name: string;
  taken_by: string;
  taken_at: string;
  bytes: number;
}

export function toSummary(row: SummaryRow): NamedSnapshotSummary {
  return { id: row.id, boardId: row.board_id, name: row.name, takenBy: row.taken_by, takenAt: row.taken_at, bytes: row.bytes };
}
