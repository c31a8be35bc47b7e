import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './read.js';
import { createReview } from './reviews.js';
import { smallBoard } from './test-support.js';

// Boards stored before the server checked updates can hold anything a client wrote: the readers must
// turn it into well-formed values, never trust it.

const prototypeNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

function entity(doc: Y.Doc, collection: string, id: string): Y.Map<unknown> {
  const map = doc.getMap<Y.Map<unknown>>(collection).get(id);
  if (!map) throw new Error(`No ${collection} entity ${id}`);
  return map;
}

describe('readers given ids that are prototype names', () => {
  it.each(prototypeNames)('keep a review verdict for the goal id %s, and invent none', (name) => {
    const { doc, goal } = smallBoard();
    const review = createReview(doc, { heldOn: '2026-03-12', verdicts: { [goal]: 'positive' } });
    (entity(doc, 'reviews', review).get('verdicts') as Y.Map<unknown>).set(name, 'worse');
    const verdicts = readBoard(doc).reviews[0]?.verdicts;
    if (!verdicts) throw new Error('The review is missing');
    expect(Object.keys(verdicts).sort()).toEqual([goal, name].sort());
    expect(verdicts[name]).toBe('worse');
    const other = prototypeNames.find((candidate) => candidate !== name) ?? '';
    expect(verdicts[other]).toBeUndefined();
  });

  it.each(prototypeNames)("keep a partner's expectations under the partner id %s, and invent none", (name) => {
    const { doc, trust, council } = smallBoard();
    (metaAgreement(doc).get('expectations') as Y.Map<unknown>).set(name, new Y.Text('Turn up'));
    const read = readBoard(doc).meta.agreement.expectations;
    expect(Object.hasOwn(read, name)).toBe(true);
    expect(read[name]).toBe('Turn up');
    expect(Object.keys(read).sort()).toEqual([trust, council, name].sort());
    const other = prototypeNames.find((candidate) => candidate !== name) ?? '';
    expect(read[other]).toBeUndefined();
  });

  it('read an empty agreement without any inherited expectations', () => {
    const read = readBoard(new Y.Doc()).meta.agreement.expectations;
    for (const name of prototypeNames) expect(read[name]).toBeUndefined();
  });
});

function metaAgreement(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta').get('agreement') as Y.Map<unknown>;
}

describe('readPartner colour', () => {
  it.each([
    '#f00; position:fixed; inset:0; z-index:2147483647; background:red',
    'red',
    '#f00',
    'url(https://example.org/x.png)',
    '#12345g',
    ' #123456',
    '#1234567',
  ])('reads %j as the fallback grey', (colour) => {
    const { doc, trust } = smallBoard();
    entity(doc, 'partners', trust).set('colour', colour);
    expect(readBoard(doc).partners.find((p) => p.id === trust)?.colour).toBe('#595959');
  });

  it('reads a non-string colour as the fallback grey', () => {
    const { doc, trust } = smallBoard();
    entity(doc, 'partners', trust).set('colour', { evil: true });
    expect(readBoard(doc).partners.find((p) => p.id === trust)?.colour).toBe('#595959');
  });

  it('keeps a #rrggbb colour as written', () => {
    const { doc, trust } = smallBoard();
    entity(doc, 'partners', trust).set('colour', '#0072B2');
    expect(readBoard(doc).partners.find((p) => p.id === trust)?.colour).toBe('#0072B2');
  });
});
