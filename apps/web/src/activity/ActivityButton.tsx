import { useState } from 'react';
import { Button } from '../components/Button';
import { ActivityPanel } from './ActivityPanel';

/** The header's way to the board's activity: who changed what, for everyone, viewers too. */
export function ActivityButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="activity-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Activity
      </Button>
      <ActivityPanel key={String(open)} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
