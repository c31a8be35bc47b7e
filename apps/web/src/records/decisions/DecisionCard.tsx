import { decisionStatusLabel, deleteDecision, type Decision, type DecisionStatus } from '@partnerboard/board';
import { Badge, OwnerChip, PartnerNames, type BadgeTone } from '../../components';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { byId, selectActions, selectGoals, selectPartners, selectPeople, useBoard } from '../../session/useBoard';
import { ActionLinks, GoalLinks } from '../PlanLinks';
import { RecordCard, RecordFact, WrittenText } from '../RecordCard';
import { DecisionFields } from './DecisionFields';

const statusTone: Record<DecisionStatus, BadgeTone> = { proposed: 'info', agreed: 'good', to_revisit: 'warning', superseded: 'neutral' };

/** One decision: what, when, who decided and agreed, why, the alternatives, and the goals and actions it affects. */
export function DecisionCard({ decision, startEditing }: { decision: Decision; startEditing: boolean }) {
  const { today } = useBoardSession();
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const goals = useBoard(selectGoals);
  const actions = useBoard(selectActions);

  const agreedBy = partners.filter((partner) => decision.agreedByPartnerIds.includes(partner.id));
  const consulted = people.filter((person) => decision.consultedIds.includes(person.id));
  const affectedGoals = goals.filter((goal) => decision.goalIds.includes(goal.id));
  const affectedActions = actions.filter((action) => decision.actionIds.includes(action.id));
  const reviewDue = decision.reviewOn !== null && decision.reviewOn <= today && decision.status !== 'superseded';

  return (
    <RecordCard
      kind="decision"
      id={decision.id}
      title={decision.title}
      badges={<Badge tone={statusTone[decision.status]}>{decisionStatusLabel[decision.status]}</Badge>}
      summary={
        <p className="record-card__when">
          {decision.decidedOn ? `Decided ${formatDate(decision.decidedOn, today)}` : 'Date not set'}
          {decision.decidedBy ? ` by ${decision.decidedBy}` : ''}
        </p>
      }
      startEditing={startEditing}
      fields={<DecisionFields decision={decision} />}
      remove={(doc) => deleteDecision(doc, decision.id)}
      deleteNote="It goes from the decision log for every partner, with its comments. The goals and actions it names stay as they are."
      facts={
        <>
          <RecordFact label="Context" wide>
            <WrittenText text={decision.context} />
          </RecordFact>
          <RecordFact label="Alternatives considered">
            <WrittenText text={decision.alternatives} />
          </RecordFact>
          <RecordFact label="Rationale">
            <WrittenText text={decision.rationale} />
          </RecordFact>
          <RecordFact label="Agreed by">
            <PartnerNames partners={agreedBy} empty="No partner named yet" />
          </RecordFact>
          <RecordFact label="Consulted">
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
          </RecordFact>
          <RecordFact label="Goals it affects">
            <GoalLinks goals={affectedGoals} empty="None named" />
          </RecordFact>
          <RecordFact label="Actions it affects">
            <ActionLinks actions={affectedActions} empty="None named" />
          </RecordFact>
          <RecordFact label="Review on">
            {decision.reviewOn ? formatDate(decision.reviewOn, today) : 'No review date'}
            {reviewDue ? (
              <>
                {' '}
                <Badge tone="warning">Due for review</Badge>
              </>
            ) : null}
          </RecordFact>
        </>
      }
    />
  );
}
