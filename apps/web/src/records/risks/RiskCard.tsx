import {
  deleteRisk,
  riskAlarm,
  riskBand,
  riskCategoryLabel,
  riskResponseLabel,
  riskScore,
  riskStatusLabel,
  type Board,
  type Risk,
} from '@partnerboard/board';
import { useCallback } from 'react';
import { Badge, OwnerChip } from '../../components';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { SpotlightButton } from '../../meeting/SpotlightButton';
import { byId, sameItems, selectActions, selectGoals, selectPartners, selectPeople, useBoard } from '../../session/useBoard';
import { ActionLinks, GoalLinks } from '../PlanLinks';
import { RecordCard, RecordFact, WrittenText } from '../RecordCard';
import { RiskFields } from './RiskFields';
import { bandTone, impactWords, likelihoodWords, riskHeadingId, scoreWords } from './riskWords';

/** One risk: its score in a band and in words, what it is, who owns it, how it is handled, and any overdue mitigation. */
export function RiskCard({ risk, number, startEditing }: { risk: Risk; number: number; startEditing: boolean }) {
  const { today } = useBoardSession();
  const people = useBoard(selectPeople);
  const partners = useBoard(selectPartners);
  const goals = useBoard(selectGoals);
  const actions = useBoard(selectActions);
  const overdueActions = useBoard(
    useCallback((board: Board) => riskAlarm(risk, board.actions, today).overdueActions, [risk, today]),
    sameItems,
  );

  const score = riskScore(risk);
  const band = riskBand(score);
  const owner = byId(people, risk.ownerId);
  const goal = byId(goals, risk.goalId);
  const mitigationActions = actions.filter((action) => risk.mitigationActionIds.includes(action.id));
  const triggerPassed = riskAlarm(risk, [], today).triggerPassed;
  const overdue = triggerPassed || overdueActions.length > 0;
  const closed = risk.status === 'closed';

  return (
    <RecordCard
      kind="risk"
      id={risk.id}
      title={risk.title}
      headingId={riskHeadingId(risk.id)}
      className={['risk-card', `risk-card--${closed ? 'closed' : band}`, overdue ? 'risk-card--overdue' : ''].filter(Boolean).join(' ')}
      lead={
        <span className="risk-card__number" aria-hidden="true">
          {number}
        </span>
      }
      heading={
        <>
          <span className="visually-hidden">Risk {number}: </span>
          {risk.title}
        </>
      }
      badges={
        <>
          <Badge tone={closed ? 'neutral' : bandTone[band]}>Score {scoreWords(score, band)}</Badge>
          <Badge tone={closed ? 'neutral' : 'info'}>{riskStatusLabel[risk.status]}</Badge>
        </>
      }
      summary={
        <>
          <SpotlightButton item={{ kind: 'risk', id: risk.id }} title={risk.title} />
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
        </>
      }
      startEditing={startEditing}
      fields={<RiskFields risk={risk} />}
      remove={(doc) => deleteRisk(doc, risk.id)}
      deleteNote="It goes from the risks log for every partner, with its comments. Its mitigation actions stay on the board. If the risk is dealt with, setting its status to Closed keeps the record instead."
      facts={
        <>
          <RecordFact label="Category">{riskCategoryLabel[risk.category]}</RecordFact>
          <RecordFact label="Likelihood">
            {risk.likelihood} – {likelihoodWords[risk.likelihood]}
          </RecordFact>
          <RecordFact label="Impact">
            {risk.impact} – {impactWords[risk.impact]}
          </RecordFact>
          <RecordFact label="Response">{riskResponseLabel[risk.response]}</RecordFact>
          <RecordFact label="Owner">
            <OwnerChip person={owner} partner={byId(partners, owner?.partnerId)} emptyLabel="No owner yet" />
          </RecordFact>
          <RecordFact label="Trigger date">{risk.triggerOn ? formatDate(risk.triggerOn, today) : 'Not set'}</RecordFact>
          <RecordFact label="Goal at risk">
            <GoalLinks goals={goal ? [goal] : []} empty="None named" />
          </RecordFact>
          <RecordFact label="Cause, event and effect" wide>
            <WrittenText text={risk.description} />
          </RecordFact>
          <RecordFact label="Mitigation" wide>
            <WrittenText text={risk.mitigation} />
          </RecordFact>
          <RecordFact label="Mitigation actions" wide>
            <ActionLinks actions={mitigationActions} empty="No actions linked" />
          </RecordFact>
        </>
      }
    />
  );
}
