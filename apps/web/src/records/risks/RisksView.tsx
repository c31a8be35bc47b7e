import { isRiskOverdue, riskAlarm, riskRegister, type Board, type Id } from '@partnerboard/board';
import { useCallback, useRef, useState } from 'react';
import { Button, ViewHeading } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { sameFields, sameItems, useBoard } from '../../session/useBoard';
import { AddRiskForm } from './AddRiskForm';
import { RiskCard } from './RiskCard';
import { RiskMatrix } from './RiskMatrix';
import '../../detail/plan.css';
import '../records.css';

/** The risks and barriers log (RAID style): each risk scored and banded, a 5 × 5 matrix, and overdue mitigations said in words. */
export function RisksView() {
  const { canEdit, today } = useBoardSession();
  const risks = useBoard(useCallback((board: Board) => riskRegister(board), []), sameItems);
  const counts = useBoard(
    useCallback(
      (board: Board) => {
        const open = board.risks.filter((risk) => risk.status !== 'closed');
        return { total: board.risks.length, open: open.length, overdue: open.filter((risk) => isRiskOverdue(riskAlarm(risk, board.actions, today))).length };
      },
      [today],
    ),
    sameFields,
  );
  const [adding, setAdding] = useState(false);
  const [justAdded, setJustAdded] = useState<Id | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <section className="records-view" aria-labelledby="risks-heading">
      <ViewHeading
        id="risks-heading"
        title="Risks and barriers"
        live
        summary={
          <>
            {counts.total === 0
              ? 'Nothing in the way yet.'
              : `${counts.open} of ${counts.total} ${counts.total === 1 ? 'risk' : 'risks'} open` +
                (counts.overdue > 0 ? `; ${counts.overdue} with an overdue mitigation.` : '.')}
          </>
        }
        action={
          canEdit && !adding ? (
            <Button ref={addButton} variant="primary" onClick={() => setAdding(true)}>
              Add a risk
            </Button>
          ) : null
        }
      />

      {canEdit && adding ? (
        <AddRiskForm
          onAdded={(id) => {
            setAdding(false);
            setJustAdded(id);
          }}
          onDone={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : null}

      {risks.length === 0 ? (
        <p className="empty-note">
          No risks or barriers recorded.{' '}
          {canEdit ? 'Add what could get in the way of the plan, so that the partnership sees it early.' : 'The partnership has not recorded any yet.'}
        </p>
      ) : (
        <div className="risks-layout">
          <RiskMatrix risks={risks} />
          <ol className="record-list risks-layout__list" aria-label="Risk register">
            {risks.map((risk, index) => (
              <li key={risk.id} data-list-item={risk.id} data-risk-id={risk.id}>
                <RiskCard risk={risk} number={index + 1} startEditing={risk.id === justAdded} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
