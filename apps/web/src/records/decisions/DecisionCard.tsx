import { decisionStatusLabel, type Decision, type DecisionStatus } from '@partnerboard/board';
import { useEffect, useId, useRef, useState } from 'react';
import { Badge, Button, OwnerChip, type BadgeTone } from '../../components';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { byId, selectActions, selectGoals, selectPartners, selectPeople, useBoard } from '../../session/useBoard';
import { ActionLinks, GoalLinks } from '../PlanLinks';
import { DecisionFields } from './DecisionFields';
import { DeleteDecisionDialog } from './DeleteDecisionDialog';

const statusTone: Record<DecisionStatus, BadgeTone> = { proposed: 'info', agreed: 'good', to_revisit: 'warning', superseded: 'neutral' };

/** Long text as written, or a note that it is not written yet. */
function Written({ text }: { text: string }) {
  return text.trim() ? <p className="record-card__text">{text}</p> : <span className="record-card__missing">Not written yet</span>;
}

/** One decision: what, when, who decided and agreed, why, the alternatives, and the goals and actions it affects. */
export function DecisionCard({ decision, startEditing }: { decision: Decision; startEditing: boolean }) {
  const { canEdit, today } = useBoardSession();
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const goals = useBoard(selectGoals);
  const actions = useBoard(selectActions);
  const [editing, setEditing] = useState(startEditing && canEdit);
  const [deleting, setDeleting] = useState(false);
  const titleId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLDivElement>(null);

  // A decision just recorded opens for its details, with the focus on its first field.
  useEffect(() => {
    if (startEditing) editor.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [startEditing]);

  const agreedBy = partners.filter((partner) => decision.agreedByPartnerIds.includes(partner.id));
  const consulted = people.filter((person) => decision.consultedIds.includes(person.id));
  const affectedGoals = goals.filter((goal) => decision.goalIds.includes(goal.id));
  const affectedActions = actions.filter((action) => decision.actionIds.includes(action.id));
  const reviewDue = decision.reviewOn !== null && decision.reviewOn <= today && decision.status !== 'superseded';

  return (
    <article className="record-card" aria-labelledby={titleId}>
      <div className="record-card__top">
        <h3 className="record-card__title" id={titleId} tabIndex={-1} data-list-item-focus>
          {decision.title}
        </h3>
        <Badge tone={statusTone[decision.status]}>{decisionStatusLabel[decision.status]}</Badge>
        {canEdit ? (
          <Button
            ref={editButton}
            size="small"
            onClick={() => setEditing(!editing)}
            aria-expanded={editing}
            aria-label={`${editing ? 'Done editing' : 'Edit'} decision: ${decision.title}`}
          >
            {editing ? 'Done' : 'Edit'}
          </Button>
        ) : null}
      </div>
      <p className="record-card__when">
        {decision.decidedOn ? `Decided ${formatDate(decision.decidedOn, today)}` : 'Date not set'}
        {decision.decidedBy ? ` by ${decision.decidedBy}` : ''}
      </p>

      {editing ? (
        <div className="record-card__editor" ref={editor}>
          <DecisionFields decision={decision} />
          <div className="record-card__editor-buttons">
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete decision
            </Button>
          </div>
        </div>
      ) : (
        <dl className="record-card__facts">
          <div className="record-card__fact record-card__fact--wide">
            <dt>Context</dt>
            <dd>
              <Written text={decision.context} />
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Alternatives considered</dt>
            <dd>
              <Written text={decision.alternatives} />
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Rationale</dt>
            <dd>
              <Written text={decision.rationale} />
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Agreed by</dt>
            <dd>
              {agreedBy.length === 0 ? (
                'No partner named yet'
              ) : (
                <ul className="plain-list partner-list">
                  {agreedBy.map((partner) => (
                    <li key={partner.id} className="partner-list__item">
                      <span className="colour-dot" aria-hidden="true" style={{ background: partner.colour }} />
                      {partner.name}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Consulted</dt>
            <dd>
              {consulted.length === 0 ? (
                'Nobody named'
              ) : (
                <ul className="plain-list record-people">
                  {consulted.map((person) => (
                    <li key={person.id}>
                      <OwnerChip person={person} partner={byId(partners, person.partnerId)} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Goals it affects</dt>
            <dd>
              <GoalLinks goals={affectedGoals} empty="None named" />
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Actions it affects</dt>
            <dd>
              <ActionLinks actions={affectedActions} empty="None named" />
            </dd>
          </div>
          <div className="record-card__fact">
            <dt>Review on</dt>
            <dd>
              {decision.reviewOn ? formatDate(decision.reviewOn, today) : 'No review date'}
              {reviewDue ? (
                <>
                  {' '}
                  <Badge tone="warning">Due for review</Badge>
                </>
              ) : null}
            </dd>
          </div>
        </dl>
      )}
      {deleting ? (
        <DeleteDecisionDialog
          decision={decision}
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
