import { StartMeetingButton } from '../../meeting/StartMeetingButton';
import { LeadProfessional } from '../../views/people/LeadProfessional';
import { AtAGlance } from './AtAGlance';
import { ConsentRecords } from './ConsentRecords';
import { PersonVoice } from './PersonVoice';
import '../../detail/plan.css';
import '../../views/people/people.css';
import '../records.css';
import './overview.css';

/**
 * The plan's front page: what the partnership is for, how it is doing, who the single point of
 * contact is, and, where the plan is about a person or family, their own words and their consent.
 */
export function OverviewView() {
  return (
    <div className="record-page overview-view">
      <h2 id="overview-heading" className="visually-hidden" tabIndex={-1}>
        Overview of the plan
      </h2>
      <nav className="record-page__contents" aria-label="On this page">
        <a href="#overview-purpose-heading">Purpose, goals and review</a>
        <a href="#overview-lead-heading">Lead professional</a>
        <a href="#overview-voice-heading">In their own words</a>
        <a href="#overview-consent-heading">Consent to share information</a>
      </nav>
      <StartMeetingButton place="page" />
      <AtAGlance />
      <div id="overview-lead-heading" className="overview-view__anchor" tabIndex={-1}>
        <LeadProfessional />
      </div>
      <div className="overview-view__person">
        <PersonVoice />
        <ConsentRecords />
      </div>
    </div>
  );
}
