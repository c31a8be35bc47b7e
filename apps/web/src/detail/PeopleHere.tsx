import { PeerAvatar } from '../components';
import { usePeersOn } from '../sync/presence';

function describe(names: string[]): string {
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Who else is looking at or editing this goal or action right now, in faces and in words. */
export function PeopleHere({ itemId }: { itemId: string }) {
  const peers = usePeersOn(itemId);
  if (peers.length === 0) return null;
  const editing = peers.filter((peer) => peer.focus?.editing).map((peer) => peer.name);
  const viewing = peers.filter((peer) => !peer.focus?.editing).map((peer) => peer.name);
  const words = [
    editing.length > 0 ? `${describe(editing)} ${editing.length === 1 ? 'is' : 'are'} editing` : '',
    viewing.length > 0 ? `${describe(viewing)} ${viewing.length === 1 ? 'is' : 'are'} looking` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <div className="people-here">
      <span className="people-here__faces" aria-hidden="true">
        {peers.map((peer) => (
          <PeerAvatar key={peer.clientId} peer={peer} size="small" />
        ))}
      </span>
      <span className="people-here__words">{words}</span>
    </div>
  );
}
