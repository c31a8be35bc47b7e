import * as Y from 'yjs';
import { addAgendaItem, bringEveryoneHere, createGoal, goToAgendaItem, moveFollowedPlace, openVote, readVote, startMeeting, startTimer } from '../../packages/board/src/index';
import { readVoteCount, readVoteMine, voteCastMessage, voteCountMessage, voteMineMessage, voteRevealMessage } from '../../packages/protocol/src/index';
import { mebibytes } from '../harness/stats';
import { ProcessSampler, rssBytes, type ProcessUsage } from '../harness/processStats';
import type { ResultRow } from '../harness/report';
import { withTarget, type Scenario } from '../harness/scenario';
import { startPartnerboard, type BenchTarget } from '../harness/servers';
import { summarize } from '../harness/stats';
import { mapLimited, sleep, within } from '../harness/timing';
import { SyncClient } from '../harness/SyncClient';

/** Time between two agenda changes, as a facilitator moving on briskly, far faster than a real meeting. */
const pauseBetweenChangesMs = 200;
/** Items on each vote, and dots per person. */
const voteItems = 5;
const dotsEach = 2;
/** Participants who also have the board open in a second tab (an observer on the same link and name). */
const secondTabs = 20;
/** How long a client may take to be let in and synced before the run fails (a connection limit refused it). */
const joinTimeoutMs = 30_000;

interface Participant {
  client: SyncClient;
  doc: Y.Doc;
  following: boolean;
  /** The server's answers about my ballot, by vote. */
  ballotAnswered: Map<string, () => void>;
}

/** What one meeting measured. */
interface MeetingRun {
  participants: number;
  followers: number;
  agendaChanges: number;
  votes: number;
  /** Facilitator's change of agenda item to a follower's document showing it, every follower and change, ms. */
  agendaLatencies: number[];
  /** Facilitator's change of agenda item to the last follower's document showing it, each change, ms. */
  agendaToLast: number[];
  /** Facilitator's reveal to a participant's document holding the results, every participant and vote, ms. */
  revealLatencies: number[];
  /** Facilitator's reveal to the last participant's document holding the results, each vote, ms. */
  revealToLast: number[];
  agendaUsage: ProcessUsage;
  voteUsage: ProcessUsage;
  /** Server RSS with everyone in the meeting, before any change. */
  rssJoinedBytes: number;
}

/** Resolves once `client` has synced; fails at once when the server closes it first (a connection limit refused it). */
function letIn(client: SyncClient, who: string): Promise<void> {
  const refused = client.closed.then((code) => {
    throw new Error(`The server closed ${who} with ${code} before syncing: a connection limit refused the meeting`);
  });
  return within(`${who} to be let in and synced`, Promise.race([client.synced, refused]), joinTimeoutMs);
}

/** The session's current agenda item in `doc`. */
function currentItem(doc: Y.Doc): unknown {
  return doc.getMap('session').get('currentItemId');
}

/**
 * One facilitator and `participants` editors on one board (the first `followers` of them following
 * the facilitator), a meeting with its timer running: the facilitator moves through the agenda,
 * then runs dot votes every participant casts a ballot on, each revealed.
 */
async function meeting(target: BenchTarget, sizes: { participants: number; followers: number; agendaChanges: number; votes: number }, log: (message: string) => void): Promise<MeetingRun> {
  const meetingUrl = target.meetingUrl?.bind(target);
  if (!meetingUrl) throw new Error(`${target.label} has no meetings`);
  const boardId = await target.createBoard('Meeting');

  const facilitatorDoc = new Y.Doc();
  let voteCount: { voteId: string; voters: number } | null = null;
  let countChanged = () => {};
  const facilitator = await SyncClient.open(meetingUrl(boardId, 'facilitator', 'Facilitator'), {
    doc: facilitatorDoc,
    onCustom: (message) => {
      const count = message.type === voteCountMessage ? readVoteCount(message.body) : null;
      if (count) {
        voteCount = count;
        countChanged();
      }
    },
  });
  await facilitator.synced;
  const goals = Array.from({ length: voteItems }, (_, index) => createGoal(facilitatorDoc, { title: `Goal ${index + 1}` }));
  const agenda = Array.from({ length: sizes.agendaChanges + 1 }, (_, index) => addAgendaItem(facilitatorDoc, { title: `Item ${index + 1}`, minutes: 10 }));
  startMeeting(facilitatorDoc, { name: 'Facilitator', organisation: 'Bench' });
  bringEveryoneHere(facilitatorDoc, { view: 'board', itemId: null }, Date.now());
  startTimer(facilitatorDoc, 10, Date.now());
  await facilitator.acknowledged();

  // Each participant reports what it waits for through these, set before each measured step.
  let onAgendaSeen: (receivedAt: number) => void = () => {};
  let expectedItem: unknown = currentItem(facilitatorDoc);
  let onRevealSeen: (receivedAt: number) => void = () => {};
  let revealedVote: string | null = null;

  const people = await mapLimited(Array.from({ length: sizes.participants }), 20, async (_, index): Promise<Participant> => {
    const doc = new Y.Doc();
    const following = index < sizes.followers;
    const ballotAnswered = new Map<string, () => void>();
    let seenItem = expectedItem;
    let seenReveal: string | null = null;
    const client = await SyncClient.open(meetingUrl(boardId, 'editor', `Participant ${index + 1}`), {
      doc,
      onUpdate: (_update, receivedAt) => {
        if (following && seenItem !== expectedItem && currentItem(doc) === expectedItem) {
          seenItem = expectedItem;
          onAgendaSeen(receivedAt);
        }
        if (revealedVote !== null && seenReveal !== revealedVote && readVote(doc, revealedVote)?.status === 'revealed') {
          seenReveal = revealedVote;
          onRevealSeen(receivedAt);
        }
      },
      onCustom: (message) => {
        const mine = message.type === voteMineMessage ? readVoteMine(message.body) : null;
        if (mine) ballotAnswered.get(mine.voteId)?.();
      },
    });
    await letIn(client, `participant ${index + 1}`);
    return { client, doc, following, ballotAnswered };
  });
  const tabs = await mapLimited(Array.from({ length: secondTabs }), 20, async (_, index) => {
    const tab = await SyncClient.open(meetingUrl(boardId, 'editor', `Participant ${index + 1}`));
    await letIn(tab, `participant ${index + 1}'s second tab`);
    return tab;
  });
  const rssJoinedBytes = rssBytes(target.pid);
  log(`${target.label}: ${sizes.participants} participants (${secondTabs} with a second tab) and the facilitator joined, the timer running`);

  // The facilitator moves through the agenda; each change is timed to the last follower.
  const agendaLatencies: number[] = [];
  const agendaToLast: number[] = [];
  const agendaSampler = new ProcessSampler(target.pid);
  for (let change = 1; change <= sizes.agendaChanges; change++) {
    const itemId = agenda[change] as string;
    let seen = 0;
    let allSeen!: () => void;
    const everyFollower = new Promise<void>((resolve) => (allSeen = resolve));
    let sentAt = 0;
    onAgendaSeen = (receivedAt) => {
      agendaLatencies.push(receivedAt - sentAt);
      if (++seen === sizes.followers) allSeen();
    };
    expectedItem = itemId;
    sentAt = performance.now();
    facilitatorDoc.transact(() => {
      goToAgendaItem(facilitatorDoc, itemId, { markLeftDone: true, now: Date.now() });
      moveFollowedPlace(facilitatorDoc, { view: 'board', itemId: null });
    });
    await within(`every follower to see agenda item ${change}`, everyFollower, 30_000);
    agendaToLast.push(Math.max(...agendaLatencies.slice(-sizes.followers)));
    await sleep(pauseBetweenChangesMs);
  }
  const agendaUsage = agendaSampler.stop();

  // Dot votes: everyone casts a ballot, the facilitator sees the count reach everyone and reveals.
  const revealLatencies: number[] = [];
  const revealToLast: number[] = [];
  const voteSampler = new ProcessSampler(target.pid);
  for (let round = 0; round < sizes.votes; round++) {
    const voteId = openVote(facilitatorDoc, { question: `Vote ${round + 1}`, items: goals.map((id) => ({ kind: 'goal' as const, id })), dots: dotsEach });
    await facilitator.acknowledged();
    const counted = new Promise<void>((resolve) => {
      countChanged = () => {
        if (voteCount?.voteId === voteId && voteCount.voters === sizes.participants) resolve();
      };
    });
    await Promise.all(
      people.map(({ client, ballotAnswered }, index) => {
        const answered = new Promise<void>((resolve) => ballotAnswered.set(voteId, resolve));
        const itemIds = [goals[index % voteItems], goals[(index + round + 1) % voteItems]] as string[];
        client.sendCustom(voteCastMessage, { voteId, itemIds: [...new Set(itemIds)] });
        return answered;
      }),
    );
    await within(`the facilitator to see ${sizes.participants} ballots`, counted, 30_000);
    let seen = 0;
    let allSeen!: () => void;
    const everyone = new Promise<void>((resolve) => (allSeen = resolve));
    let sentAt = 0;
    onRevealSeen = (receivedAt) => {
      revealLatencies.push(receivedAt - sentAt);
      if (++seen === sizes.participants) allSeen();
    };
    revealedVote = voteId;
    sentAt = performance.now();
    facilitator.sendCustom(voteRevealMessage, { voteId });
    await within(`every participant to see vote ${round + 1} revealed`, everyone, 30_000);
    revealToLast.push(Math.max(...revealLatencies.slice(-sizes.participants)));
    await sleep(pauseBetweenChangesMs);
  }
  const voteUsage = voteSampler.stop();

  await Promise.all([facilitator, ...people.map(({ client }) => client), ...tabs].map((client) => client.close()));
  return {
    participants: sizes.participants,
    followers: sizes.followers,
    agendaChanges: sizes.agendaChanges,
    votes: sizes.votes,
    agendaLatencies,
    agendaToLast,
    revealLatencies,
    revealToLast,
    agendaUsage,
    voteUsage,
    rssJoinedBytes,
  };
}

export const meetingScenario: Scenario = {
  name: 'meeting',
  summary: `a facilitator and 200 participants (100 following, ${secondTabs} with a second tab) on one board under the default connection limits, timer running: agenda changes to every follower, dot-vote reveals to everyone; Partnerboard only`,
  async run(context) {
    const sizes = context.quick ? { participants: 200, followers: 100, agendaChanges: 10, votes: 2 } : { participants: 200, followers: 100, agendaChanges: 50, votes: 10 };
    // The server's default connection limits: a meeting this size must fit under them from one address.
    const run = await withTarget(
      () => startPartnerboard({ profile: context.profile, store: context.store, defaultConnectionLimits: true }),
      (target) => meeting(target, sizes, context.log),
    );
    const agenda = summarize(run.agendaLatencies);
    const agendaLast = summarize(run.agendaToLast);
    const reveal = summarize(run.revealLatencies);
    const revealLast = summarize(run.revealToLast);
    context.log(
      `Partnerboard: agenda change to each of ${run.followers} followers p50 ${agenda.p50.toFixed(2)} ms, p99 ${agenda.p99.toFixed(2)} ms; to the last p50 ${agendaLast.p50.toFixed(2)} ms, p99 ${agendaLast.p99.toFixed(2)} ms (${run.agendaChanges} changes)`,
    );
    context.log(
      `Partnerboard: reveal to each of ${run.participants} participants p50 ${reveal.p50.toFixed(2)} ms, p99 ${reveal.p99.toFixed(2)} ms; to the last p50 ${revealLast.p50.toFixed(2)} ms, p99 ${revealLast.p99.toFixed(2)} ms (${run.votes} votes)`,
    );
    const scenario = `meeting, ${run.participants} people`;
    const only = { reference: null, note: 'no reference: it has no meetings' };
    const rows: ResultRow[] = [
      { scenario, measure: `p50 agenda change to each of ${run.followers} followers`, unit: 'ms', better: 'lower', partnerboard: agenda.p50, ...only },
      { scenario, measure: `p99 agenda change to each of ${run.followers} followers`, unit: 'ms', better: 'lower', partnerboard: agenda.p99, ...only },
      { scenario, measure: `p50 agenda change to the last follower (${run.agendaChanges} changes)`, unit: 'ms', better: 'lower', partnerboard: agendaLast.p50, ...only },
      { scenario, measure: `p99 agenda change to the last follower (${run.agendaChanges} changes)`, unit: 'ms', better: 'lower', partnerboard: agendaLast.p99, ...only },
      { scenario, measure: `p50 vote reveal to each of ${run.participants} participants`, unit: 'ms', better: 'lower', partnerboard: reveal.p50, ...only },
      { scenario, measure: `p99 vote reveal to each of ${run.participants} participants`, unit: 'ms', better: 'lower', partnerboard: reveal.p99, ...only },
      { scenario, measure: `p50 vote reveal to the last participant (${run.votes} votes)`, unit: 'ms', better: 'lower', partnerboard: revealLast.p50, ...only },
      { scenario, measure: `p99 vote reveal to the last participant (${run.votes} votes)`, unit: 'ms', better: 'lower', partnerboard: revealLast.p99, ...only },
      { scenario, measure: 'server CPU per agenda change', unit: 'ms', better: 'lower', partnerboard: (run.agendaUsage.cpuSeconds * 1000) / run.agendaChanges, ...only },
      { scenario, measure: `server CPU per vote (${run.participants} ballots and the reveal)`, unit: 'ms', better: 'lower', partnerboard: (run.voteUsage.cpuSeconds * 1000) / run.votes, ...only },
      { scenario, measure: 'server RSS with everyone joined', unit: 'MiB', better: 'lower', partnerboard: mebibytes(run.rssJoinedBytes), ...only },
      { scenario, measure: 'server RSS peak during the meeting', unit: 'MiB', better: 'lower', partnerboard: mebibytes(Math.max(run.agendaUsage.rssPeakBytes, run.voteUsage.rssPeakBytes)), ...only },
    ];
    return {
      rows,
      details: {
        pauseBetweenChangesMs,
        voteItems,
        dotsEach,
        secondTabs,
        ...sizes,
        agenda,
        agendaToLast: agendaLast,
        reveal,
        revealToLast: revealLast,
        agendaUsage: run.agendaUsage,
        voteUsage: run.voteUsage,
        rssJoinedBytes: run.rssJoinedBytes,
      },
    };
  },
};
