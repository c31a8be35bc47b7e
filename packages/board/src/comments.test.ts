import { describe, expect, it } from 'vitest';
import { addComment, deleteComment } from './comments.js';
import { readBoard } from './read.js';
import { expectRefused, smallBoard } from './test-support.js';

describe('comments', () => {
  it('adds a comment on any item with its author and time, and deletes it', () => {
    const { doc, goal } = smallBoard();
    const id = addComment(doc, { itemId: goal, text: 'Can we bring this forward?', authorName: 'Joanne Evans', authorPartner: 'Northshire Council' });
    expect(readBoard(doc).comments).toEqual([{ id, itemId: goal, text: 'Can we bring this forward?', authorName: 'Joanne Evans', authorPartner: 'Northshire Council', at: expect.any(String), writer: doc.clientID }]);
    deleteComment(doc, id);
    expect(readBoard(doc).comments).toEqual([]);
  });

  it('refuses a comment on an item not on the board, or an empty one', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => addComment(doc, { itemId: 'gone', text: 'Hi', authorName: 'J' }), { code: 'not_found', field: 'itemId' });
    expectRefused(doc, () => addComment(doc, { itemId: goal, text: ' ', authorName: 'J' }), { code: 'invalid', field: 'text' });
    expectRefused(doc, () => deleteComment(doc, 'gone'), { code: 'not_found' });
  });
});
