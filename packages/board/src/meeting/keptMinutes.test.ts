import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDecision } from '../decisions.js';
import { smallBoard } from '../test-support.js';
import { BoardUpdateCheck, checkWholeBoard } from '../updateCheck.js';
import { keepMinutes, readKeptMinutes } from './keptMinutes.js';
import { endMeeting, startMeeting } from './meeting.js';

function serverAndFacilitator() {
  const { doc } = smallBoard();
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const problems: (string | null)[] = [];
  // A transaction made with the origin 'server' is the server's own write, checked as such.
  client.on('update', (update: Uint8Array, origin: unknown) => {
    const verdict = new BoardUpdateCheck(server, { server: origin === 'server' }).check(update);
    problems.push(verdict.ok ? null : verdict.problem);
    if (verdict.ok) Y.applyUpdate(server, update);
  });
  const keep = () => client.transact(() => keepMinutes(client), 'server');
  return { server, client, problems, keep };
}

describe('the minutes kept from past meetings', () => {
  it('keeps the Markdown of an ended meeting once, and another meeting keeps its own', () => {
    const { server, client, problems, keep } = serverAndFacilitator();
    expect(keep()).toBe(false);
    startMeeting(client, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    createDecision(client, { title: 'Arthur goes home on Friday' });
    expect(keep()).toBe(false);
    endMeeting(client);
    expect(keep()).toBe(true);
    expect(keep()).toBe(false);
    const [first] = readKeptMinutes(client);
    expect(first?.markdown).toContain('- Arthur goes home on Friday');

    startMeeting(client, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    endMeeting(client);
    keep();
    const kept = readKeptMinutes(client);
    expect(kept).toHaveLength(2);
    // The earlier meeting's minutes stay as they were, though its decision is not in the later one.
    expect(kept[1]?.markdown).toContain('Arthur goes home on Friday');
    expect(kept[0]?.markdown).toContain('No decisions.');
    expect(problems.filter((problem) => problem !== null)).toEqual([]);
    expect(checkWholeBoard(server).ok).toBe(true);
  });

  it('keeps one entry when two server processes each keep the same meeting at once', () => {
    const { client } = serverAndFacilitator();
    startMeeting(client, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    endMeeting(client);
    const [one, two] = [new Y.Doc(), new Y.Doc()];
    for (const process of [one, two]) Y.applyUpdate(process, Y.encodeStateAsUpdate(client));
    expect(keepMinutes(one)).toBe(true);
    expect(keepMinutes(two)).toBe(true);
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(readKeptMinutes(one)).toHaveLength(1);
    expect(readKeptMinutes(two)).toEqual(readKeptMinutes(one));
  });

  it("refuses minutes from any client, the facilitator's included", () => {
    const { client, problems } = serverAndFacilitator();
    startMeeting(client, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    endMeeting(client);
    problems.length = 0;
    expect(keepMinutes(client)).toBe(true);
    expect(problems).toEqual([expect.stringMatching(/minutes|no part/)]);
  });

  it('refuses kept minutes of the wrong shape', () => {
    const problemOf = (entry: unknown) => {
      const { client, problems } = serverAndFacilitator();
      client.transact(() => client.getMap('minutes').set('abcdefghijklmnopqrstu', entry), 'server');
      return problems[0];
    };
    expect(problemOf({ startedAt: '2026-03-10T10:00:00.000Z', endedAt: '2026-03-10T11:00:00.000Z', markdown: 42 })).toMatch(/markdown/);
    expect(problemOf({ startedAt: 'yesterday', endedAt: '2026-03-10T11:00:00.000Z', markdown: '# Minutes' })).toMatch(/startedAt/);
    expect(problemOf({ startedAt: '2026-03-10T10:00:00.000Z', endedAt: '2026-03-10T11:00:00.000Z', markdown: 'x'.repeat(200_001) })).toMatch(/markdown/);
  });
});
