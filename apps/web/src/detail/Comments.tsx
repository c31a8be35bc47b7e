import { addComment, commentsOn, deleteComment, limits, type Board, type Comment, type Id } from '@partnerboard/board';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { Button } from '../components';
import { useBoardSession } from '../session/BoardSession';
import { byId, sameItems, useBoard } from '../session/useBoard';
import { useWrite } from '../session/write';
import { readCommentDraft, saveCommentDraft } from './commentDrafts';
import { formatMoment } from './formatMoment';
import { ProofTag, useAuthor } from './WrittenBy';

/** The conversation on a goal or action: who said what, from which organisation, when; live for everyone. */
export function Comments({ itemId }: { itemId: Id }) {
  const { canEdit, me, doc, boardId } = useBoardSession();
  const itemTitle = useBoard(useCallback((board: Board) => byId(board.goals, itemId)?.title ?? byId(board.actions, itemId)?.title ?? '', [itemId]));
  const comments = useBoard(
    useCallback((board: Board) => commentsOn(board, itemId), [itemId]),
    sameItems,
  );
  const write = useWrite();
  // What I was typing here last, kept in this browser until posted (a withdrawn link loses no words).
  const [text, setText] = useState(() => readCommentDraft(boardId, itemId));
  const type = (next: string) => {
    setText(next);
    saveCommentDraft(boardId, itemId, next, itemTitle);
  };
  const [error, setError] = useState<string | null>(null);
  const ids = useId();

  const post = (event: FormEvent) => {
    event.preventDefault();
    const result = write(() => addComment(doc, { itemId, text, authorName: me.name, authorPartner: me.organisation }), { toast: false });
    setError(result.ok ? null : result.error.message);
    if (result.ok) type('');
  };

  return (
    <section className="detail-section" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Comments {comments.length > 0 ? <span className="detail-section__count">({comments.length})</span> : null}</h3>
      {comments.length === 0 ? (
        <p className="empty-note">No comments yet.</p>
      ) : (
        <ol className="plain-list comments">
          {comments.map((comment) => {
            const mine = comment.authorName === me.name && comment.authorPartner === me.organisation;
            return (
              <li key={comment.id} className="comment">
                <CommentAuthor comment={comment} />
                <p className="comment__text">{comment.text}</p>
                {mine && canEdit ? (
                  <Button
                    size="small"
                    variant="ghost"
                    className="comment__delete"
                    aria-label={`Delete your comment: ${comment.text.slice(0, 40)}`}
                    onClick={() => write((d) => deleteComment(d, comment.id))}
                  >
                    Delete
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {canEdit ? (
        <form className="comment-form" onSubmit={post}>
          <label className="field__label" htmlFor={`${ids}-text`}>
            Add a comment
          </label>
          <textarea
            id={`${ids}-text`}
            className="input"
            rows={2}
            value={text}
            maxLength={limits.comment}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(event) => type(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) post(event);
            }}
          />
          {error ? (
            <p className="field__error" id={`${ids}-error`} role="alert">
              {error}
            </p>
          ) : null}
          <Button type="submit" variant="primary" size="small">
            Post comment
          </Button>
        </form>
      ) : null}
    </section>
  );
}

/** Who wrote a comment, as the server bound it (the name in the comment is only what their client wrote), and when. */
function CommentAuthor({ comment }: { comment: Comment }) {
  const author = useAuthor(comment.writer, { name: comment.authorName, organisation: comment.authorPartner });
  return (
    <p className="comment__meta">
      <span className="comment__author">{author?.name}</span>
      {author?.organisation ? <span className="comment__organisation">{author.organisation}</span> : null}
      {author ? <ProofTag verified={author.verified} /> : null}
      <time dateTime={comment.at}>{formatMoment(comment.at)}</time>
    </p>
  );
}
