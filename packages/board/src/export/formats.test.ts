import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readBoard } from '../read.js';
import { planCalendar } from './calendar.js';
import { actionColumns, actionsCsv } from './csv.js';
import { awkwardTitle, examplePlan } from './examplePlan.js';
import { planMarkdown } from './markdown.js';
import { fileNameOf } from './planText.js';

const boardId = 'b0ardIdFromTheServer1';

describe('the CSV of actions', () => {
  const { doc } = examplePlan();
  const rows = parse(actionsCsv(readBoard(doc)), { bom: true }) as string[][];

  it('parses to a header and one row per action, with commas, quotes, new lines and non-ASCII names intact', () => {
    expect(rows).toEqual([
      [...actionColumns],
      [awkwardTitle, 'Zoë gets home safely', 'Siobhán Ní Bhriain', 'Northshire Council, Adult Social Care', 'To do', '2026-03-12', 'High'],
      ['Order *equipment* | bed', 'Zoë gets home safely', 'Priya Shah', 'Riverside NHS Trust', 'Done', '2026-03-15', 'Medium'],
      ["'=SUM(1,2) looks like a formula", 'Carers are supported', '', '', 'To do', '', 'Medium'],
    ]);
  });

  it('starts with a byte-order mark, so that spreadsheets read it as UTF-8', () => {
    expect(actionsCsv(readBoard(doc)).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('the iCalendar of the plan', () => {
  const { doc, awkward, equipment, review } = examplePlan();
  const events = () => {
    const calendar = new ICAL.Component(ICAL.parse(planCalendar(readBoard(doc), boardId)));
    return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  };

  it('has one all-day event per action due date, review held and next review', () => {
    const found = events().map((e) => ({ uid: e.uid, summary: e.summary, start: e.startDate.toString(), allDay: e.startDate.isDate }));
    expect(found).toEqual([
      { uid: `${boardId}.action.${awkward}@partnerboard`, summary: `Due: ${awkwardTitle}`, start: '2026-03-12', allDay: true },
      { uid: `${boardId}.action.${equipment}@partnerboard`, summary: 'Due: Order *equipment* | bed', start: '2026-03-15', allDay: true },
      { uid: `${boardId}.review.${review}@partnerboard`, summary: 'Review of the plan: Discharge plan: Zoë Ó Briain', start: '2026-03-11', allDay: true },
      { uid: `${boardId}.next-review.plan@partnerboard`, summary: 'Next review of the plan: Discharge plan: Zoë Ó Briain', start: '2026-03-24', allDay: true },
    ]);
  });

  it('gives the same UIDs every time, so that a calendar updates its events instead of duplicating them', () => {
    const first = events().map((e) => e.uid);
    expect(events().map((e) => e.uid)).toEqual(first);
  });

  it('says in each action event who is accountable and how it stands', () => {
    expect(events()[0]?.description).toBe('Goal: Zoë gets home safely\nAccountable: Siobhán Ní Bhriain (Northshire Council, Adult Social Care)\nStatus: To do\nPriority: High');
  });
});

describe('the Markdown report', () => {
  const { doc } = examplePlan();
  const report = planMarkdown(readBoard(doc), '2026-03-13');

  it('holds the goals with their actions, actions by organisation and owner, decisions, risks and the last review', () => {
    for (const heading of ['# Discharge plan: Zoë Ó Briain', '## Goals and their actions', '### Zoë gets home safely', '## Actions by organisation and owner', '### Northshire Council, Adult Social Care', '#### Siobhán Ní Bhriain', '## Decisions', '### Discharge to home, not a care home', '## Risks and barriers', '## Last review']) {
      expect(report).toContain(`\n${heading}\n`.replace(/^\n#/, '#'));
    }
    expect(report).toContain('| No care package by Friday | Resources | 20 (High) | Mitigate | Siobhán Ní Bhriain (Northshire Council, Adult Social Care) | Open |');
    expect(report).toContain('- Zoë gets home safely: Positive change');
    expect(report).toContain('due 2026-03-12 (overdue)');
  });

  it('escapes what people typed, so that it cannot change the report\'s structure', () => {
    expect(report).toContain('Order \\*equipment\\* \\| bed');
    expect(report).toContain('\\# Not a heading');
    expect(report).toContain('- [ ] Ring "Mrs Zoë Ó Briain", then the GP; check the key-safe, 2nd line');
  });
});

describe('file names', () => {
  it('are made of the title in plain letters', () => {
    expect(fileNameOf('Discharge plan: Zoë Ó Briain')).toBe('discharge-plan-zoe-o-briain');
    expect(fileNameOf('  ***  ')).toBe('partnerboard-plan');
  });
});
