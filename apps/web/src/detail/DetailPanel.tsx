import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { isOverdue, type Board } from '@partnerboard/board';
import { Badge, IconButton, StatusPill } from '../components';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useBoardSession } from '../session/BoardSession';
import { byId, useBoard } from '../session/useBoard';
import { useUi } from '../state/ui';
import { setMyFocus } from '../sync/presence';
import { ActionDetail } from './ActionDetail';
import { GoalDetail } from './GoalDetail';
import { PeopleHere } from './PeopleHere';
import './plan.css';
import './detail.css';

/** True for a control I type or pick in: being in one means I am editing, not just looking. */
function isEditable(element: EventTarget | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && !['button', 'submit', 'reset'].includes(element.type);
}

/**
 * The side panel for one goal or action. It takes the focus when it opens, Escape closes it, and the
 * focus goes back to where it was. While it is open, everyone else sees that I am on this item, and
 * that I am editing while I am in one of its fields.
 */
export function DetailPanel() {
  const { awareness, today } = useBoardSession();
  const detail = useUi((state) => state.detail);
  const closeDetail = useUi((state) => state.closeDetail);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const goalId = detail?.kind === 'goal' ? detail.id : null;
  const actionId = detail?.kind === 'action' ? detail.id : null;
  const goal = useBoard(useCallback((board: Board) => byId(board.goals, goalId), [goalId]));
  const action = useBoard(useCallback((board: Board) => byId(board.actions, actionId), [actionId]));
  const item = goal ?? action;
  const target = detail ? `${detail.kind}:${detail.id}` : null;

  // Remember where the focus was when the panel opened, and give it back when the panel closes.
  const open = detail !== null;
  useEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      if (returnTo.current?.isConnected) returnTo.current.focus();
    };
  }, [open]);

  // The panel sits under the board header (whose height changes with the filter bar), and the plan makes room for it.
  useLayoutEffect(() => {
    if (!open) return;
    const header = document.querySelector<HTMLElement>('.app-header');
    const root = document.documentElement;
    const place = () => root.style.setProperty('--detail-panel-top', `${Math.max(0, header?.getBoundingClientRect().bottom ?? 0)}px`);
    place();
    const observer = new ResizeObserver(place);
    if (header) observer.observe(header);
    document.body.classList.add('has-detail-panel');
    return () => {
      observer.disconnect();
      document.body.classList.remove('has-detail-panel');
      root.style.removeProperty('--detail-panel-top');
    };
  }, [open]);

  // Each item opened in the panel (also from inside it) starts at its heading.
  useEffect(() => {
    if (target) heading.current?.focus();
  }, [target]);

  // Only the panel publishes my focus: it alone knows both the item and whether I am in one of its fields.
  useEffect(() => {
    if (!detail) return;
    setMyFocus(awareness, { kind: detail.kind, id: detail.id, editing: false });
    return () => setMyFocus(awareness, null);
  }, [awareness, detail]);

  if (!detail) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    // Escape inside a confirmation dialog closes only that dialog.
    if (event.key !== 'Escape' || event.defaultPrevented || (event.target as HTMLElement).closest('dialog')) return;
    event.preventDefault();
    closeDetail();
  };
  const editing = (on: boolean) => setMyFocus(awareness, { kind: detail.kind, id: detail.id, editing: on });
  const kindWord = detail.kind === 'goal' ? 'Goal' : 'Action';

  // A section, not an aside: an aside may not be a dialog, and the panel's header row is no banner.
  return (
    <section
      className="detail-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="detail-panel-heading"
      onKeyDown={onKeyDown}
      onFocus={(event) => editing(isEditable(event.target))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) editing(false);
      }}
    >
      <div className="detail-panel__header">
        <div className="detail-panel__heading">
          <p className="detail-panel__kind">{kindWord}</p>
          <h2 id="detail-panel-heading" ref={heading} tabIndex={-1}>
            {item ? item.title : `This ${kindWord.toLowerCase()} is no longer on the board`}
          </h2>
          {goal ? <StatusPill kind="goal" status={goal.status} /> : null}
          {action ? (
            <p className="detail-panel__status">
              <StatusPill kind="action" status={action.status} />
              {isOverdue(action, today) ? (
                <Badge tone="danger">
                  <span aria-hidden="true">⚠ </span>Overdue
                </Badge>
              ) : null}
            </p>
          ) : null}
        </div>
        <IconButton label="Close details" onClick={closeDetail}>
          ✕
        </IconButton>
      </div>
      <div className="detail-panel__body">
        <ErrorBoundary
          key={target}
          what={`this ${kindWord.toLowerCase()}'s details`}
          goOn="close this panel with the button above and carry on."
          leave={{ label: 'Close the panel', onClick: closeDetail }}
          level={3}
        >
          {item ? <PeopleHere itemId={item.id} /> : <p>Someone may have just deleted it. Close this panel to carry on.</p>}
          {goal ? <GoalDetail key={goal.id} goal={goal} onDeleted={closeDetail} /> : null}
          {action ? <ActionDetail key={action.id} action={action} onDeleted={closeDetail} /> : null}
        </ErrorBoundary>
      </div>
    </section>
  );
}
