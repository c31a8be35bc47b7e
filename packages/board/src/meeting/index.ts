/** The live meeting: its state in the document's `session` part, the facilitator's writes, the server's records, and the minutes. */
export * from './types.js';
export type { AgendaItemInput, AgendaItemPatch, FollowInput, VoteInput } from './schema.js';
export { currentVote, isMeetingRunning, meetingRunning, readOpenVote, readSession, readVote } from './session.js';
export {
  addAgendaItem,
  bringEveryoneHere,
  endMeeting,
  goToAgendaItem,
  moveAgendaItem,
  moveFollowedPlace,
  removeAgendaItem,
  setSpotlight,
  startMeeting,
  stopFollowing,
  updateAgendaItem,
} from './meeting.js';
export { addTime, pauseTimer, resumeTimer, startTimer, stopTimer, timerRemainingMs, timerState } from './timer.js';
export { ballotProblem, cancelVote, openVote, revealVote, tallyVote } from './votes.js';
export { attendeeKey, capturesIn, recordAttendance, recordCaptures } from './attendance.js';
export { minutesMarkdown, minutesOf, type Minutes, type MinutesAction, type MinutesAgendaItem, type MinutesAttendee, type MinutesDecision, type MinutesOrganisation, type MinutesRisk, type MinutesVote } from './minutes.js';
export { keepMinutes, maxMinutesLength, minutesPart, readKeptMinutes, type KeptMinutes } from './keptMinutes.js';
