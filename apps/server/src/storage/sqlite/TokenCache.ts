import { roles, type Role } from '@partnerboard/protocol';
import type { TokenHashes } from '../BoardDirectory.ts';

/**
 * A board's three token hashes copied into one buffer, in `roles` order: a third of the memory of
 * three buffers (each carries its own allocation), for every board in the cache. Null when they are
 * not all the same length (they are SHA-256 hashes), so that such a board is simply not kept.
 */
function packHashes(hashes: TokenHashes): Uint8Array | null {
  const size = hashes.facilitator.byteLength;
  if (roles.some((role) => hashes[role].byteLength !== size)) return null;
  const packed = new Uint8Array(size * roles.length);
  roles.forEach((role, index) => packed.set(hashes[role], index * size));
  return packed;
}

function unpackHashes(packed: Uint8Array): TokenHashes {
  const size = packed.byteLength / roles.length;
  const hashOf = (role: Role) => {
    const at = roles.indexOf(role) * size;
    return packed.subarray(at, at + size);
  };
  return { facilitator: hashOf('facilitator'), editor: hashOf('editor'), viewer: hashOf('viewer') };
}

/**
 * The token hashes of the most recently checked boards, since every connection and API request
 * checks a token. Keeping them is safe because this process is the only server on its data
 * directory (DataDirLock) and every rotation goes through it.
 */
export class TokenCache {
  /** Packed hashes by board, least recently used first. */
  private readonly boards = new Map<string, Uint8Array>();

  constructor(private readonly size: number) {}

  get(boardId: string): TokenHashes | null {
    const packed = this.boards.get(boardId);
    if (!packed) return null;
    this.keep(boardId, packed);
    return unpackHashes(packed);
  }

  /** Keeps a board's hashes as the most recently used. */
  remember(boardId: string, hashes: TokenHashes): void {
    const packed = packHashes(hashes);
    if (packed) this.keep(boardId, packed);
    else this.boards.delete(boardId);
  }

  /** Replaces one role's hash of a board that is kept. */
  rotated(boardId: string, role: Role, tokenHash: Uint8Array): void {
    const packed = this.boards.get(boardId);
    if (packed) this.remember(boardId, { ...unpackHashes(packed), [role]: tokenHash });
  }

  forget(boardId: string): void {
    this.boards.delete(boardId);
  }

  /** Puts a board's packed hashes last, forgetting the least recently used beyond the cache's size. */
  private keep(boardId: string, packed: Uint8Array): void {
    this.boards.delete(boardId);
    this.boards.set(boardId, packed);
    if (this.boards.size <= this.size) return;
    const [oldest] = this.boards.keys();
    if (oldest !== undefined) this.boards.delete(oldest);
  }
}
