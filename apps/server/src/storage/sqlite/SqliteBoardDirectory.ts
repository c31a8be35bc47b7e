import Database from 'better-sqlite3';
import { roles, type Role } from '@partnerboard/protocol';
import {
  BoardExistsError,
  TooManyPersonalLinksError,
  type BoardDirectory,
  type BoardLifecycle,
  type BoardRecord,
  type NewBoard,
  type NewPersonalLink,
  type PersonalLink,
  type SealedTokens,
  type TokenHashes,
} from '../BoardDirectory.ts';
import { sealedRoles } from '../../auth/sealedTokens.ts';
import { TokenCache } from './TokenCache.ts';
import { toPersonalLink, type PersonalLinkRow } from '../sqlRows.ts';

interface BoardRow {
  id: string;
  title: string;
  created_at: string;
}


function isConstraint(error: unknown, code: 'SQLITE_CONSTRAINT_PRIMARYKEY' | 'SQLITE_CONSTRAINT_FOREIGNKEY'): boolean {
  return error instanceof Database.SqliteError && error.code === code;
}

/** The board directory in the store's SQLite database: tables boards, board_tokens and personal_links. */
export class SqliteBoardDirectory implements BoardDirectory {
  private readonly statements;
  private readonly tokenCache: TokenCache;

  constructor(
    private readonly db: Database.Database,
    private readonly lifecycle: BoardLifecycle,
    /** Counts a commit for the store's checkpoints. */
    private readonly committed: () => void,
    tokenCacheBoards: number,
  ) {
    this.tokenCache = new TokenCache(tokenCacheBoards);
    this.statements = {
      insertBoard: db.prepare('INSERT INTO boards (id, title, created_at) VALUES (?, ?, ?)'),
      insertToken: db.prepare('INSERT INTO board_tokens (board_id, role, token_hash, sealed_token) VALUES (?, ?, ?, ?)'),
      board: db.prepare<[string], BoardRow>('SELECT id, title, created_at FROM boards WHERE id = ?'),
      // Only when it changed: compaction calls this each time, and an UPDATE that changes nothing is still written.
      setTitle: db.prepare('UPDATE boards SET title = ? WHERE id = ? AND title IS NOT ?'),
      tokens: db.prepare<[string], { role: Role; token_hash: Buffer }>('SELECT role, token_hash FROM board_tokens WHERE board_id = ?'),
      rotateToken: db.prepare('UPDATE board_tokens SET token_hash = ? WHERE board_id = ? AND role = ?'),
      sealedTokens: db.prepare<[string], { role: Role; sealed_token: Buffer | null }>(
        'SELECT role, sealed_token FROM board_tokens WHERE board_id = ?',
      ),
      setSealedToken: db.prepare('UPDATE board_tokens SET sealed_token = ? WHERE board_id = ? AND role = ?'),
      countPersonalLinks: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM personal_links WHERE board_id = ?'),
      insertPersonalLink: db.prepare(
        'INSERT INTO personal_links (id, board_id, role, token_hash, name, organisation, person_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      personalLinks: db.prepare<[string], PersonalLinkRow>('SELECT * FROM personal_links WHERE board_id = ? ORDER BY rowid'),
      personalLinkByHash: db.prepare<[string, Uint8Array], PersonalLinkRow>('SELECT * FROM personal_links WHERE board_id = ? AND token_hash = ?'),
      withdrawPersonalLink: db.prepare('UPDATE personal_links SET revoked_at = ? WHERE board_id = ? AND id = ? AND revoked_at IS NULL'),
      personalLink: db.prepare<[string, string], PersonalLinkRow>('SELECT * FROM personal_links WHERE board_id = ? AND id = ?'),
      // Every other table of a board references boards (id) ON DELETE CASCADE (foreign_keys is on).
      deleteBoard: db.prepare('DELETE FROM boards WHERE id = ?'),
    };
  }

  async createBoard(board: NewBoard): Promise<void> {
    const { insertBoard, insertToken } = this.statements;
    try {
      this.db.transaction(() => {
        insertBoard.run(board.id, board.title, board.createdAt);
        this.lifecycle.created(board.id, board.initialState);
        for (const role of roles) {
          const sealed = role === 'facilitator' ? null : (board.sealedTokens?.[role] ?? null);
          insertToken.run(board.id, role, board.tokenHashes[role], sealed);
        }
      })();
    } catch (error) {
      if (isConstraint(error, 'SQLITE_CONSTRAINT_PRIMARYKEY')) throw new BoardExistsError(`Board ${board.id} already exists`);
      throw error;
    }
    this.committed();
    this.tokenCache.remember(board.id, board.tokenHashes);
  }

  async getBoard(boardId: string): Promise<BoardRecord | null> {
    const row = this.statements.board.get(boardId);
    return row ? { id: row.id, title: row.title, createdAt: row.created_at } : null;
  }

  async setTitle(boardId: string, title: string): Promise<void> {
    this.statements.setTitle.run(title, boardId, title);
    this.committed();
  }

  async tokenHashes(boardId: string): Promise<TokenHashes | null> {
    const cached = this.tokenCache.get(boardId);
    if (cached) return cached;
    const rows = new Map(this.statements.tokens.all(boardId).map((row) => [row.role, row.token_hash]));
    const [facilitator, editor, viewer] = roles.map((role) => rows.get(role));
    if (!facilitator || !editor || !viewer) return null;
    const hashes = { facilitator, editor, viewer };
    this.tokenCache.remember(boardId, hashes);
    return hashes;
  }

  async rotateToken(boardId: string, role: Role, tokenHash: Uint8Array, sealed: Partial<SealedTokens> = {}): Promise<void> {
    const { rotateToken, setSealedToken } = this.statements;
    this.db.transaction(() => {
      const { changes } = rotateToken.run(tokenHash, boardId, role);
      if (changes !== 1) throw new Error(`Unknown board ${boardId}`);
      // A rotated editor or viewer link keeps only the sealed token given with it: an older one would not open it.
      if (role !== 'facilitator') setSealedToken.run(sealed[role] ?? null, boardId, role);
      for (const other of sealedRoles) {
        const replacement = sealed[other];
        if (other !== role && replacement !== undefined) setSealedToken.run(replacement, boardId, other);
      }
    })();
    this.committed();
    this.tokenCache.rotated(boardId, role, tokenHash);
  }

  async sealedTokens(boardId: string): Promise<SealedTokens | null> {
    const rows = this.statements.sealedTokens.all(boardId);
    if (rows.length === 0) return null;
    const sealedOf = (role: Role) => {
      const sealed = rows.find((row) => row.role === role)?.sealed_token;
      return sealed ? new Uint8Array(sealed) : null;
    };
    return { editor: sealedOf('editor'), viewer: sealedOf('viewer') };
  }

  async createPersonalLink(link: NewPersonalLink, maxLinks: number): Promise<void> {
    const { countPersonalLinks, insertPersonalLink } = this.statements;
    try {
      this.db
        .transaction(() => {
          const { count } = countPersonalLinks.get(link.boardId) ?? { count: 0 };
          if (count >= maxLinks) throw new TooManyPersonalLinksError(`Board ${link.boardId} already has ${maxLinks} personal links`);
          const { id, boardId, role, tokenHash, name, organisation, personId, createdAt, createdBy } = link;
          insertPersonalLink.run(id, boardId, role, tokenHash, name, organisation, personId, createdAt, createdBy);
        })
        .immediate();
    } catch (error) {
      if (isConstraint(error, 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw new Error(`Unknown board ${link.boardId}`);
      throw error;
    }
    this.committed();
  }

  async personalLinks(boardId: string): Promise<PersonalLink[]> {
    return this.statements.personalLinks.all(boardId).map(toPersonalLink);
  }

  async personalLinkByTokenHash(boardId: string, tokenHash: Uint8Array): Promise<(PersonalLink & { tokenHash: Uint8Array }) | null> {
    const row = this.statements.personalLinkByHash.get(boardId, tokenHash);
    return row ? { ...toPersonalLink(row), tokenHash: new Uint8Array(row.token_hash) } : null;
  }

  async withdrawPersonalLink(boardId: string, linkId: string, at: string): Promise<PersonalLink | null> {
    const { changes } = this.statements.withdrawPersonalLink.run(at, boardId, linkId);
    if (changes > 0) this.committed();
    const row = this.statements.personalLink.get(boardId, linkId);
    return row ? toPersonalLink(row) : null;
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    this.lifecycle.deleting(boardId);
    const { changes } = this.statements.deleteBoard.run(boardId);
    this.tokenCache.forget(boardId);
    if (changes > 0) this.committed();
    return changes > 0;
  }
}
