import { useState, type MouseEvent } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { boardPath, navigate } from '../routes/router';
import { useBoardSession } from '../session/BoardSession';
import { readBoardMemory } from '../sync/boardMemory';
import { downloadExport, exportFormats, type ExportExtension } from './downloadExport';
import './exports.css';

type Status = { kind: 'idle' } | { kind: 'busy'; extension: ExportExtension } | { kind: 'done'; name: string } | { kind: 'failed'; message: string };

/** The plan leaving the app: a download per format, and the printable plan. */
export function ExportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { boardId } = useBoardSession();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const download = async (extension: ExportExtension) => {
    const token = readBoardMemory(boardId).token;
    if (!token) {
      setStatus({ kind: 'failed', message: 'This browser no longer holds the link to this board: open it again from its link, then export.' });
      return;
    }
    setStatus({ kind: 'busy', extension });
    try {
      setStatus({ kind: 'done', name: await downloadExport(boardId, token, extension) });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : 'The file could not be made.' });
    }
  };

  const printHref = boardPath(boardId, 'print');
  const openPrint = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onClose();
    navigate(printHref);
  };

  return (
    <Dialog open={open} onClose={onClose} title="Export and print" description="Take the plan out of Partnerboard, as it is now, for a report, a spreadsheet, a calendar or safe keeping.">
      <ul className="export-list">
        {exportFormats.map((format) => (
          <li key={format.extension} className="export-list__item">
            <Button onClick={() => void download(format.extension)} disabled={status.kind === 'busy'}>
              {status.kind === 'busy' && status.extension === format.extension ? 'Preparing…' : `Download ${format.label}`}
            </Button>
            <p className="export-list__hint">{format.hint}</p>
          </li>
        ))}
        <li className="export-list__item">
          <a className="button button--primary" href={printHref} onClick={openPrint}>
            Print the plan
          </a>
          <p className="export-list__hint">Every goal with its actions, on A4, without filters or buttons. Use your browser’s Print, or Save as PDF.</p>
        </li>
      </ul>
      <p className={status.kind === 'failed' ? 'field__error' : 'export-list__status'} role="status">
        {status.kind === 'done' ? `Downloaded ${status.name}.` : status.kind === 'failed' ? status.message : ''}
      </p>
    </Dialog>
  );
}
