import { commentDraftsOf } from '../detail/commentDrafts';
import { readBoardMemory } from '../sync/boardMemory';
import type { BadLinkReason } from './useBoardAccess';
import { MessagePage } from './MessagePage';

export type BadLinkPageReason = BadLinkReason | 'revoked';

const explanation: Record<BadLinkPageReason, { title: string; text: string }> = {
  missing: {
    title: 'This link is incomplete',
    text: 'The link you opened has no access key in it. Copy the whole link from the message you were sent, or ask the board’s facilitator to send it again.',
  },
  refused: {
    title: 'This link no longer works',
    text: 'The board’s facilitator has replaced this link with a new one, or it was never a valid link. Ask them for the current link.',
  },
  'unknown-board': {
    title: 'This link does not lead to a board',
    text: 'There is no board at this address: its facilitator may have deleted it, or the link is not complete. Check that you copied the whole link, or ask the person who sent it.',
  },
  withdrawn: {
    title: 'Your personal link has been withdrawn',
    text: 'The board’s facilitator has withdrawn the personal link made for you, so it no longer opens the board. If you should still take part, ask them for a new link.',
  },
  revoked: {
    title: 'This link has been withdrawn',
    text: 'The board’s facilitator has just replaced the link you were using, so you have been disconnected. Ask them for the new link to carry on.',
  },
};

// A link that worked and was then replaced or withdrawn: the facilitator has, or can make, the new one.
const askForNewLink = new Set<BadLinkPageReason>(['refused', 'withdrawn', 'revoked']);

/**
 * A clear page for a bad, incomplete or withdrawn link, never a blank screen or a spinner; when the
 * link was replaced or withdrawn, what to do next, and that any comment left unsent is kept.
 */
export function BadLinkPage({ reason, boardId }: { reason: BadLinkPageReason; boardId?: string }) {
  const { title, text } = explanation[reason];
  const boardTitle = boardId ? readBoardMemory(boardId).title : undefined;
  const drafts = boardId && askForNewLink.has(reason) ? commentDraftsOf(boardId) : [];
  return (
    <MessagePage title={title} tone="problem">
      <p>{text}</p>
      {askForNewLink.has(reason) ? (
        <p className="message-page__next">
          <strong>What to do:</strong> ask the facilitator of {boardTitle ? `“${boardTitle}”` : 'the board'} for the new link, then open it in this browser.
        </p>
      ) : null}
      {drafts.length > 0 ? (
        <div className="message-page__kept" role="note" aria-label="Your unsent comments">
          <p>
            {drafts.length === 1 ? 'Your unsent comment is' : `Your ${drafts.length} unsent comments are`} kept in this browser. Open the board with
            the new link and {drafts.length === 1 ? 'it is' : 'they are'} still in the comment box of:
          </p>
          <ul>
            {drafts.map((draft) => (
              <li key={draft.itemId}>{draft.itemTitle ? `“${draft.itemTitle}”` : 'an item on the board'}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <a href="/">{askForNewLink.has(reason) ? 'Or start a new board of your own' : 'Create a new board'}</a>
      </p>
    </MessagePage>
  );
}
