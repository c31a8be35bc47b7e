import { PeerAvatar } from '../../components';
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
        <PeerAvatar key={peer.clientId} peer={peer} size="small" />
      ))}
      {peers.length > 4 ? <span className="card__peers-more">+{peers.length - 4}</span> : null}
    </div>
  );
}
