import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { largeBoardPartner } from '../packages/board/src/fixtures/largeBoard';
import { readBoard, updateAction, type ActionPatch } from '../packages/board/src/index';
import { boardLink, createBoard } from './support/api';
import { card } from './support/board';
import { joinBoard } from './support/join';
import { countRenders, rendersSoFar } from './support/renders';
import { seedLargeBoard } from './support/seed';

// One remote edit to one action of 2,000, with each view open: what renders is the parts that show
// that action or count it. A component that reads the whole board re-renders, with all it draws,
// on every edit: for a list of goals or a matrix of 2,000 actions that is hundreds or thousands.
test('one remote edit to one action on a 2,000-action board re-renders what shows or counts it, on every view', async ({ page, request, baseURL }) => {
  test.setTimeout(240_000);
  const board = await createBoard(request, { title: 'Large board' });
  await seedLargeBoard(baseURL ?? '', board, { goals: 100, actions: 2000 });

  await countRenders(page);
  await page.goto(boardLink(board, 'editor'));
  await joinBoard(page, { name: 'Render counter', organisation: largeBoardPartner(0) });
  await expect(card(page, 'Action 1')).toBeVisible();

  // Another partner edits one action (Action 1: Goal 1, owned by Person 1, to do).
  const doc = new Y.Doc();
  const other = new WebsocketProvider(`${(baseURL ?? '').replace(/^http/, 'ws')}/sync`, board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: board.tokens.editor, name: 'Other partner', org: largeBoardPartner(1) },
    disableBc: true,
  });
  await new Promise<void>((resolve) => (other.synced ? resolve() : other.once('sync', () => resolve())));
  const action = readBoard(doc).actions.find((candidate) => candidate.title === 'Action 1');
  if (!action) throw new Error('The seeded board has no "Action 1".');

  const measured: string[] = [];
  /** The renders that one remote edit causes, once `seen` shows it arrived. */
  const rendersFor = async (where: string, patch: ActionPatch, seen: () => Promise<void>): Promise<number> => {
    const before = await rendersSoFar(page);
    updateAction(doc, action.id, patch, { name: 'Other partner', partnerName: largeBoardPartner(1) });
    await seen();
    const renders = (await rendersSoFar(page)) - before;
    measured.push(`${where}: ${renders}`);
    return renders;
  };

  // The card and the few components inside it.
  const onBoard = await rendersFor('board view', { title: 'Action 1 renamed' }, () => expect(card(page, 'Action 1 renamed')).toBeVisible());

  // The panel of another action shows nothing of this one: it does not render at all.
  await card(page, 'Action 2').getByRole('button', { name: 'Action 2', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Action 2' });
  await expect(panel.getByRole('textbox', { name: 'Notes' })).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: 'Responsible: Person 1 (Partner organisation 1)' })).toBeVisible();
  const withPanel = await rendersFor('board view, panel of another action open', { title: 'Action 1 renamed again' }, () =>
    expect(card(page, 'Action 1 renamed again')).toBeVisible(),
  );
  await panel.getByRole('button', { name: 'Close details' }).click();

  // On the goals view, the card of the action's goal, whose progress changes.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Goals' }).click();
  const goalOne = page.getByRole('article', { name: 'Goal 1', exact: true });
  await expect(goalOne).toContainText('0 of 20 actions done');
  const onGoals = await rendersFor('goals view', { status: 'done' }, () => expect(goalOne).toContainText('1 of 20 actions done'));

  // On the people view, the workload tables, whose counts change; then, renamed, its title in the matrix.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'People and partners' }).click();
  const matrix = page.getByRole('table', { name: /^Responsibility matrix/ });
  await matrix.getByRole('row').filter({ has: page.getByRole('button', { name: 'Goal 1', exact: true }) }).getByRole('button', { name: 'Show its 20 actions' }).click();
  await expect(matrix.getByRole('button', { name: 'Action 1 renamed again', exact: true })).toBeVisible();
  const personOne = page.getByRole('table', { name: 'By person' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Person 1 Partner organisation 1', exact: true }) });
  await expect(personOne.getByRole('cell').nth(2)).toHaveText('0');
  const onPeople = await rendersFor('people view', { status: 'blocked' }, () => expect(personOne.getByRole('cell').nth(2)).toHaveText('1'));
  const renamedOnPeople = await rendersFor('people view, renamed', { title: 'Action 1 renamed on the people view' }, () =>
    expect(matrix.getByRole('button', { name: 'Action 1 renamed on the people view', exact: true })).toBeVisible(),
  );
  other.destroy();

  test.info().annotations.push({ type: 'measured', description: `component renders for one remote edit to one action of 2,000: ${measured.join('; ')}` });
  console.log(test.info().annotations.at(-1)?.description);
  expect(onBoard).toBeLessThan(20);
  // The panel adds nothing: any part of it that read the whole board would render here too.
  expect(withPanel).toBe(onBoard);
  expect(onGoals).toBeLessThan(20);
  expect(onPeople).toBeLessThan(20);
  // The title in the matrix alone: not its row of cells, nor the workload tables.
  expect(renamedOnPeople).toBeLessThan(3);
});
