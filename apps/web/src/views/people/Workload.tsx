import { carriesTooMuch, workload, type Board, type Load, type Workload as BoardWorkload } from '@partnerboard/board';
import { useCallback, useMemo, type ReactNode } from 'react';
import { Badge } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { sameFieldsEach, selectPartners, selectPeople, useBoard } from '../../session/useBoard';
import { percent } from '../../components/words';
import type { ShownPeople } from './shownPeople';

interface LoadRow {
  id: string;
  who: ReactNode;
  load: Load;
  heavy: boolean;
}

function LoadTable({ caption, whoHeading, rows }: { caption: string; whoHeading: string; rows: LoadRow[] }) {
  // Where the table is wider than the screen (a phone), it scrolls sideways in its own box, which the keyboard can reach.
  return (
    <div className="workload__scroll" role="group" aria-label={`Workload ${caption.toLowerCase()}`} tabIndex={0}>
      <table className="workload">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{whoHeading}</th>
            <th scope="col" className="workload__number">
              Open
            </th>
            <th scope="col" className="workload__number">
              Overdue
            </th>
            <th scope="col" className="workload__number">
              Blocked
            </th>
            <th scope="col" className="workload__number">
              Doing (R)
            </th>
            <th scope="col">Share of open work</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, who, load, heavy }) => (
            <tr key={id} className={heavy ? 'workload__row--heavy' : undefined}>
              <th scope="row">{who}</th>
              <td className="workload__number">{load.open}</td>
              <td className={load.overdue > 0 ? 'workload__number workload__number--alert' : 'workload__number'}>{load.overdue}</td>
              <td className={load.blocked > 0 ? 'workload__number workload__number--alert' : 'workload__number'}>{load.blocked}</td>
              <td className="workload__number">{load.responsible}</td>
              <td>
                <div className="workload__share">
                  <span className="workload__percent">{percent(load.share)}</span>
                  <span className="workload__track" aria-hidden="true">
                    <span className="workload__bar" style={{ width: percent(load.share) }} />
                  </span>
                  {heavy ? (
                    <Badge tone="warning">
                      <span aria-hidden="true">▲ </span>Carrying a large share
                    </Badge>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// workload() counts anew on every change: the tables are drawn again only when a count changed.
const sameWorkload = (a: BoardWorkload, b: BoardWorkload) => a.unowned === b.unowned && sameFieldsEach(a.people, b.people) && sameFieldsEach(a.partners, b.partners);

/**
 * The load on each person and each organisation (open, overdue and blocked actions they are
 * accountable for), so the partnership sees at once who carries a disproportionate share.
 */
export function Workload({ shown }: { shown: ShownPeople }) {
  const { today } = useBoardSession();
  const load = useBoard(
    useCallback((board: Board) => workload(board, today), [today]),
    sameWorkload,
  );
  const allPeople = useBoard(selectPeople);
  const allPartners = useBoard(selectPartners);
  const people = useMemo(() => new Map(allPeople.map((person) => [person.id, person])), [allPeople]);
  const partners = useMemo(() => new Map(allPartners.map((partner) => [partner.id, partner])), [allPartners]);

  const shownPartners = new Set(shown.partners.map((partner) => partner.id));
  // The filters narrow the rows; shares and who carries too much stay measured against everyone.
  const partnerRows: LoadRow[] = load.partners.filter((entry) => shownPartners.has(entry.partnerId)).map((entry) => {
    const partner = partners.get(entry.partnerId);
    return {
      id: entry.partnerId,
      who: (
        <>
          <span className="colour-dot" aria-hidden="true" style={{ background: partner?.colour }} />
          {partner?.name}
        </>
      ),
      load: entry,
      heavy: carriesTooMuch(entry, load.partners.length),
    };
  });
  const peopleRows: LoadRow[] = load.people.filter((entry) => shown.personIds.has(entry.personId)).map((entry) => {
    const person = people.get(entry.personId);
    const partner = person ? partners.get(person.partnerId) : undefined;
    return {
      id: entry.personId,
      who: (
        <>
          <span className="colour-dot" aria-hidden="true" style={{ background: partner?.colour }} />
          {person?.name} <span className="workload__organisation">{partner?.name}</span>
        </>
      ),
      load: entry,
      heavy: carriesTooMuch(entry, load.people.length),
    };
  });
  const heavy = [...partnerRows, ...peopleRows].filter((row) => row.heavy).length;

  return (
    <section className="people-section" aria-labelledby="workload-heading">
      <h2 id="workload-heading">Workload</h2>
      <p className="people-section__intro">
        Open actions each person and organisation is accountable for. No one person or organisation should carry the whole burden.
      </p>
      <p className="workload__summary">
        {heavy > 0 ? <strong>{heavy === 1 ? 'One carries' : `${heavy} carry`} a disproportionate share of the open work (marked below). </strong> : null}
        {load.unowned > 0 ? (
          <strong>
            {load.unowned} open {load.unowned === 1 ? 'action has' : 'actions have'} no accountable owner.
          </strong>
        ) : null}
      </p>
      <div className="workload__tables">
        <LoadTable caption="By organisation" whoHeading="Organisation" rows={partnerRows} />
        <LoadTable caption="By person" whoHeading="Person" rows={peopleRows} />
      </div>
    </section>
  );
}
