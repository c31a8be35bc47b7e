// A comment being typed is kept in this browser (localStorage, one key per board and item) until it
// is posted, so that losing the link mid-sentence (withdrawn or replaced) loses no words: it is back
// in the comment box when the board is opened again, with a new link.

/** The part of `Storage` the drafts use; localStorage in the app. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** An unsent comment, with the title of its goal or action at the time, to name it when the board cannot be opened. */
export interface CommentDraft {
  itemId: string;
  itemTitle: string;
  text: string;
}

const prefix = 'partnerboard:comment-draft:';
const keyOf = (boardId: string, itemId: string) => `${prefix}${boardId}:${itemId}`;

function browserStorage(): DraftStorage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

function parse(raw: string | null, itemId: string): CommentDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<CommentDraft>;
    if (typeof value.text !== 'string' || !value.text.trim()) return null;
    return { itemId, itemTitle: typeof value.itemTitle === 'string' ? value.itemTitle : '', text: value.text };
  } catch {
    return null;
  }
}

/** The comment I was typing on this item ('' when none). */
export function readCommentDraft(boardId: string, itemId: string, storage = browserStorage()): string {
  try {
    return parse(storage?.getItem(keyOf(boardId, itemId)) ?? null, itemId)?.text ?? '';
  } catch {
    return '';
  }
}

/** Keeps what I am typing on this item; blank text forgets it (posted, or rubbed out). */
export function saveCommentDraft(boardId: string, itemId: string, text: string, itemTitle: string, storage = browserStorage()): void {
  try {
    if (text.trim()) storage?.setItem(keyOf(boardId, itemId), JSON.stringify({ itemTitle, text }));
    else storage?.removeItem(keyOf(boardId, itemId));
  } catch {
    // Storage full or disabled: the comment box still works, without the safety net.
  }
}

/** Every unsent comment on this board in this browser. */
export function commentDraftsOf(boardId: string, storage = browserStorage()): CommentDraft[] {
  const drafts: CommentDraft[] = [];
  if (!storage) return drafts;
  const boardPrefix = `${prefix}${boardId}:`;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(boardPrefix)) continue;
      const draft = parse(storage.getItem(key), key.slice(boardPrefix.length));
      if (draft) drafts.push(draft);
    }
  } catch {
    // Unreadable storage: nothing to tell.
  }
  return drafts;
}
