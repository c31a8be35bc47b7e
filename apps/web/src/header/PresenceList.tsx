import { Avatar } from '../components/Avatar';
import { useProvenIdentity } from '../join/ProvenIdentity';
import { useBoardSession } from '../session/BoardSession';
import { useUi } from '../state/ui';
import { usePeers, type PeerPresence } from '../sync/presence';

const shownAvatars = 6;

/** What a name on the board proves, in words: the server says whether it came from a personal link. */
export const proofNote = {
  verified: 'verified by a personal link',
  selfDeclared: 'name self-declared',
} as const;

function noteOf(peer: PeerPresence): string {
  return peer.verified ? proofNote.verified : proofNote.selfDeclared;
}

/** A tick on the avatar of a verified name; its words are in the avatar's accessible name. */
function VerifiedMark() {
  return (
    <span className="presence__verified" aria-hidden="true">
      ✓
    </span>
  );
}

/**
 * Who is on the board now: me first (my avatar is also where I change my name or organisation, or
 * see that my personal link names me), then everyone else, by name with their organisation colour,
 * each marked as verified (a personal link) or self-declared (a shared link).
 */
export function PresenceList() {
  const { me } = useBoardSession();
  const proven = useProvenIdentity();
  const setIdentityOpen = useUi((s) => s.setIdentityOpen);
  const peers = usePeers();
  const hidden = peers.slice(shownAvatars);
  const aboutMe = proven
    ? `You are ${me.name} (${me.organisation}), ${proofNote.verified}. About your name`
    : `You are ${me.name} (${me.organisation}). Change your name or organisation`;
  const hiddenNames = hidden.map((p) => `${p.name} (${p.organisation}, ${noteOf(p)})`).join(', ');
  return (
    <div className="presence">
      <h2 className="visually-hidden">On the board now</h2>
      <ul className="presence__list" aria-label={`${peers.length + 1} on the board now`}>
        <li className="presence__person">
          <button type="button" className="presence__me" aria-label={aboutMe} title={aboutMe} onClick={() => setIdentityOpen(true)}>
            <Avatar name={me.name} organisation={me.organisation} colour={me.colour} isMe />
          </button>
          {proven ? <VerifiedMark /> : null}
        </li>
        {peers.slice(0, shownAvatars).map((peer) => (
          <li key={peer.clientId} className="presence__person">
            <Avatar name={peer.name} organisation={peer.organisation} colour={peer.colour} editing={peer.focus?.editing ?? false} note={noteOf(peer)} />
            {peer.verified ? <VerifiedMark /> : null}
          </li>
        ))}
        {hidden.length > 0 ? (
          <li className="presence__more" title={hiddenNames}>
            +{hidden.length}
            <span className="visually-hidden">: {hiddenNames}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
