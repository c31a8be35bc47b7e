import { roles, type Role } from '@partnerboard/protocol';
import {
  BoardExistsError,
  TooManyPersonalLinksError,
  type BoardDirectory,
  type BoardRecord,
  type NewBoard,
  type NewPersonalLink,
  type PersonalLink,
  type SealedTokens,
  type TokenHashes,
} from '../BoardDirectory.ts';
import { sealedRoles } from '../../auth/sealedTokens.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { takeTurnsOnBoard } from './inTransaction.ts';
import { hasCode } from './sqlErrors.ts';
import { toPersonalLink, type PersonalLinkRow } from '../sqlRows.ts';


const linkColumns = 'id, board_id, role, token_hash, name, organisation, person_id, created_at, created_by, revoked_at';

/**
 * The board directory in PostgreSQL: tables boards, board_tokens and personal_links; a new
 * board's first snapshot is stored in the same transaction as its row. Token hashes are read from
 * the database each time: a rotation made through another server process must count at once.
 */
export class PgBoardDirectory implements BoardDirectory {
  constructor(private readonly db: PgDatabase) {}

  async createBoard(board: NewBoard): Promise<void> {
    try {
      await this.db.transaction(async (client) => {
        await client.query('INSERT INTO boards (id, title, created_at) VALUES ($1, $2, $3)', [board.id, board.title, board.createdAt]);
        await client.query('INSERT INTO board_snapshots (board_id, snapshot_seq, snapshot) VALUES ($1, 0, $2)', [board.id, board.initialState]);
        const sealedOf = (role: Role) => (role === 'facilitator' ? null : (board.sealedTokens?.[role] ?? null));
        await client.query(
          'INSERT INTO board_tokens (board_id, role, token_hash, sealed_token) VALUES ($1, $2, $3, $4), ($1, $5, $6, $7), ($1, $8, $9, $10)',
          [board.id, ...roles.flatMap((role) => [role, board.tokenHashes[role], sealedOf(role)])],
        );
      });
    } catch (error) {
      if (hasCode(error, 'unique_violation')) throw new BoardExistsError(`Board ${board.id} already exists`);
      throw error;
    }
  }

  async getBoard(boardId: string): Promise<BoardRecord | null> {
    const { rows } = await this.db.query<{ id: string; title: string; created_at: string }>(
      'SELECT id, title, created_at FROM boards WHERE id = $1',
      [boardId],
    );
    const [row] = rows;
    return row ? { id: row.id, title: row.title, createdAt: row.created_at } : null;
  }

  async setTitle(boardId: string, title: string): Promise<void> {
    // Only when it changed: compaction calls this each time, and the row is the one appends lock.
    await this.db.query('UPDATE boards SET title = $2 WHERE id = $1 AND title IS DISTINCT FROM $2', [boardId, title]);
  }

  async tokenHashes(boardId: string): Promise<TokenHashes | null> {
    const { rows } = await this.db.query<{ role: Role; token_hash: Buffer }>('SELECT role, token_hash FROM board_tokens WHERE board_id = $1', [
      boardId,
    ]);
    const byRole = new Map(rows.map((row) => [row.role, new Uint8Array(row.token_hash)]));
    const [facilitator, editor, viewer] = roles.map((role) => byRole.get(role));
    return facilitator && editor && viewer ? { facilitator, editor, viewer } : null;
  }

  async rotateToken(boardId: string, role: Role, tokenHash: Uint8Array, sealed: Partial<SealedTokens> = {}): Promise<void> {
    await this.db.transaction(async (client) => {
      const setSealed = (of: Role, token: Uint8Array | null) =>
        client.query('UPDATE board_tokens SET sealed_token = $3 WHERE board_id = $1 AND role = $2', [boardId, of, token]);
      const rotated = await client.query('UPDATE board_tokens SET token_hash = $3 WHERE board_id = $1 AND role = $2', [boardId, role, tokenHash]);
      if (rotated.rowCount !== 1) throw new Error(`Unknown board ${boardId}`);
      // A rotated editor or viewer link keeps only the sealed token given with it: an older one would not open it.
      if (role !== 'facilitator') await setSealed(role, sealed[role] ?? null);
      for (const other of sealedRoles) {
        const replacement = sealed[other];
        if (other !== role && replacement !== undefined) await setSealed(other, replacement);
      }
    });
  }

  async sealedTokens(boardId: string): Promise<SealedTokens | null> {
    const { rows } = await this.db.query<{ role: Role; sealed_token: Buffer | null }>(
      'SELECT role, sealed_token FROM board_tokens WHERE board_id = $1',
      [boardId],
    );
    if (rows.length === 0) return null;
    const sealedOf = (role: Role) => {
      const sealed = rows.find((row) => row.role === role)?.sealed_token;
      return sealed ? new Uint8Array(sealed) : null;
    };
    return { editor: sealedOf('editor'), viewer: sealedOf('viewer') };
  }

  async createPersonalLink(link: NewPersonalLink, maxLinks: number): Promise<void> {
    const { id, boardId, role, tokenHash, name, organisation, personId, createdAt, createdBy } = link;
    try {
      await this.db.transaction(async (client) => {
        await takeTurnsOnBoard(client, 'personal links', boardId);
        const { rows } = await client.query<{ count: number }>('SELECT count(*)::integer AS count FROM personal_links WHERE board_id = $1', [boardId]);
        if ((rows[0]?.count ?? 0) >= maxLinks) throw new TooManyPersonalLinksError(`Board ${boardId} already has ${maxLinks} personal links`);
        await client.query(
          'INSERT INTO personal_links (id, board_id, role, token_hash, name, organisation, person_id, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [id, boardId, role, tokenHash, name, organisation, personId, createdAt, createdBy],
        );
      });
    } catch (error) {
      if (hasCode(error, 'foreign_key_violation')) throw new Error(`Unknown board ${boardId}`);
      throw error;
    }
  }

  async personalLinks(boardId: string): Promise<PersonalLink[]> {
    const { rows } = await this.db.query<PersonalLinkRow>(`SELECT ${linkColumns} FROM personal_links WHERE board_id = $1 ORDER BY position`, [
      boardId,
    ]);
    return rows.map(toPersonalLink);
  }

  async personalLinkByTokenHash(boardId: string, tokenHash: Uint8Array): Promise<(PersonalLink & { tokenHash: Uint8Array }) | null> {
    const { rows } = await this.db.query<PersonalLinkRow>(`SELECT ${linkColumns} FROM personal_links WHERE board_id = $1 AND token_hash = $2`, [
      boardId,
      tokenHash,
    ]);
    const [row] = rows;
    return row ? { ...toPersonalLink(row), tokenHash: new Uint8Array(row.token_hash) } : null;
  }

  async withdrawPersonalLink(boardId: string, linkId: string, at: string): Promise<PersonalLink | null> {
    // A link already withdrawn keeps its first date.
    const { rows } = await this.db.query<PersonalLinkRow>(
      `UPDATE personal_links SET revoked_at = coalesce(revoked_at, $3) WHERE board_id = $1 AND id = $2 RETURNING ${linkColumns}`,
      [boardId, linkId, at],
    );
    const [row] = rows;
    return row ? toPersonalLink(row) : null;
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    // Every other table of a board references boards (id) ON DELETE CASCADE: one statement, one transaction.
    const { rowCount } = await this.db.query('DELETE FROM boards WHERE id = $1', [boardId]);
    return (rowCount ?? 0) > 0;
  }
}
