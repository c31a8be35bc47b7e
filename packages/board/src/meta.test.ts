import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
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
import { agreementStanding } from './agreement.js';
import { readBoard } from './read.js';
import { checkWholeBoard } from './updateCheck.js';
import { expectRefused, smallBoard } from './test-support.js';

describe('initBoard', () => {
  it('sets up a blank board with its title, purpose and creation time', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: ' Discharge plan ', purpose: 'Get Arthur home', now: new Date('2026-03-10T09:00:00Z') });
    const { meta, goals } = readBoard(doc);
    expect(meta).toMatchObject({ title: 'Discharge plan', purpose: 'Get Arthur home', template: 'blank', createdAt: '2026-03-10T09:00:00.000Z', leadPersonId: null, voice: '', consent: [] });
    expect(goals).toEqual([]);
  });

  it('keeps the purpose it was made with over its template’s example, and takes the example when given none', () => {
    const typed = new Y.Doc();
    initBoard(typed, { title: 'Discharge plan', purpose: 'Get Arthur home by Friday', template: 'hospital-discharge' });
    expect(readBoard(typed).meta.purpose).toBe('Get Arthur home by Friday');
    const example = new Y.Doc();
    initBoard(example, { title: 'Discharge plan', purpose: ' ', template: 'hospital-discharge' });
    expect(readBoard(example).meta.purpose).toMatch(/^Get Arthur Bennett \(84\) home safely/);
  });

  it('refuses a board that is already set up', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => initBoard(doc, { title: 'Again' }), { code: 'conflict' });
  });

  it('refuses an empty title and an unknown template, leaving the document empty', () => {
    const doc = new Y.Doc();
    expectRefused(doc, () => initBoard(doc, { title: '' }), { code: 'invalid', field: 'title' });
    expectRefused(doc, () => initBoard(doc, { title: 'T', template: 'nope' as never }), { code: 'invalid', field: 'template', message: /Hospital discharge plan/ });
  });
});

describe('updateMeta', () => {
  it('changes the board fields given', () => {
    const { doc, priya } = smallBoard();
    updateMeta(doc, { title: 'Arthur home', purpose: 'Home in 3 days', leadPersonId: priya, voice: 'I want my chair', reviewEveryDays: 7, nextReviewOn: '2026-03-17', sector: 'Health' });
    expect(readBoard(doc).meta).toMatchObject({ title: 'Arthur home', purpose: 'Home in 3 days', leadPersonId: priya, voice: 'I want my chair', reviewEveryDays: 7, nextReviewOn: '2026-03-17', sector: 'Health' });
  });

  it('refuses a lead professional not on the board, a review rhythm below 1 and a bad date', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => updateMeta(doc, { leadPersonId: 'gone' }), { code: 'not_found', field: 'leadPersonId' });
    expectRefused(doc, () => updateMeta(doc, { reviewEveryDays: 0 }), { code: 'invalid', field: 'reviewEveryDays' });
    expectRefused(doc, () => updateMeta(doc, { nextReviewOn: '2026-02-29' }), { code: 'invalid', field: 'nextReviewOn' });
  });
});

describe('the partnership agreement', () => {
  it('holds shared objectives, ways of working and communication channels', () => {
    const { doc } = smallBoard();
    updateAgreement(doc, { objectives: 'Safe discharge', waysOfWorking: 'One owner per action', communication: 'Daily huddle' });
    expect(readBoard(doc).meta.agreement).toMatchObject({ objectives: 'Safe discharge', waysOfWorking: 'One owner per action', communication: 'Daily huddle' });
  });

  it('holds the expectations of each partner', () => {
    const { doc, trust } = smallBoard();
    setPartnerExpectations(doc, { partnerId: trust, text: 'Discharge summary on the day' });
    expect(readBoard(doc).meta.agreement.expectations[trust]).toBe('Discharge summary on the day');
  });

  it("records and withdraws a partner's sign-off", () => {
    const { doc, trust } = smallBoard();
    signAgreement(doc, { partnerId: trust, name: 'Priya Shah' });
    expect(readBoard(doc).meta.agreement.signOffs).toEqual([{ partnerId: trust, name: 'Priya Shah', at: expect.any(String), version: 1 }]);
    withdrawSignOff(doc, trust);
    expect(readBoard(doc).meta.agreement.signOffs).toEqual([]);
  });

  it('refuses a sign-off or expectations for a partner not on the board, and withdrawing a sign-off never given', () => {
    const { doc, trust } = smallBoard();
    expectRefused(doc, () => signAgreement(doc, { partnerId: 'gone', name: 'X' }), { code: 'not_found', field: 'partnerId' });
    expectRefused(doc, () => setPartnerExpectations(doc, { partnerId: 'gone', text: 'X' }), { code: 'not_found', field: 'partnerId' });
    expectRefused(doc, () => withdrawSignOff(doc, trust), { code: 'not_found' });
  });
});

describe('consent', () => {
  it('records who agreed to sharing, when, and a later withdrawal', () => {
    const { doc } = smallBoard();
    const id = addConsent(doc, { name: 'Arthur Bennett', scope: 'Share care information between partners', givenOn: '2026-03-05' });
    updateConsent(doc, id, { withdrawnOn: '2026-03-20' });
    expect(readBoard(doc).meta.consent).toEqual([{ id, name: 'Arthur Bennett', scope: 'Share care information between partners', givenOn: '2026-03-05', withdrawnOn: '2026-03-20' }]);
    deleteConsent(doc, id);
    expect(readBoard(doc).meta.consent).toEqual([]);
  });

  it('refuses consent without a date, and changes to a record not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => addConsent(doc, { name: 'Arthur', scope: 'All', givenOn: '' }), { code: 'invalid', field: 'givenOn' });
    expectRefused(doc, () => updateConsent(doc, 'gone', { withdrawnOn: '2026-03-20' }), { code: 'not_found' });
    expectRefused(doc, () => deleteConsent(doc, 'gone'), { code: 'not_found' });
  });
});

describe('versions of the agreement', () => {
  it('starts at version 1 and records the version each partner signs', () => {
    const { doc, trust } = smallBoard();
    signAgreement(doc, { partnerId: trust, name: 'Priya Shah' });
    const { agreement } = readBoard(doc).meta;
    expect(agreement.version).toBe(1);
    expect(agreement.signOffs[0]?.version).toBe(1);
  });

  it('makes a new version when signed terms or expectations change, once until someone signs it', () => {
    const { doc, trust, council } = smallBoard();
    updateAgreement(doc, { objectives: 'Safe discharge' });
    expect(readBoard(doc).meta.agreement.version).toBe(1);
    signAgreement(doc, { partnerId: trust, name: 'Priya Shah' });
    updateAgreement(doc, { objectives: 'Safe discharge home' });
    updateAgreement(doc, { objectives: 'Safe discharge home within three days' });
    expect(readBoard(doc).meta.agreement.version).toBe(2);
    signAgreement(doc, { partnerId: council, name: 'Joanne Evans' });
    setPartnerExpectations(doc, { partnerId: council, text: 'Reablement from day one' });
    const { agreement } = readBoard(doc).meta;
    expect(agreement.version).toBe(3);
    expect(agreementStanding(agreement, readBoard(doc).partners).map((s) => s.standing)).toEqual(['earlier_version', 'earlier_version']);
  });

  it('keeps the version when a write changes nothing', () => {
    const { doc, trust } = smallBoard();
    updateAgreement(doc, { objectives: 'Safe discharge' });
    setPartnerExpectations(doc, { partnerId: trust, text: 'Summary on the day' });
    signAgreement(doc, { partnerId: trust, name: 'Priya Shah' });
    updateAgreement(doc, { objectives: 'Safe discharge' });
    setPartnerExpectations(doc, { partnerId: trust, text: 'Summary on the day' });
    expect(readBoard(doc).meta.agreement.version).toBe(1);
  });

  it('says which partners agreed to this version, an earlier one, or none', () => {
    const { doc, trust, council } = smallBoard();
    signAgreement(doc, { partnerId: trust, name: 'Priya Shah' });
    updateAgreement(doc, { communication: 'Daily huddle' });
    signAgreement(doc, { partnerId: council, name: 'Joanne Evans' });
    const board = readBoard(doc);
    const standing = Object.fromEntries(agreementStanding(board.meta.agreement, board.partners).map((s) => [s.partner.id, s.standing]));
    expect(standing).toEqual({ [trust]: 'earlier_version', [council]: 'agreed' });
    withdrawSignOff(doc, council);
    const after = readBoard(doc);
    expect(agreementStanding(after.meta.agreement, after.partners).find((s) => s.partner.id === council)?.standing).toBe('not_signed');
  });

  it('reads a sign-off from before versions as one of version 1, and the server accepts what the model writes', () => {
    const { doc, trust } = smallBoard();
    const agreementMap = doc.getMap('meta').get('agreement') as Y.Map<unknown>;
    doc.transact(() => {
      agreementMap.delete('version');
      (agreementMap.get('signOffs') as Y.Map<unknown>).set(trust, { name: 'Priya Shah', at: '2026-03-01T09:00:00.000Z' });
    });
    expect(checkWholeBoard(doc)).toMatchObject({ ok: true });
    expect(readBoard(doc).meta.agreement).toMatchObject({ version: 1, signOffs: [{ partnerId: trust, version: 1 }] });
    updateAgreement(doc, { objectives: 'Changed' });
    expect(readBoard(doc).meta.agreement.version).toBe(2);
    expect(checkWholeBoard(doc)).toMatchObject({ ok: true });
  });

  it('the server refuses a version that is not a whole number from 1', () => {
    const { doc } = smallBoard();
    (doc.getMap('meta').get('agreement') as Y.Map<unknown>).set('version', 0);
    expect(checkWholeBoard(doc)).toMatchObject({ ok: false });
  });
});
