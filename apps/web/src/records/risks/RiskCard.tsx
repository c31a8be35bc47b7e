import {
  riskAlarm,
  riskBand,
  riskCategoryLabel,
  riskResponseLabel,
  riskScore,
  riskStatusLabel,
  type Board,
  type Risk,
} from '@partnerboard/board';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Badge, Button, OwnerChip } from '../../components';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { byId, sameItems, selectActions, selectGoals, selectPartners, selectPeople, useBoard } from '../../session/useBoard';
import { ActionLinks, GoalLinks } from '../PlanLinks';
import { DeleteRiskDialog } from './DeleteRiskDialog';
import { RiskFields } from './RiskFields';
import { bandTone, impactWords, likelihoodWords, riskHeadingId, scoreWords } from './riskWords';

/** One risk: its score in a band and in words, what it is, who owns it, how it is handled, and any overdue mitigation. */
export function RiskCard({ risk, number, startEditing }: { risk: Risk; number: number; startEditing: boolean }) {
  const { canEdit, today } = useBoardSession();
  const people = useBoard(selectPeople);
  const partners = useBoard(selectPartners);
  const goals = useBoard(selectGoals);
  const actions = useBoard(selectActions);
  const overdueActions = useBoard(
    useCallback((board: Board) => riskAlarm(risk, board.actions, today).overdueActions, [risk, today]),
    sameItems,
  );
  const [editing, setEditing] = useState(startEditing && canEdit);
  const [deleting, setDeleting] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (startEditing) editor.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [startEditing]);

  const score = riskScore(risk);
  const band = riskBand(score);
  const owner = byId(people, risk.ownerId);
  const goal = byId(goals, risk.goalId);
  const mitigationActions = actions.filter((action) => risk.mitigationActionIds.includes(action.id));
  const triggerPassed = riskAlarm(risk, [], today).triggerPassed;
  const overdue = triggerPassed || overdueActions.length > 0;
  const closed = risk.status === 'closed';

  return (
    <article
      className={['record-card', 'risk-card', `risk-card--${closed ? 'closed' : band}`, overdue ? 'risk-card--overdue' : ''].filter(Boolean).join(' ')}
      aria-labelledby={riskHeadingId(risk.id)}
    >
      <div className="record-card__top">
        <span className="risk-card__number" aria-hidden="true">
          {number}
        </span>
        <h3 className="record-card__title" id={riskHeadingId(risk.id)} tabIndex={-1} data-list-item-focus>
          <span className="visually-hidden">Risk {number}: </span>
          {risk.title}
        </h3>
        <Badge tone={closed ? 'neutral' : bandTone[band]}>Score {scoreWords(score, band)}</Badge>
        <Badge tone={closed ? 'neutral' : 'info'}>{riskStatusLabel[risk.status]}</Badge>
        {canEdit ? (
          <Button
            ref={editButton}
            size="small"
            onClick={() => setEditing(!editing)}
            aria-expanded={editing}
            aria-label={`${editing ? 'Done editing' : 'Edit'} risk: ${risk.title}`}
          >
            {editing ? 'Done' : 'Edit'}
          </Button>
        ) : null}
      </div>

      {overdue ? (
        <div className="risk-card__alarm">
          <Badge tone="danger">Mitigation overdue</Badge>
          <ul className="plain-list">
            {triggerPassed && risk.triggerOn ? <li>The trigger date, {formatDate(risk.triggerOn, today)}, has passed and the risk is still {riskStatusLabel[risk.status].toLowerCase()}.</li> : null}
            {overdueActions.map((action) => (
              <li key={action.id}>
                “{action.title}” was due {action.dueDate ? formatDate(action.dueDate, today) : ''} and is not done.
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {editing ? (
        <div className="record-card__editor" ref={editor}>
          <RiskFields risk={risk} />
          <div className="record-card__editor-buttons">
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete risk
            </Button>
          </div>
        </div>
      ) : (
        <dl className="record-card__facts">
          <div className="record-card__fact">
            <dt>Category</dt>
            <dd>{riskCategoryLabel[risk.category]}</dd>
          </div>
          <div className="record-card__fact">
            <dt>Likelihood</dt>
            <dd>
              {risk.likelihood} – {likelihoodWords[risk.likelihood]}
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Impact</dt>
            <dd>
              {risk.impact} – {impactWords[risk.impact]}
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Response</dt>
            <dd>{riskResponseLabel[risk.response]}</dd>
          </div>
          <div className="record-card__fact">
            <dt>Owner</dt>
            <dd>
              <OwnerChip person={owner} partner={byId(partners, owner?.partnerId)} emptyLabel="No owner yet" />
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Trigger date</dt>
            <dd>{risk.triggerOn ? formatDate(risk.triggerOn, today) : 'Not set'}</dd>
          </div>
          <div className="record-card__fact">
            <dt>Goal at risk</dt>
            <dd>
              <GoalLinks goals={goal ? [goal] : []} empty="None named" />
            </dd>
          </div>
          <div className="record-card__fact record-card__fact--wide">
            <dt>Cause, event and effect</dt>
            <dd>{risk.description.trim() ? <p className="record-card__text">{risk.description}</p> : <span className="record-card__missing">Not written yet</span>}</dd>
          </div>
          <div className="record-card__fact record-card__fact--wide">
            <dt>Mitigation</dt>
            <dd>{risk.mitigation.trim() ? <p className="record-card__text">{risk.mitigation}</p> : <span className="record-card__missing">Not written yet</span>}</dd>
          </div>
          <div className="record-card__fact record-card__fact--wide">
            <dt>Mitigation actions</dt>
            <dd>
              <ActionLinks actions={mitigationActions} empty="No actions linked" />
            </dd>
          </div>
        </dl>
      )}
      {deleting ? (
        <DeleteRiskDialog
          risk={risk}
          onClose={() => {
            setDeleting(false);
            editButton.current?.focus();
          }}
          onDeleted={() => setDeleting(false)}
        />
      ) : null}
    </article>
  );
}
