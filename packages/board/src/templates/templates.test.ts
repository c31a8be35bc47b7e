import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isOverdue } from '../insights.js';
import { initBoard } from '../meta.js';
import { readBoard } from '../read.js';
import { templateNames } from '../vocabulary.js';

function boardFrom(template: (typeof templateNames)[number]) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'From a template', template, now: new Date('2026-03-10T09:00:00Z') });
  return readBoard(doc);
}

describe('templates', () => {
  it.each(templateNames)('%s makes a board with no broken references', (name) => {
    const board = boardFrom(name);
    expect(board.meta.template).toBe(name);
    expect(board.dangling).toEqual([]);
  });

  it('blank starts empty', () => {
    const board = boardFrom('blank');
    expect([board.partners, board.goals, board.actions]).toEqual([[], [], []]);
  });

  it('hospital-discharge is a five-partner plan with goals, actions in every status, some overdue, decisions and risks', () => {
    const board = boardFrom('hospital-discharge');
    expect(board.partners).toHaveLength(5);
    expect(board.goals.length).toBeGreaterThanOrEqual(4);
    expect(board.goals.length).toBeLessThanOrEqual(6);
    expect(board.actions.length).toBeGreaterThanOrEqual(15);
    expect(board.actions.length).toBeLessThanOrEqual(20);
    expect(new Set(board.actions.map((a) => a.status))).toEqual(new Set(['todo', 'in_progress', 'blocked', 'done']));
    expect(board.actions.filter((a) => isOverdue(a, '2026-03-10')).length).toBeGreaterThan(0);
    expect(board.decisions.length).toBeGreaterThanOrEqual(2);
    expect(board.risks.length).toBeGreaterThanOrEqual(2);
    expect(board.meta.leadPersonId).not.toBeNull();
    expect(board.meta.voice).not.toBe('');
  });

  it('gives every action an accountable owner, and every partner someone on the board', () => {
    for (const name of ['hospital-discharge', 'team-around-the-child'] as const) {
      const board = boardFrom(name);
      expect(board.actions.every((a) => a.ownerId !== null)).toBe(true);
      expect(board.partners.every((p) => board.people.some((person) => person.partnerId === p.id))).toBe(true);
    }
  });

  it('team-around-the-child is a school-led Early Help plan with the child’s voice', () => {
    const board = boardFrom('team-around-the-child');
    expect(board.partners.some((p) => p.kind === 'school')).toBe(true);
    const lead = board.people.find((p) => p.id === board.meta.leadPersonId);
    expect(board.partners.find((p) => p.id === lead?.partnerId)?.kind).toBe('school');
    expect(board.meta.voice).toMatch(/Jayden/);
    expect(board.actions.length).toBeGreaterThanOrEqual(10);
  });
});
