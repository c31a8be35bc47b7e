import { Avatar } from '../../components/Avatar';
import { usePeersOn } from '../../sync/presence';

/** Who else has this action open right now, shown on its card. */
export function CardPeers({ actionId }: { actionId: string }) {
  const peers = usePeersOn(actionId);
  if (peers.length === 0) return null;
  const editing = peers.some((peer) => peer.focus?.editing);
  return (
    <div className="card__peers">
      <span className="visually-hidden">{editing ? 'Being edited by' : 'Open for'}</span>
      {peers.slice(0, 4).map((peer) => (
        <Avatar
          key={peer.clientId}
          name={peer.name}
          organisation={peer.organisation}
          colour={peer.colour}
          size="small"
          editing={peer.focus?.editing ?? false}
        />
      ))}
      {peers.length > 4 ? <span className="card__peers-more">+{peers.length - 4}</span> : null}
    </div>
  );
}
