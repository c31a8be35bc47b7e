import { Avatar } from '../components/Avatar';
import { PeerAvatar } from '../components/PeerAvatar';
import { useBoardSession } from '../session/BoardSession';
import { useUi } from '../state/ui';
import { usePeers } from '../sync/presence';

const shownAvatars = 6;

/**
 * Who is on the board now: me first (my avatar is also where I change my name or organisation),
 * then everyone else, by name with their organisation colour.
 */
export function PresenceList() {
  const { me } = useBoardSession();
  const setIdentityOpen = useUi((s) => s.setIdentityOpen);
  const peers = usePeers();
  const hidden = peers.slice(shownAvatars);
  const aboutMe = `You are ${me.name} (${me.organisation}). Change your name or organisation`;
  return (
    <div className="presence">
      <h2 className="visually-hidden">On the board now</h2>
      <ul className="presence__list" aria-label={`${peers.length + 1} on the board now`}>
        <li>
          <button type="button" className="presence__me" aria-label={aboutMe} title={aboutMe} onClick={() => setIdentityOpen(true)}>
            <Avatar name={me.name} organisation={me.organisation} colour={me.colour} isMe />
          </button>
        </li>
        {peers.slice(0, shownAvatars).map((peer) => (
          <li key={peer.clientId}>
            <PeerAvatar peer={peer} />
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
