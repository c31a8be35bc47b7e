import type { Id } from '@partnerboard/board';
import { Badge } from '../components/Badge';
import { useSinceMark } from './SinceContext';

const words = { new: 'New', changed: 'Changed' } as const;

/** "New" or "Changed" on an item that is, since I last looked; said in words, the colour only supports them. */
export function SinceBadge({ id }: { id: Id }) {
  const mark = useSinceMark(id);
  if (!mark) return null;
  return (
    <Badge tone="info" className="since-badge">
      {words[mark]}
      <span className="visually-hidden"> since you last looked</span>
    </Badge>
  );
}
