import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, deleteAction, moveAction, updateAction } from './actions.js';
import { addComment } from './comments.js';
import { createCommitment } from './commitments.js';
import { createDecision, updateDecision } from './decisions.js';
import { createGoal, deleteGoal, updateGoal } from './goals.js';
import { newId } from './ids.js';
import { addConsent, setPartnerExpectations, signAgreement, updateAgreement, updateMeta } from './meta.js';
import { createPartner, deletePartner, updatePartner } from './partners.js';
import { createPerson } from './people.js';
import { createReview } from './reviews.js';
import { createRisk, updateRisk } from './risks.js';
import { smallBoard } from './test-support.js';
import { BoardUpdateCheck } from './updateCheck.js';
import { undoScope } from './undo.js';

/** A server's copy of a board and a client editing it; every client transaction is checked, and applied to the server when accepted. */
function serverAndClient(start: Y.Doc = smallBoard().doc) {
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(start));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const verdicts: { ok: boolean; problem?: string }[] = [];
  client.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'server') return;
    const verdict = new BoardUpdateCheck(server).check(update);
    verdicts.push(verdict.ok ? { ok: true } : { ok: false, problem: verdict.problem });
    if (verdict.ok) Y.applyUpdate(server, update, 'client');
  });
  return { server, client, verdicts };
}

/** The verdict on the one update `change` makes on a replica of `board`. */
function verdictOn(change: (doc: Y.Doc) => void, board: Y.Doc = smallBoard().doc) {
  const { client, verdicts } = serverAndClient(board);
  change(client);
  expect(verdicts).toHaveLength(1);
  return verdicts[0];
}

function firstActionNotes(doc: Y.Doc): Y.Text {
  const [action] = Array.from(doc.getMap<Y.Map<unknown>>('actions').values());
  return action?.get('notes') as Y.Text;
}

describe('BoardUpdateCheck on honest edits', () => {
  it('accepts every kind of write the board package makes, and the server ends with the same board', () => {
    const { doc, trust, priya, goal } = smallBoard();
    const { server, client, verdicts } = serverAndClient(doc);
    const actor = { name: 'Priya Shah', partnerName: 'Riverside NHS Trust' };
    const action = createAction(client, { title: 'Book transport', goalId: goal, ownerId: priya, responsibleIds: [priya], notes: 'Ring on Monday' }, actor);
    updateAction(client, action, { title: 'Book patient transport', dueDate: '2026-03-20', priority: 'high', consultedIds: [priya] }, actor);
    moveAction(client, action, { status: 'done' }, actor);
    firstActionNotes(client).insert(0, 'Typed: ');
    firstActionNotes(client).delete(0, 3);
    updateGoal(client, goal, { status: 'at_risk', description: 'Home by Friday', partnerIds: [trust] }, actor);
    updatePartner(client, trust, { colour: '#0072B2', name: 'Riverside Trust' });
    const partner = createPartner(client, { name: 'Age UK Northshire', kind: 'charity' });
    createPerson(client, { name: 'Sam Jones', partnerId: partner, role: 'Volunteer' });
    setPartnerExpectations(client, { partnerId: partner, text: 'Two volunteers a week' });
    signAgreement(client, { partnerId: partner, name: 'Sam Jones' });
    updateAgreement(client, { objectives: 'Arthur home safely' });
    updateMeta(client, { title: 'Arthur: discharge plan', voice: 'I want to be home for my garden', reviewEveryDays: 14, nextReviewOn: '2026-04-01', leadPersonId: priya });
    addConsent(client, { name: 'Arthur Bell', scope: 'Share with the GP', givenOn: '2026-03-10' });
    addComment(client, { itemId: action, text: 'Done, booked for 10am', authorName: 'Priya Shah', authorPartner: 'Riverside NHS Trust' });
    const decision = createDecision(client, { title: 'Arthur goes home with reablement', goalIds: [goal], agreedByPartnerIds: [trust] });
    updateDecision(client, decision, { status: 'agreed', rationale: 'He wants to' });
    const risk = createRisk(client, { title: 'Carer unavailable', likelihood: 4, impact: 5 });
    updateRisk(client, risk, { mitigation: 'Backup carer', status: 'monitoring' });
    createCommitment(client, { partnerId: trust, kind: 'staff_time', amount: 4, unit: 'hours a week' });
    createReview(client, { heldOn: '2026-03-24', attendees: [{ personId: priya, attendance: 'attended' }], verdicts: { [goal]: 'positive' } });
    deletePartner(client, partner, { movePeopleTo: trust });
    deleteAction(client, action);
    deleteGoal(client, goal, { actions: 'delete' });
    expect(verdicts.filter((verdict) => !verdict.ok)).toEqual([]);
    expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(client));
  });

  it('accepts undo and redo of changes and deletions', () => {
    const { doc, goal, priya } = smallBoard();
    const { client, verdicts } = serverAndClient(doc);
    const mine = { local: true };
    const undo = new Y.UndoManager(undoScope(client), { trackedOrigins: new Set([mine]), captureTimeout: 0 });
    const action = client.transact(() => createAction(client, { title: 'Arrange a care package', goalId: goal, ownerId: priya }), mine);
    client.transact(() => updateAction(client, action, { title: 'Arrange care' }), mine);
    client.transact(() => moveAction(client, action, { status: 'blocked' }), mine);
    client.transact(() => deleteGoal(client, goal, { actions: 'delete' }), mine);
    undo.undo();
    undo.undo();
    undo.undo();
    undo.redo();
    expect(verdicts.length).toBeGreaterThan(6);
    expect(verdicts.filter((verdict) => !verdict.ok)).toEqual([]);
  });

  it('accepts a whole board sent at once, as a client back from offline sends it', () => {
    const { doc, goal } = smallBoard();
    for (let i = 0; i < 50; i += 1) createAction(doc, { title: `Action ${i}`, goalId: goal, notes: `Note ${i}` });
    expect(new BoardUpdateCheck(new Y.Doc()).check(Y.encodeStateAsUpdate(doc))).toMatchObject({ ok: true });
  });

  it('accepts updates of one batch that build on each other (typing, key by key)', () => {
    const { doc } = smallBoard();
    const { goal } = { goal: Array.from(doc.getMap('goals').keys())[0] as string };
    createAction(doc, { title: 'Call the GP', goalId: goal });
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (const [index, letter] of [...'Ring first'].entries()) firstActionNotes(doc).insert(index, letter);
    const batch = new BoardUpdateCheck(server);
    expect(updates.map((update) => batch.check(update).ok)).toEqual(updates.map(() => true));
  });

  it('names the Yjs clients whose items an update carries', () => {
    const { client } = serverAndClient();
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(smallBoard().doc));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    createGoal(client, { title: 'Back to school' });
    const verdict = new BoardUpdateCheck(new Y.Doc()).check(Y.encodeStateAsUpdate(client));
    expect(verdict.ok && verdict.clients).toContain(client.clientID);
  });

  it('names the top-level parts an update writes and deletes from', () => {
    const { doc } = smallBoard();
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const goalId = createGoal(doc, { title: 'Back to school' });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(doc);
    deleteGoal(doc, goalId, { actions: 'delete' });
    updateMeta(doc, { title: 'Mrs Patel: home by Friday' });
    const verdict = new BoardUpdateCheck(server).check(Y.encodeStateAsUpdate(doc, before));
    expect(verdict.ok && [...verdict.parts].sort()).toEqual(['goals', 'meta']);
  });
});

describe('BoardUpdateCheck refuses', () => {
  it('an embed in an action\'s notes', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Order a hoist', goalId: goal, notes: 'Measured the room' });
    const verdict = verdictOn((client) => firstActionNotes(client).insertEmbed(6, { evil: true }), doc);
    expect(verdict).toEqual({ ok: false, problem: expect.stringMatching(/notes may hold only plain text/) });
  });

  it('formatting in an action\'s notes', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Order a hoist', goalId: goal, notes: 'Measured the room' });
    expect(verdictOn((client) => firstActionNotes(client).format(0, 4, { bold: true }), doc)).toMatchObject({ ok: false });
  });

  it('a nested type in an action\'s notes', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Order a hoist', goalId: goal, notes: 'Measured' });
    expect(verdictOn((client) => firstActionNotes(client).insertEmbed(2, new Y.Map()), doc)).toMatchObject({ ok: false });
  });

  it('a title of 3 MB', () => {
    const verdict = verdictOn((client) => {
      const [goal] = Array.from(client.getMap<Y.Map<unknown>>('goals').values());
      goal?.set('title', 'x'.repeat(3_000_000));
    });
    expect(verdict).toEqual({ ok: false, problem: 'the goal title must be text of at most 200 characters' });
  });

  it('notes grown past twice the typing limit', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Write it all down', goalId: goal });
    expect(verdictOn((client) => firstActionNotes(client).insert(0, 'x'.repeat(40_001)), doc)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/longer than 40000/),
    });
  });

  it('a value of the wrong type', () => {
    const verdict = verdictOn((client) => {
      const [person] = Array.from(client.getMap<Y.Map<unknown>>('people').values());
      person?.set('name', { first: 'Priya' });
    });
    expect(verdict).toEqual({ ok: false, problem: 'the person name must be text of at most 120 characters' });
  });

  it('a top-level part the board does not have', () => {
    expect(verdictOn((client) => client.getMap('pasted').set('x', 'y'))).toEqual({ ok: false, problem: 'the board has no part "pasted"' });
    expect(verdictOn((client) => client.getText('notes').insert(0, 'x'))).toMatchObject({ ok: false });
  });

  it('a field an entity does not have', () => {
    const verdict = verdictOn((client) => {
      const [goal] = Array.from(client.getMap<Y.Map<unknown>>('goals').values());
      goal?.set('onclick', 'alert(1)');
    });
    expect(verdict).toEqual({ ok: false, problem: 'the goal has no field "onclick"' });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('the prototype name %s as an id', (name) => {
    const { doc, priya } = smallBoard();
    const { goal } = { goal: Array.from(doc.getMap('goals').keys())[0] as string };
    createAction(doc, { title: 'Visit at home', goalId: goal, ownerId: priya });
    expect(
      verdictOn((client) => {
        const [action] = Array.from(client.getMap<Y.Map<unknown>>('actions').values());
        (action?.get('responsibleIds') as Y.Map<boolean>).set(name, true);
      }, doc),
    ).toMatchObject({ ok: false, problem: 'the responsible are kept by board ids' });
    expect(verdictOn((client) => client.getMap('people').set(name, new Y.Map()), doc)).toMatchObject({ ok: false });
    expect(
      verdictOn((client) => {
        const [person] = Array.from(client.getMap<Y.Map<unknown>>('people').values());
        person?.set('partnerId', name);
      }, doc),
    ).toMatchObject({ ok: false, problem: expect.stringMatching(/partnerId must be an id/) });
  });

  it('a partner colour that is not a colour', () => {
    const verdict = verdictOn((client) => {
      const [partner] = Array.from(client.getMap<Y.Map<unknown>>('partners').values());
      partner?.set('colour', '#f00; position:fixed; inset:0; z-index:2147483647');
    });
    expect(verdict).toEqual({ ok: false, problem: 'the partner colour must be a colour like #0072B2' });
  });

  it('maps nested 3,000 deep', () => {
    const verdict = verdictOn((client) => {
      const [goal] = Array.from(client.getMap<Y.Map<unknown>>('goals').values());
      client.transact(() => {
        let inner = new Y.Map<unknown>();
        goal?.set('description', inner);
        for (let depth = 0; depth < 3000; depth += 1) {
          const next = new Y.Map<unknown>();
          inner.set('deeper', next);
          inner = next;
        }
      });
    });
    expect(verdict).toMatchObject({ ok: false, problem: 'the description is not the kind of part it must be' });
  });

  it('more actions than a board may hold', () => {
    const verdict = verdictOn((client) => {
      const actions = client.getMap('actions');
      client.transact(() => {
        for (let i = 0; i < 5001; i += 1) actions.set(newId(), new Y.Map());
      });
    });
    expect(verdict).toEqual({ ok: false, problem: 'the actions would hold more than 5000' });
  });

  it('an id set of 50,000 entries', () => {
    const verdict = verdictOn((client) => {
      const [goal] = Array.from(client.getMap<Y.Map<unknown>>('goals').values());
      const set = goal?.get('partnerIds') as Y.Map<boolean>;
      client.transact(() => {
        for (let i = 0; i < 50_000; i += 1) set.set(newId(), true);
      });
    });
    expect(verdict).toEqual({ ok: false, problem: 'the contributing partners would hold more than 1000' });
  });

  it('emptying the board\'s own fields', () => {
    const verdict = verdictOn((client) => client.getMap('meta').delete('title'));
    expect(verdict).toEqual({ ok: false, problem: 'the board title cannot be removed, only changed' });
  });

  it('a status history entry that is not one', () => {
    const verdict = verdictOn((client) => {
      const [goal] = Array.from(client.getMap<Y.Map<unknown>>('goals').values());
      (goal?.get('statusHistory') as Y.Array<unknown>).push([{ status: 'achieved', at: 'yesterday', by: null }]);
    });
    expect(verdict).toMatchObject({ ok: false, problem: expect.stringMatching(/status history "at" must be a moment/) });
  });

  it('an item that builds on changes the server never received', () => {
    const { doc } = smallBoard();
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
    createGoal(ahead, { title: 'Never sent' });
    const updates: Uint8Array[] = [];
    ahead.on('update', (update: Uint8Array) => updates.push(update));
    const [newest] = Array.from(ahead.getMap<Y.Map<unknown>>('goals').values()).filter((goal) => goal.get('title') === 'Never sent');
    newest?.set('title', 'Builds on it');
    expect(new BoardUpdateCheck(doc).check(updates[0] as Uint8Array)).toEqual({ ok: false, problem: 'it builds on changes the server never received' });
  });

  it('forgets a refused update, so what builds on it in the batch is refused too', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Order a hoist', goalId: goal, notes: 'Measured' });
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    firstActionNotes(client).insertEmbed(2, { evil: true });
    firstActionNotes(client).insert(3, 'after the embed');
    const batch = new BoardUpdateCheck(doc);
    expect(updates.map((update) => batch.check(update).ok)).toEqual([false, false]);
  });
});

describe('BoardUpdateCheck refuses what Yjs would keep waiting', () => {
  it('an item after a gap in its own client’s changes', () => {
    const { doc } = smallBoard();
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
    createGoal(ahead, { title: 'Never sent' });
    const before = Y.encodeStateVector(ahead);
    createGoal(ahead, { title: 'Sent, after the gap' });
    expect(new BoardUpdateCheck(doc).check(Y.encodeStateAsUpdate(ahead, before))).toEqual({ ok: false, problem: 'it builds on changes the server never received' });
  });

  it('a deletion of items the server never received', () => {
    const { doc } = smallBoard();
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
    const goal = createGoal(ahead, { title: 'Never sent' });
    const before = Y.encodeStateVector(ahead);
    deleteGoal(ahead, goal, { actions: 'delete' });
    const update = Y.encodeStateAsUpdate(ahead, before);
    expect(new BoardUpdateCheck(doc).check(update)).toEqual({ ok: false, problem: 'it builds on changes the server never received' });
  });
});

describe('BoardUpdateCheck judges a batch as a whole', () => {
  it('refuses the update of a burst that takes a text past its limit with the ones before it', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Write it all down', goalId: goal });
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    firstActionNotes(client).insert(0, 'x'.repeat(30_000));
    firstActionNotes(client).insert(0, 'y'.repeat(30_000));
    const batch = new BoardUpdateCheck(doc);
    expect(updates.map((update) => batch.check(update))).toEqual([
      { ok: true, clients: [client.clientID], parts: new Set(['actions']) },
      { ok: false, problem: 'the notes would be longer than 40000 characters' },
    ]);
  });

  it('counts the entries a burst adds together', () => {
    const { doc } = smallBoard();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    const actions = client.getMap('actions');
    for (const size of [3000, 3000]) {
      client.transact(() => {
        for (let i = 0; i < size; i += 1) actions.set(newId(), new Y.Map());
      });
    }
    const batch = new BoardUpdateCheck(doc);
    expect(updates.map((update) => batch.check(update).ok)).toEqual([true, false]);
  });
});
