import { agreementStanding, type Board, type PartnerSignOff } from '@partnerboard/board';
import { ViewHeading } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { sameFieldsEach, useBoard } from '../../session/useBoard';
import { PartnerTerms } from './PartnerTerms';
import { TermsOfReference } from './TermsOfReference';
import '../../detail/plan.css';
import '../records.css';
import './agreement.css';

const selectVersion = (board: Board) => board.meta.agreement.version;
const selectStanding = (board: Board): PartnerSignOff[] => agreementStanding(board.meta.agreement, board.partners);

/** The partnership agreement: terms of reference, what each partner brings, and each partner's sign-off of this version. */
export function AgreementView() {
  const { canEdit } = useBoardSession();
  const version = useBoard(selectVersion);
  const standing = useBoard(selectStanding, sameFieldsEach);
  const agreed = standing.filter((s) => s.standing === 'agreed');
  const behind = standing.filter((s) => s.standing === 'earlier_version');

  return (
    <div className="record-page agreement-view">
      <ViewHeading
        id="agreement-heading"
        title="Partnership agreement"
        live
        summary={
          <>
            Version {version}.{' '}
            {standing.length === 0
              ? 'No partners on the board yet.'
              : `${agreed.length} of ${standing.length} ${standing.length === 1 ? 'partner has' : 'partners have'} agreed to this version.`}
          </>
        }
      />
      <nav className="record-page__contents" aria-label="On this page">
        <a href="#agreement-terms-heading">Terms of reference</a>
        <a href="#agreement-partners-heading">What each partner brings, and their sign-off</a>
      </nav>
      {behind.length > 0 ? (
        <div className="agreement-changed" role="status">
          <p>
            <strong>The agreement changed after it was signed.</strong> Not yet agreed to this version:{' '}
            {behind.map((s) => s.partner.name).join(', ')}.
          </p>
          {canEdit ? <p>Each of them signs it again below once they have read the changes.</p> : null}
        </div>
      ) : null}
      <TermsOfReference />
      <section className="agreement-section" aria-labelledby="agreement-partners-heading">
        <h3 id="agreement-partners-heading" tabIndex={-1}>
          What each partner brings, and their sign-off
        </h3>
        {standing.length === 0 ? (
          <p className="empty-note">Add the partner organisations in People and partners; each then says what it brings and signs the agreement here.</p>
        ) : (
          <ul className="agreement-partners">
            {standing.map((s) => (
              <PartnerTerms key={s.partner.id} standing={s} version={version} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
