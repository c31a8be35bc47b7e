import type { TemplateName } from '@partnerboard/board';
import { useState, type FormEvent } from 'react';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import { boardPath, navigate } from '../routes/router';
import { createBoard } from '../sync/boardApi';
import { rememberBoard, rememberedBoards } from '../sync/boardMemory';
import { useUi } from '../state/ui';
import { ImportBoard } from './ImportBoard';
import { RecentBoards } from './RecentBoards';
import { TemplateChoice } from './TemplateChoice';
import './start.css';

/** Creates a board (title, shared purpose, template); the creator lands on it as facilitator with the share links open. */
export function StartPage() {
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [template, setTemplate] = useState<TemplateName>('blank');
  const [error, setError] = useState<{ title?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  // Someone coming back to their boards is not thrown past them into the form (on a phone, the keyboard opens).
  const [firstVisit] = useState(() => rememberedBoards().length === 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError({ title: 'Give the board a title, e.g. "Discharge plan for Mrs Patel".' });
      return;
    }
    setBusy(true);
    setError({});
    try {
      const created = await createBoard({
        title: trimmed,
        ...(purpose.trim() ? { purpose: purpose.trim() } : {}),
        template,
      });
      rememberBoard(created.id, { token: created.tokens.facilitator, role: 'facilitator', title: trimmed, links: created.tokens });
      useUi.getState().setShareOpen(true);
      navigate(boardPath(created.id, 'board'));
    } catch (err) {
      setError({ form: err instanceof Error ? err.message : 'The board could not be created.' });
      setBusy(false);
    }
  };

  return (
    <main className="start" id="main">
      <div className="start__intro">
        <p className="start__brand">Partnerboard</p>
        <h1>One shared plan for every partner</h1>
        <p className="start__lead">
          Shared goals, who owns them in each organisation, and the actions that deliver them, edited together live, in
          the meeting and between meetings.
        </p>
      </div>
      <RecentBoards />
      <form className="start__form" onSubmit={submit} noValidate aria-labelledby="start-form-title">
        <h2 id="start-form-title">Create a board</h2>
        <Field label="Board title" error={error.title ?? null}>
          {(control) => (
            <input {...control} type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus={firstVisit} />
          )}
        </Field>
        <Field label="Shared purpose" hint="The outcome all partners are working towards, in a sentence or two. Optional.">
          {(control) => <textarea {...control} rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
        </Field>
        <TemplateChoice value={template} onChange={setTemplate} />
        {error.form ? (
          <p className="field__error" role="alert">
            {error.form}
          </p>
        ) : null}
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create board'}
        </Button>
        <p className="start__note">You will get three links to share: facilitator, editor and viewer.</p>
      </form>
      <ImportBoard />
    </main>
  );
}
