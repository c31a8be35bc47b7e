import { MessagePage } from './MessagePage';

/** What everyone who had the board open sees once its facilitator has deleted it: no reconnecting, nothing kept. */
export function BoardDeletedPage({ title }: { title: string }) {
  return (
    <MessagePage title="This board has been deleted" tone="problem">
      <p>
        The board’s facilitator has deleted {title ? `“${title}”` : 'this board'} for everyone, with everything on it, so its links no longer
        work. The copy kept in this browser has been removed too.
      </p>
      <p>
        <a href="/">Go to the start page</a>
      </p>
    </MessagePage>
  );
}
