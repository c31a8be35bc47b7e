import type { PeerPresence } from '../sync/presence';
import { Avatar, type AvatarProps } from './Avatar';

/** Another person on the board as an avatar, marked while they are editing. */
export function PeerAvatar({ peer, size }: { peer: PeerPresence; size?: AvatarProps['size'] }) {
  return <Avatar name={peer.name} organisation={peer.organisation} colour={peer.colour} size={size} editing={peer.focus?.editing ?? false} />;
}
