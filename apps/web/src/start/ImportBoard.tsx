import type { CreateBoardResponse } from '@partnerboard/protocol';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../components/Button';
import { boardPath, navigate } from '../routes/router';
import { request } from '../sync/boardApi';
import { rememberBoard } from '../sync/boardMemory';
import './importBoard.css';

// A backup a person could mean to import is far smaller; past this it is surely the wrong file.
const largestBackupBytes = 8 * 1024 * 1024;

/** Reads the chosen file as a board backup, or says in words what is wrong with it. */
async function readBackup(file: File): Promise<{ backup: unknown; title: string }> {
  if (file.size > largestBackupBytes) throw new Error(`“${file.name}” is too large to be a board backup (over 8 MB).`);
  let backup: unknown;
  try {
    backup = JSON.parse(await file.text());
  } catch {
    throw new Error(`“${file.name}” is not a board backup: it is not a JSON file. Choose the .json file from “Export and print”.`);
  }
  const board = (backup as { board?: { meta?: { title?: unknown } } } | null)?.board;
  const title = typeof board?.meta?.title === 'string' ? board.meta.title : '';
  return { backup, title };
}

/** Makes a new board from a JSON backup (from "Export and print"); the importer lands on it as facilitator. */
export function ImportBoard() {
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError('Choose a backup file first: the .json file downloaded from “Export and print” on a board.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      const { backup, title } = await readBackup(file);
      const created = await request<CreateBoardResponse>('/api/boards/import', { method: 'POST', body: JSON.stringify(backup) });
      rememberBoard(created.id, { token: created.tokens.facilitator, role: 'facilitator', title, links: created.tokens });
      navigate(boardPath(created.id, 'goals'));
    } catch (err) {
      setError(`The board could not be imported. ${err instanceof Error ? err.message : ''}`.trim());
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <form className="start__import" onSubmit={submit} noValidate aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Import a board from a backup file</h2>
      <p className="start__note">A new board is made with everything in the backup; you get new links to share. The board the backup came from is not changed.</p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          Backup file (.json)
        </label>
        <input
          ref={input}
          id={inputId}
          className="start__import-file"
          type="file"
          accept=".json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={() => setError('')}
        />
      </div>
      <p id={errorId} className="field__error" role="alert">
        {error}
      </p>
      <Button type="submit" disabled={busy}>
        {busy ? 'Importing…' : 'Import board'}
      </Button>
    </form>
  );
}
