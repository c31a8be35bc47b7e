import { textOn } from './colour';

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]?.[0], words[words.length - 1]?.[0]] : [words[0]?.[0], words[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

export interface AvatarProps {
  name: string;
  /** Organisation, read out with the name. */
  organisation?: string;
  colour: string;
  size?: 'small' | 'normal';
  /** Marks someone editing (not only viewing). */
  editing?: boolean;
  /** Says "(you)" after the name, for my own avatar. */
  isMe?: boolean;
  /** Read out (and shown on hover) after the name and organisation, e.g. whether the name is proven. */
  note?: string;
}

/** A person's initials on their organisation colour; the full name is its accessible name. */
export function Avatar({ name, organisation, colour, size = 'normal', editing = false, isMe = false, note }: AvatarProps) {
  const who = isMe ? `${name} (you)` : name;
  const named = organisation ? `${who}, ${organisation}` : who;
  const label = note ? `${named}, ${note}` : named;
  return (
    <span
      role="img"
      aria-label={editing ? `${label}, editing` : label}
      title={editing ? `${label}, editing` : label}
      className={['avatar', size === 'small' ? 'avatar--small' : '', editing ? 'avatar--editing' : ''].filter(Boolean).join(' ')}
      style={{ background: colour, color: textOn(colour) }}
    >
      {initials(name)}
    </span>
  );
}
