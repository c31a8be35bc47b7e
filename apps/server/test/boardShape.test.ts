import type * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { randomUUID } from 'node:crypto';
import { createAction, createGoal, createPartner, createPerson, readBoard, textField } from '@partnerboard/board';
import { messageNotice, readNotice, type Notice } from '@partnerboard/protocol';
import { connectClient, eventually, startSharedBoard, storedBoard, type SharedBoard, type TestClient } from './support.ts';

/** An editor whose client (the stock one) asked for notices, and the notices it received. */
function editorWithNotices(shared: SharedBoard): TestClient & { notices: Notice[] } {
  const client = connectClient(shared.server.syncUrl, shared.board.id, shared.board.tokens.editor, { ext: '1', name: 'Hostile', org: 'Nowhere' });
  const notices: Notice[] = [];
  client.provider.messageHandlers[messageNotice] = (_encoder, decoder: decoding.Decoder) => {
    const notice = readNotice(decoder);
    if (notice) notices.push(notice);
  };
  return Object.assign(client, { notices });
}

function entity(doc: Y.Doc, collection: string, id: string): Y.Map<unknown> {
  return doc.getMap<Y.Map<unknown>>(collection).get(id) as Y.Map<unknown>;
}

describe('the server checks every update against the board shape', () => {
  let shared: SharedBoard;
  let goal: string;
  let action: string;
  let person: string;
  let partner: string;

  beforeAll(async () => {
    shared = await startSharedBoard();
    const { ward, council } = shared;
    partner = createPartner(ward.doc, { name: 'Riverside NHS Trust', kind: 'nhs_trust' });
    person = createPerson(ward.doc, { name: 'Priya Shah', partnerId: partner });
    goal = createGoal(ward.doc, { title: 'Mrs Patel home by Friday' });
    action = createAction(ward.doc, { title: 'Order a hoist', goalId: goal, notes: 'Measured the room' });
    await eventually(council.doc, (doc) => readBoard(doc).actions.some((a) => a.id === action));
  });

  afterAll(() => shared.stop());

  /**
   * Makes `attack` on the copy of a new hostile editor (its copy keeps what it made, and would send
   * it again on reconnecting); resolves with the notice it gets back.
   */
  async function refusedNotice(attack: (doc: Y.Doc) => void): Promise<string> {
    const hostile = editorWithNotices(shared);
    try {
      await hostile.synced;
      attack(hostile.doc);
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (hostile.notices.length > 0) {
            clearInterval(poll);
            resolve();
          }
        }, 10);
      });
      const [notice] = hostile.notices as [Notice];
      expect(notice.kind).toBe('write-refused');
      return notice.message;
    } finally {
      hostile.destroy();
    }
  }

  /** Everyone else still syncs, and neither they nor the store hold anything of the attacks. */
  async function nothingOfItReachedAnyone(check: (doc: Y.Doc) => boolean): Promise<void> {
    await shared.othersKeepSyncing(`Still shared ${randomUUID()}`);
    expect(check(shared.council.doc)).toBe(false);
    const { doc } = await storedBoard(shared.server.dataDir, shared.board.id);
    expect(check(doc)).toBe(false);
  }

  it('refuses an embed in an action’s notes, which froze everyone’s tab, and tells the sender', async () => {
    const message = await refusedNotice((doc) => textField(doc, 'actions', action, 'notes').insertEmbed(6, { evil: true }));
    expect(message).toBe('Your change was not saved: the notes may hold only plain text (no embeds, formatting or nested parts).');
    await nothingOfItReachedAnyone((doc) => textField(doc, 'actions', action, 'notes').toDelta().length !== 1);
  });

  it('refuses __proto__ as a person’s organisation and constructor in an action’s responsible people, which blanked the People view', async () => {
    expect(await refusedNotice((doc) => entity(doc, 'people', person).set('partnerId', '__proto__'))).toMatch(/partnerId must be an id from the board/);
    expect(await refusedNotice((doc) => (entity(doc, 'actions', action).get('responsibleIds') as Y.Map<boolean>).set('constructor', true))).toMatch(
      /kept by board ids/,
    );
    await nothingOfItReachedAnyone((doc) => {
      const board = readBoard(doc);
      return board.people.some((p) => p.partnerId === '__proto__') || board.actions.some((a) => a.responsibleIds.includes('constructor'));
    });
  });

  it('refuses a partner colour that would be pasted into a style', async () => {
    const css = '#f00; position:fixed; inset:0; z-index:2147483647; background:url(https://example.invalid/x.png)';
    expect(await refusedNotice((doc) => entity(doc, 'partners', partner).set('colour', css))).toMatch(/colour must be a colour like #0072B2/);
    await nothingOfItReachedAnyone((doc) => readBoard(doc).partners.some((p) => p.colour === css));
  });

  it('refuses a 3 MB title, a wrong type, an unknown part and maps nested 3,000 deep', async () => {
    expect(await refusedNotice((doc) => entity(doc, 'goals', goal).set('title', 'x'.repeat(3_000_000)))).toMatch(/at most 200 characters/);
    expect(await refusedNotice((doc) => entity(doc, 'people', person).set('name', 42))).toMatch(/person name must be text/);
    expect(await refusedNotice((doc) => doc.getMap('pasted').set('block', 'x'))).toMatch(/the board has no part "pasted"/);
    expect(
      await refusedNotice((doc) =>
        doc.transact(() => {
          let inner = new Y.Map<unknown>();
          entity(doc, 'goals', goal).set('deep', inner);
          for (let depth = 0; depth < 3000; depth += 1) {
            const next = new Y.Map<unknown>();
            inner.set('deeper', next);
            inner = next;
          }
        }),
      ),
    ).toMatch(/the goal has no field "deep"/);
    await nothingOfItReachedAnyone((doc) => {
      const board = readBoard(doc);
      return board.goals.some((g) => g.title !== 'Mrs Patel home by Friday' && g.id === goal) || board.people.some((p) => p.name === '') || doc.share.has('pasted');
    });
  });

  it('refuses 8,000 actions in one update and emptying the board’s own fields', async () => {
    expect(
      await refusedNotice((doc) =>
        doc.transact(() => {
          const actions = doc.getMap('actions');
          for (let i = 0; i < 8000; i += 1) actions.set(randomUUID().replaceAll('-', '').slice(0, 21), new Y.Map());
        }),
      ),
    ).toMatch(/the actions would hold more than 5000/);
    expect(await refusedNotice((doc) => doc.getMap('meta').delete('title'))).toMatch(/the board title cannot be removed/);
    await nothingOfItReachedAnyone((doc) => readBoard(doc).actions.length > 1 || readBoard(doc).meta.title === '');
  });

  it('binds each client to who the server saw on its link: a shared link’s name, self-declared', async () => {
    const { ward, council } = shared;
    const added = createGoal(ward.doc, { title: 'Carer assessment booked' }, { name: 'Someone else entirely' });
    await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === added));
    await eventually(council.doc, (doc) => readBoard(doc).authors.has(ward.doc.clientID));
    const board = readBoard(council.doc);
    const writer = board.goals.find((g) => g.id === added)?.writer;
    expect(writer).toBe(ward.doc.clientID);
    expect(board.authors.get(writer as number)).toEqual({ name: 'Test person', organisation: 'Test organisation', verified: false });
  });

  it('refuses a client writing into the authors the server keeps', async () => {
    expect(
      await refusedNotice((doc) => doc.getMap('authors').set(String(shared.ward.doc.clientID), { name: 'Dr Forged', organisation: 'GMC', verified: true, linkId: 'x' })),
    ).toMatch(/no client may write|the board has no part "authors"/);
    await nothingOfItReachedAnyone((doc) => readBoard(doc).authors.get(shared.ward.doc.clientID)?.name === 'Dr Forged');
  });

  it('refuses a client writing into the record of overwrites the server keeps', async () => {
    const forged = { kind: 'goal', itemId: 'A'.repeat(21), field: 'title', kept: { value: 'x', writer: 1, at: null }, replaced: { value: 'y', writer: 2, at: null }, at: '2026-03-10T09:00:00.000Z' };
    expect(await refusedNotice((doc) => doc.getMap('overwrites').set('B'.repeat(21), forged))).toMatch(/no client may write|the board has no part "overwrites"/);
    await nothingOfItReachedAnyone((doc) => doc.getMap('overwrites').size > 0);
  });
});
