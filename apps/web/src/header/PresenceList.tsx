import { Avatar } from '../components/Avatar';
import { useBoardSession } from '../session/BoardSession';
import { usePeers } from '../sync/presence';

const shownAvatars = 6;

/** Who is on the board now: me first, then everyone else, by name with their organisation colour. */
export function PresenceList() {
  const { me } = useBoardSession();
  const peers = usePeers();
  const hidden = peers.slice(shownAvatars);
  return (
    <div className="presence">
      <h2 className="visually-hidden">On the board now</h2>
      <ul className="presence__list" aria-label={`${peers.length + 1} on the board now`}>
        <li>
          <Avatar name={me.name} organisation={me.organisation} colour={me.colour} isMe />
        </li>
        {peers.slice(0, shownAvatars).map((peer) => (
          <li key={peer.clientId}>
            <Avatar name={peer.name} organisation={peer.organisation} colour={peer.colour} editing={peer.focus?.editing ?? false} />
          </li>
        ))}
        {hidden.length > 0 ? (
          <li className="presence__more" title={hidden.map((p) => `${p.name} (${p.organisation})`).join(', ')}>
            +{hidden.length}
            <span className="visually-hidden">: {hidden.map((p) => `${p.name} (${p.organisation})`).join(', ')}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
