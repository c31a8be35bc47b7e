import { useState } from 'react';
import { Button } from '../components/Button';
import { ExportDialog } from './ExportDialog';

/** The header's way out for the plan: opens the export and print choices. On a phone it reads "Export" (its name stays whole). */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="export-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export<span className="export-button__more"> and print</span>
      </Button>
      <ExportDialog key={String(open)} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
