import { isMeetingRunning, setSpotlight, type MeetingItemRef } from '@partnerboard/board';
import { Button } from '../components/Button';
import { useBoardSession } from '../session/BoardSession';
import { useWrite } from '../session/write';
import { useMeeting } from './useMeeting';

/**
 * "Spotlight" on an item's card, for a facilitator while a meeting runs: it puts the item in the
 * spotlight for everyone (the rest of its kind dims), and pressed again takes it out.
 */
export function SpotlightButton({ item, title }: { item: MeetingItemRef; title: string }) {
  const { role } = useBoardSession();
  const session = useMeeting();
  const write = useWrite();
  if (role !== 'facilitator' || !isMeetingRunning(session)) return null;
  const spotlit = session.spotlight?.kind === item.kind && session.spotlight.id === item.id;
  return (
    <Button
      size="small"
      className="spotlight-button"
      aria-pressed={spotlit}
      aria-label={`Spotlight for everyone: ${title}`}
      onClick={() => write((d) => setSpotlight(d, spotlit ? null : { kind: item.kind, id: item.id }))}
    >
      Spotlight
    </Button>
  );
}
