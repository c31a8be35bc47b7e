import { useRef, useState } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { showToast } from '../components/Toasts';
import { navigate } from '../routes/router';
import { useBoardSession } from '../session/BoardSession';
import { BoardApiError, deleteBoard } from '../sync/boardApi';
import { forgetBoard, readBoardMemory } from '../sync/boardMemory';
import { useConnection } from '../sync/connectionContext';

/**
 * Asks before deleting the board, says what is lost and for whom, and needs its title typed. Once
 * deleted, this browser forgets the board and its local copy and goes to the start page.
 */
export function DeleteBoardDialog({ title, onClose }: { title: string; onClose(): void }) {
  const { boardId, awareness } = useBoardSession();
  const connection = useConnection();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const othersHere = Math.max(0, awareness.getStates().size - 1);
  const matches = typed.trim() === title.trim();

  const confirm = async () => {
    const token = readBoardMemory(boardId).token;
    if (!token || !matches) return;
    setBusy(true);
    setError(null);
    connection.expectOwnDeletion(true);
    try {
      await deleteBoard(boardId, token);
    } catch (failure) {
      // Already gone (deleted from another tab): what is left to do here is the same.
      if (!(failure instanceof BoardApiError && failure.status === 404)) {
        connection.expectOwnDeletion(false);
        setError(failure instanceof Error ? failure.message : 'The board could not be deleted.');
        setBusy(false);
        return;
      }
    }
    await connection.forgetLocalCopy();
    forgetBoard(boardId);
    showToast({ tone: 'success', message: `“${title}” has been deleted for everyone. Its links no longer work.` });
    navigate('/');
  };

  return (
    <Dialog open onClose={busy ? () => {} : onClose} title={`Delete “${title}” for everyone?`} initialFocus={titleInput}>
      <div className="confirm delete-board">
        <p>This cannot be undone. Lost for good, for every partner:</p>
        <ul>
          <li>the whole plan: goals, actions, people and partners, decisions, risks, notes and comments;</li>
          <li>its history and who changed what;</li>
          <li>every link to it: the facilitator, editor and viewer links and every personal link stop working at once.</li>
        </ul>
        <p>
          {othersHere === 0
            ? 'Nobody else has it open now.'
            : `${othersHere === 1 ? 'One other person has' : `${othersHere} other people have`} it open now: they are disconnected and told it was deleted.`}{' '}
          Whoever opens one of its links later is told there is no such board, and copies kept for offline use in other browsers are removed when
          they next connect.
        </p>
        <Field label="Type the board’s title to confirm" hint={`The title is: ${title}`} error={error}>
          {(control) => (
            <input {...control} ref={titleInput} type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
          )}
        </Field>
        <div className="form-actions">
          <Button variant="danger" onClick={() => void confirm()} disabled={!matches || busy}>
            {busy ? 'Deleting…' : 'Delete the board for everyone'}
          </Button>
          <Button onClick={onClose} disabled={busy}>
            Keep the board
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
