/**
 * @partnerboard/board: the board document. Every read and write of a board's Y.Doc goes through here.
 *
 * Writes validate their whole input first and then change the document in one `doc.transact`; a
 * refused write throws a BoardError and leaves the document exactly as it was.
 *
 * Undo and attribution (transaction origin): the write functions take no origin parameter. Wrap the
 * call in your own transaction and Yjs uses yours, origin included, for everything inside it:
 *
 *   const localEdit = { local: true };                      // one object per client
 *   const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([localEdit]) });
 *   const id = doc.transact(() => createAction(doc, input, actor), localEdit);
 *
 * This also makes several writes one undo step (`doc.transact(() => { a(); b(); }, localEdit)`), and
 * changes that arrive from other people (another origin) are never undone by your undo.
 * `undoScope(doc)` lists the types an UndoManager should watch. Note that inside such a transaction
 * a refused write changes nothing itself, but does not roll back the writes before it.
 *
 * Reads: readBoard(doc) gives plain frozen objects; pure helpers (insights.ts, changes.ts) answer the
 * questions views ask. Nobody outside this package touches doc.getMap(...) directly.
 */
export { BoardError, isBoardError, type BoardErrorCode } from './errors.js';
export type * from './types.js';
export * from './vocabulary.js';
export { limits, isRealIsoDate } from './schema.js';
export type {
  ActionInput,
  ActionPatch,
  ActionPlace,
  AgreementPatch,
  CommentInput,
  CommitmentInput,
  CommitmentPatch,
  ConsentInput,
  ConsentPatch,
  DecisionInput,
  DecisionPatch,
  GoalInput,
  GoalPatch,
  MetaPatch,
  PartnerInput,
  PartnerPatch,
  PersonInput,
  PersonPatch,
  Place,
  ReviewInput,
  ReviewPatch,
  RiskInput,
  RiskPatch,
} from './schema.js';
export type { Placement } from './order.js';
export { addDays, isoDateOf } from './clock.js';
export {
  addConsent,
  deleteConsent,
  initBoard,
  setPartnerExpectations,
  signAgreement,
  updateAgreement,
  updateConsent,
  updateMeta,
  withdrawSignOff,
} from './meta.js';
export { createPartner, deletePartner, movePartner, updatePartner } from './partners.js';
export { createPerson, deletePerson, movePerson, updatePerson } from './people.js';
export { createGoal, deleteGoal, moveGoal, updateGoal, type GoalActionsOnDelete } from './goals.js';
export { createAction, deleteAction, moveAction, updateAction } from './actions.js';
export { createDecision, deleteDecision, updateDecision } from './decisions.js';
export { createRisk, deleteRisk, updateRisk } from './risks.js';
export { createCommitment, deleteCommitment, updateCommitment } from './commitments.js';
export { createReview, deleteReview, setAttendance, setVerdict, updateReview } from './reviews.js';
export { addComment, deleteComment } from './comments.js';
export { textField, textFields, type TextFieldName, type TextKind } from './text.js';
export { isPlainText, plainTextOf, replaceWithPlainText } from './plainText.js';
export { undoScope } from './undo.js';
export { changesBetween, type BoardChange } from './changes.js';
export { agreementStanding, type PartnerSignOff } from './agreement.js';
export { planAtAGlance, type PlanAtAGlance } from './overview.js';
export {
  isQuietReport,
  reviewReport,
  type GoalStatusChange,
  type ReassignedAction,
  type ReportDates,
  type ReportedAction,
  type ReportedRisk,
  type ReviewReport,
} from './reviewReport.js';
export { readBoard, readTitle } from './read.js';
export { lookedFields, parseReading, readingOf, sinceLastLooked, writerOfLooked, type LookedCollection, type LookedReading, type MadeByMe, type SinceLastLooked, type SinceMark } from './sinceLastLooked.js';
export { announcement, changesIn, type ToldCollection, type WrittenChange } from './liveChanges.js';
export {
  actionsOfGoal,
  carriesTooMuch,
  commentsOn,
  goalProgress,
  indexBoard,
  isOverdue,
  isPastTarget,
  matrixSections,
  orphanedActions,
  partnerOf,
  personLabel,
  raciMatrix,
  responsibilitiesOf,
  riskBand,
  riskScore,
  workload,
  type BoardIndex,
  type Load,
  type MatrixSection,
  type RaciRole,
  type RaciRow,
  type Responsibilities,
  type Workload,
} from './insights.js';
export { decisionLog, decisionMatches } from './decisionLog.js';
export { isRiskOverdue, riskAlarm, riskMatrix, riskRegister, type RiskAlarm, type RiskMatrixCell } from './riskRegister.js';
export { filterActions, filterGoals, filterPartners, filterPeople, noPlanFilters, type FilterViewer, type PlanFilters } from './insights-filters.js';
export { placeAt, placeOnDrop, type Neighbours } from './insights-places.js';
export { commitmentsByGoal, commitmentsByPartner, isLiveCommitment, resourceShares, type GoalCommitments, type KindShares, type PartnerCommitments, type ResourceShare } from './insights-resources.js';
export { contributions, type Contributions, type Delivered, type PartnerContribution, type PersonContribution } from './insights-contributions.js';
export { similarActions, similarTitleThreshold, titleSimilarity, titleWords, type SimilarAction } from './insights-duplicates.js';
export { BoardUpdateCheck, checkWholeBoard, type UpdateVerdict } from './updateCheck.js';
export { facilitatorOnlyParts } from './documentShape.js';
export * from './meeting/index.js';
export { authorBinding, bindAuthors, readAuthors, type AuthorBinding } from './authors.js';
export { activityOf, continuesActivity, foldActivityChanges, type ActivityChange, type ActivityKind } from './activity.js';
export { findOverwrites, overwriteKinds, putBack, readOverwrites, recordOverwrites, watchedFields, type FieldValue, type FoundOverwrite, type Overwrite, type OverwriteKind, type WrittenValue } from './overwrites.js';
