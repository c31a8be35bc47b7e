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
    text: 'There is no board at this address. Check that you copied the whole link, or ask the person who sent it.',
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

/** A clear page for a bad, incomplete or withdrawn link, never a blank screen or a spinner. */
export function BadLinkPage({ reason }: { reason: BadLinkPageReason }) {
  const { title, text } = explanation[reason];
  return (
    <MessagePage title={title} tone="problem">
      <p>{text}</p>
      <p>
        <a href="/">Create a new board</a>
      </p>
    </MessagePage>
  );
}
