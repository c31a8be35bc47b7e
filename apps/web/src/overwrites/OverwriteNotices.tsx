import { putBack, type Board, type Overwrite } from '@partnerboard/board';
import { useCallback, useState } from 'react';
import { Button } from '../components/Button';
import { showToast } from '../components/Toasts';
import { formatMoment } from '../detail/formatMoment';
import { useBoardSession } from '../session/BoardSession';
import { sameFields, sameItems, selectAuthors, useBoard } from '../session/useBoard';
import { useWrite } from '../session/write';
import { useUi } from '../state/ui';
import { currentValue, fieldName, itemTitle, valueWords, wroteIt, writerWords } from './overwriteWords';
import './overwrites.css';

/** Overwrites older than this are history, not news. */
const showForMs = 14 * 24 * 60 * 60 * 1000;
const kindWords = { goal: 'goal', action: 'action', decision: 'decision', risk: 'risk' } as const;

function dismissedKey(boardId: string): string {
  return `partnerboard.dismissedOverwrites.${boardId}`;
}

function readDismissed(boardId: string): ReadonlySet<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(dismissedKey(boardId)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * Tells me when a change of mine and someone else's crossed (neither had seen the other's) and one
 * replaced the other: the field, both values, who wrote each and when the board received it. The
 * one whose value was replaced can put it back. Shown while the value the board kept still stands.
 */
export function OverwriteNotices() {
  // Crossed changes are rare: only while there are some is there more to read.
  const overwrites = useBoard(selectOverwrites);
  return overwrites.length > 0 ? <CrossedChanges /> : null;
}

function CrossedChanges() {
  const { boardId, me, today, canEdit } = useBoardSession();
  const [dismissed, setDismissed] = useState(() => readDismissed(boardId));
  const dismiss = (id: string) => {
    const next = new Set(dismissed).add(id);
    setDismissed(next);
    try {
      localStorage.setItem(dismissedKey(boardId), JSON.stringify([...next].slice(-500)));
    } catch {
      // Private browsing without storage: dismissed for this visit only.
    }
  };
  const authors = useBoard(selectAuthors);
  const mine = useBoard(
    useCallback(
      (board: Board) => {
        // Read at each change of the board on purpose: a notice past its time goes at the board's next change.
        const now = Date.now();
        return board.overwrites.filter((overwrite) => {
          if (dismissed.has(overwrite.id) || now - Date.parse(overwrite.at) > showForMs) return false;
          if (currentValue(board, overwrite) !== overwrite.kept.value) return false;
          return wroteIt(overwrite.replaced.writer, board.authors, me) || wroteIt(overwrite.kept.writer, board.authors, me);
        });
      },
      [dismissed, me],
    ),
    sameItems,
  );
  if (mine.length === 0) return null;
  return (
    <section className="overwrite-notices" aria-labelledby="overwrite-notices-heading">
      <h2 id="overwrite-notices-heading" className="overwrite-notices__heading">
        {mine.length === 1 ? 'A change of yours crossed with someone else’s' : `${mine.length} changes of yours crossed with someone else’s`}
      </h2>
      <ul className="plain-list overwrite-notices__list">
        {mine.map((overwrite) => (
          <li key={overwrite.id}>
            <OverwriteNotice overwrite={overwrite} canPutBack={canEdit && wroteIt(overwrite.replaced.writer, authors, me)} onDismiss={() => dismiss(overwrite.id)} today={today} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function OverwriteNotice({ overwrite, canPutBack, onDismiss, today }: { overwrite: Overwrite; canPutBack: boolean; onDismiss(): void; today: string }) {
  const { actor } = useBoardSession();
  // The notice in words: it changes only when a name, title or value it shows does.
  const { title, replacedWords, keptWords, replacedBy, keptBy } = useBoard(
    useCallback(
      (board: Board) => ({
        title: itemTitle(board, overwrite),
        replacedWords: valueWords(board, overwrite.kind, overwrite.field, overwrite.replaced.value, today),
        keptWords: valueWords(board, overwrite.kind, overwrite.field, overwrite.kept.value, today),
        replacedBy: writerWords(overwrite.replaced.writer, board.authors),
        keptBy: writerWords(overwrite.kept.writer, board.authors),
      }),
      [overwrite, today],
    ),
    sameFields,
  );
  const write = useWrite();
  const openDetail = useUi((s) => s.openDetail);
  const field = fieldName(overwrite.field);
  const when = (side: Overwrite['kept']) => (side.at ? ` (received ${formatMoment(side.at)})` : '');
  const item = `the ${kindWords[overwrite.kind]} “${title ?? 'deleted'}”`;
  const headingId = `overwrite-${overwrite.id}`;
  const putMineBack = () => {
    const done = write((doc) => putBack(doc, overwrite, actor));
    if (!done.ok) return;
    onDismiss();
    showToast({ tone: 'success', message: `Put back: the ${field} of ${item} is ${replacedWords} again, for everyone.` });
  };
  const openable = title !== null && (overwrite.kind === 'goal' || overwrite.kind === 'action');
  return (
    <article className="overwrite-notice" aria-labelledby={headingId}>
      <h3 id={headingId} className="overwrite-notice__heading">
        {canPutBack ? `Your ${field} of ${item} was replaced` : `Your ${field} of ${item} replaced someone else’s`}
      </h3>
      <p>
        {replacedBy} set it to <strong>{replacedWords}</strong>
        {when(overwrite.replaced)}, and {keptBy} set it to <strong>{keptWords}</strong>
        {when(overwrite.kept)}, neither having seen the other’s change. The board keeps <strong>{keptWords}</strong>.
      </p>
      <div className="overwrite-notice__actions">
        {canPutBack ? (
          <Button variant="primary" size="small" onClick={putMineBack} aria-describedby={headingId}>
            Put mine back
          </Button>
        ) : null}
        {openable ? (
          <Button size="small" onClick={() => openDetail(overwrite.kind as 'goal' | 'action', overwrite.itemId)} aria-describedby={headingId}>
            Show the {kindWords[overwrite.kind]}
          </Button>
        ) : null}
        <Button variant="ghost" size="small" onClick={onDismiss} aria-describedby={headingId}>
          Dismiss
        </Button>
      </div>
    </article>
  );
}

const selectOverwrites = (board: Board) => board.overwrites;
