import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardError } from '../errors.js';
import { isOverdue } from '../insights.js';
import { initBoard } from '../meta.js';
import { readBoard } from '../read.js';
import { checkWholeBoard } from '../updateCheck.js';
import { templateDescription, templateLabel, templateNames, type TemplateName } from '../vocabulary.js';
import { applyTemplate } from './apply.js';

const today = '2026-03-10';

function docFrom(template: TemplateName) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'From a template', template, now: new Date(`${today}T09:00:00Z`) });
  return doc;
}

const boardFrom = (template: TemplateName) => readBoard(docFrom(template));

describe('templates', () => {
  it.each(templateNames)('%s makes a board the server accepts, with no broken references', (name) => {
    const doc = docFrom(name);
    expect(checkWholeBoard(doc)).toMatchObject({ ok: true });
    const board = readBoard(doc);
    expect(board.meta.template).toBe(name);
    expect(board.dangling).toEqual([]);
    expect(templateLabel[name]).not.toBe('');
    expect(templateDescription[name]).not.toBe('');
  });

  it('offers the blank board first, and the sector plans the partnership starts from', () => {
    expect(templateNames).toEqual(['blank', 'hospital-discharge', 'send-support', 'community-support', 'product-launch']);
  });

  it('blank starts empty', () => {
    const board = boardFrom('blank');
    expect([board.partners, board.goals, board.actions, board.risks]).toEqual([[], [], [], []]);
  });

  it.each(templateNames.filter((name) => name !== 'blank'))(
    '%s sets up partners with people, goals with actions, example risks, an agreement and a review rhythm',
    (name) => {
      const board = boardFrom(name);
      expect(board.partners.length).toBeGreaterThanOrEqual(4);
      expect(board.partners.every((p) => board.people.some((person) => person.partnerId === p.id))).toBe(true);
      expect(board.goals.length).toBeGreaterThanOrEqual(3);
      expect(board.goals.every((goal) => board.actions.some((action) => action.goalId === goal.id))).toBe(true);
      expect(board.actions.every((a) => a.ownerId !== null)).toBe(true);
      expect(board.risks.length).toBeGreaterThanOrEqual(2);
      expect(board.meta.leadPersonId).not.toBeNull();
      expect(board.meta.reviewEveryDays).toBeGreaterThan(0);
      expect(board.meta.nextReviewOn).not.toBeNull();
      expect(board.meta.agreement.objectives).not.toBe('');
    },
  );

  it('hospital-discharge is a five-partner plan with actions in every status, some overdue', () => {
    const board = boardFrom('hospital-discharge');
    expect(board.partners.map((p) => p.kind).sort()).toEqual(['charity', 'community_health', 'gp_practice', 'local_authority', 'nhs_trust']);
    expect(new Set(board.actions.map((a) => a.status))).toEqual(new Set(['todo', 'in_progress', 'blocked', 'done']));
    expect(board.actions.filter((a) => isOverdue(a, today)).length).toBeGreaterThan(0);
    expect(board.meta.voice).toMatch(/Arthur/);
    expect(board.meta.consent).toHaveLength(1);
  });

  it('send-support is led by the SENCO, with the parents and the educational psychologist as partners and the child’s voice', () => {
    const board = boardFrom('send-support');
    const lead = board.people.find((p) => p.id === board.meta.leadPersonId);
    expect(lead?.role).toBe('SENCO');
    expect(board.people.some((p) => p.role === 'Educational psychologist')).toBe(true);
    expect(board.people.some((p) => p.role === 'Parent')).toBe(true);
    expect(board.meta.voice).toMatch(/Maya/);
    expect(board.meta.consent[0]?.name).toMatch(/parents/);
  });

  it('community-support and product-launch are about a place and a product, so they have no voice or consent', () => {
    for (const name of ['community-support', 'product-launch'] as const) {
      const { meta } = boardFrom(name);
      expect([meta.voice, meta.consent]).toEqual(['', []]);
    }
  });

  it('signs the agreement for the partners a template names, at its current version', () => {
    const { meta, partners } = boardFrom('hospital-discharge');
    const signed = meta.agreement.signOffs.map((s) => partners.find((p) => p.id === s.partnerId)?.kind).sort();
    expect(signed).toEqual(['community_health', 'local_authority', 'nhs_trust']);
    expect(meta.agreement.signOffs.every((s) => s.version === meta.agreement.version)).toBe(true);
  });

  it('refuses a template that refers to something it does not define', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Broken' });
    expect(() =>
      applyTemplate(doc, { label: 'Broken', description: 'A mistake', partners: [], people: [{ key: 'ann', name: 'Ann', partner: 'nowhere' }] }, today),
    ).toThrow(BoardError);
  });

  it('keeps a board made from the retired team-around-the-child template readable', () => {
    const doc = docFrom('blank');
    doc.getMap('meta').set('template', 'team-around-the-child');
    expect(checkWholeBoard(doc)).toMatchObject({ ok: true });
    expect(readBoard(doc).meta.template).toBe('team-around-the-child');
  });
});

describe('the retired team-around-the-child template', () => {
  it('starts a SEND support plan when a board is asked for with it', () => {
    const board = readBoard(docFrom('team-around-the-child' as TemplateName));
    expect(board.meta.template).toBe('send-support');
    expect(board.meta.voice).toMatch(/Maya/);
  });
});
