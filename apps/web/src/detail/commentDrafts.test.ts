import { describe, expect, it } from 'vitest';
import { commentDraftsOf, readCommentDraft, saveCommentDraft, type DraftStorage } from './commentDrafts';

/** An in-memory Storage, as localStorage behaves. */
function memoryStorage(): DraftStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

describe('comment drafts', () => {
  it('keeps what is typed per board and item, and forgets it when blank', () => {
    const storage = memoryStorage();
    saveCommentDraft('b1', 'goal1', 'Rails booked for', 'Home is safe', storage);
    saveCommentDraft('b2', 'goal1', 'Another board', 'Elsewhere', storage);
    expect(readCommentDraft('b1', 'goal1', storage)).toBe('Rails booked for');
    expect(readCommentDraft('b1', 'other', storage)).toBe('');
    saveCommentDraft('b1', 'goal1', '  ', 'Home is safe', storage);
    expect(readCommentDraft('b1', 'goal1', storage)).toBe('');
    expect(readCommentDraft('b2', 'goal1', storage)).toBe('Another board');
  });

  it("lists a board's drafts with the titles of their items, and skips what it cannot read", () => {
    const storage = memoryStorage();
    saveCommentDraft('b1', 'a1', 'First', 'Book transport', storage);
    saveCommentDraft('b1', 'a2', 'Second', 'Fit rails', storage);
    saveCommentDraft('b10', 'a3', 'Not this board', 'Other', storage);
    storage.setItem('partnerboard:comment-draft:b1:broken', '{not json');
    expect(commentDraftsOf('b1', storage)).toEqual([
      { itemId: 'a1', itemTitle: 'Book transport', text: 'First' },
      { itemId: 'a2', itemTitle: 'Fit rails', text: 'Second' },
    ]);
  });

  it('works on without storage (disabled in private mode)', () => {
    expect(readCommentDraft('b1', 'a1', null)).toBe('');
    expect(() => saveCommentDraft('b1', 'a1', 'text', 'title', null)).not.toThrow();
    expect(commentDraftsOf('b1', null)).toEqual([]);
  });
});
