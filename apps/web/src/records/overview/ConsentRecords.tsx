import { deleteConsent, updateConsent, type Board, type ConsentEntry } from '@partnerboard/board';
import { memo, useRef, useState } from 'react';
import { Badge, Button, ConfirmDeleteDialog } from '../../components';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { AddConsentForm } from './AddConsentForm';

const selectConsent = (board: Board) => board.meta.consent;

/** Who agreed to information about them being shared, what for and when; and any withdrawal. */
export function ConsentRecords() {
  const { canEdit } = useBoardSession();
  const consent = useBoard(selectConsent);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <section className="overview-card" aria-labelledby="overview-consent-heading">
      <h3 id="overview-consent-heading" tabIndex={-1}>Consent to share information</h3>
      <p className="overview-card__hint">Who agreed to information about them being shared between the partners, what for, and when.</p>
      {consent.length === 0 ? <p className="empty-note">No consent recorded.</p> : null}
      {consent.length > 0 ? (
        <ul className="consent-list">
          {consent.map((entry) => (
            <ConsentItem key={entry.id} entry={entry} />
          ))}
        </ul>
      ) : null}
      {canEdit && adding ? (
        <AddConsentForm
          onDone={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : null}
      {canEdit && !adding ? (
        <Button ref={addButton} onClick={() => setAdding(true)} className="overview-card__add">
          Record consent
        </Button>
      ) : null}
    </section>
  );
}

const ConsentItem = memo(function ConsentItem({ entry }: { entry: ConsentEntry }) {
  const { canEdit, doc, today } = useBoardSession();
  const write = useWrite();
  const [deleting, setDeleting] = useState(false);
  const withdrawn = entry.withdrawnOn !== null && entry.withdrawnOn <= today;
  return (
    <li className={`consent-item${withdrawn ? ' consent-item--withdrawn' : ''}`} data-list-item={entry.id}>
      <p className="consent-item__who">
        <strong>{entry.name}</strong>{' '}
        {withdrawn ? <Badge tone="warning">Withdrawn {formatDate(entry.withdrawnOn ?? today, today)}</Badge> : <Badge tone="good">In force</Badge>}
      </p>
      <p className="consent-item__scope">
        <span className="visually-hidden">Agreed to: </span>
        {entry.scope}
      </p>
      <p className="consent-item__when">Given {formatDate(entry.givenOn, today)}</p>
      {canEdit ? (
        <div className="consent-item__actions">
          {withdrawn ? (
            <Button onClick={() => write(() => updateConsent(doc, entry.id, { withdrawnOn: null }))} aria-label={`Consent of ${entry.name} is in force again`}>
              Mark in force again
            </Button>
          ) : (
            <Button onClick={() => write(() => updateConsent(doc, entry.id, { withdrawnOn: today }))} aria-label={`Record that ${entry.name} withdrew consent today`}>
              Mark withdrawn today
            </Button>
          )}
          <Button variant="danger" onClick={() => setDeleting(true)} aria-label={`Delete the consent record of ${entry.name}`}>
            Delete
          </Button>
        </div>
      ) : null}
      {deleting ? (
        <ConfirmDeleteDialog
          title={`Delete the consent record of ${entry.name}?`}
          itemId={entry.id}
          remove={() => write(() => deleteConsent(doc, entry.id), { toast: false })}
          confirmLabel="Delete record"
          onClose={() => setDeleting(false)}
          onDeleted={() => setDeleting(false)}
        >
          <p>Only delete a record entered by mistake. To keep a record that consent was withdrawn, use “Mark withdrawn today” instead.</p>
        </ConfirmDeleteDialog>
      ) : null}
    </li>
  );
});
