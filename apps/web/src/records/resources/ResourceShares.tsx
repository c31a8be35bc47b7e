import { commitmentKindLabel, resourceShares } from '@partnerboard/board';
import { useMemo } from 'react';
import { Badge } from '../../components';
import { percent } from '../../components/words';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { sharesWords } from './resourceWords';

/** For each kind of resource, who puts in how much, in words, with a bar of each organisation's part. */
export function ResourceShares() {
  const board = useBoard(wholeBoard);
  const kinds = useMemo(() => resourceShares(board), [board]);
  const partners = useMemo(() => new Map(board.partners.map((partner) => [partner.id, partner])), [board.partners]);

  return (
    <section className="resources-section" aria-labelledby="shares-heading">
      <h3 id="shares-heading">Who puts in what</h3>
      {kinds.length === 0 ? (
        <p className="empty-note">No organisation has pledged anything yet.</p>
      ) : (
        <ul className="resource-shares plain-list">
          {kinds.map((kind) => (
            <li key={kind.kind} className="resource-share">
              <p>
                <strong>{commitmentKindLabel[kind.kind]}.</strong> {sharesWords(kind, partners)}
              </p>
              <div className="resource-share__bar" aria-hidden="true">
                {kind.partners.map((part) => (
                  <span
                    key={part.partnerId}
                    className="resource-share__part"
                    title={`${partners.get(part.partnerId)?.name ?? ''}: ${percent(part.share)}`}
                    style={{ width: percent(part.share), background: partners.get(part.partnerId)?.colour }}
                  />
                ))}
              </div>
              {kind.carriedMostlyBy !== null ? (
                <p>
                  <Badge tone="warning">
                    <span aria-hidden="true">▲ </span>Carried mostly by one organisation
                  </Badge>
                </p>
              ) : null}
              {kind.by === 'count' && kind.total > 1 ? <p className="resource-share__parts">Counted by number of commitments: their amounts are not all in one unit.</p> : null}
              <p className="resource-share__parts">
                {kind.partners.map((part) => `${partners.get(part.partnerId)?.name ?? 'Unknown'} ${percent(part.share)}`).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
