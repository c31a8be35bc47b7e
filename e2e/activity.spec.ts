import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { moveAction, readBoard } from '../packages/board/src/index';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { moveCardByKeyboard } from './support/board';
import { openAs } from './support/join';

test('a partner following from afar sees who moved a card, live, and narrows the activity to one partner or person, and opens what changed', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request, { title: 'Activity board', template: 'hospital-discharge' });
  const priya = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  const remote = await openAs(browser, board, 'viewer', { name: 'Mark Reid', organisation: 'Elm Street Medical Practice' });

  // The viewer opens the panel from the keyboard, before anything has happened.
  const button = remote.page.getByRole('button', { name: 'Activity', exact: true });
  await button.focus();
  await remote.page.keyboard.press('Enter');
  const panel = remote.page.getByRole('dialog', { name: 'Activity' });
  await expect(panel).toBeVisible();

  await moveCardByKeyboard(priya.page, 'Book hospital transport home', ['ArrowRight']);
  const line = panel.getByRole('listitem').filter({ hasText: "Priya Shah (Riverside Hospitals NHS Trust (Ward 7B)) moved 'Book hospital transport home' to In progress" });
  await expect(line).toBeVisible();
  await expect(line.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expectNoAxeViolations(remote.page);

  await panel.getByRole('combobox', { name: 'Partner' }).selectOption('Elm Street Medical Practice');
  await expect(panel.getByRole('status')).toHaveText('No changes by this partner or person yet.');
  await expect(line).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show everyone' }).click();
  await panel.getByRole('combobox', { name: 'Person' }).selectOption('Priya Shah');
  await expect(line).toBeVisible();

  await remote.page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();

  // A line about an action opens it, read-only for a viewer.
  await remote.page.keyboard.press('Enter');
  await panel.getByRole('button', { name: 'Open Book hospital transport home' }).click();
  await expect(panel).toBeHidden();
  await expect(remote.page.getByRole('heading', { name: 'Book hospital transport home', level: 2 })).toBeFocused();

  // A client whose presence claims another name: the line names the link it connected with, not its claim.
  const doc = new Y.Doc();
  const joanne = new WebsocketProvider(`${(baseURL ?? '').replace(/^http/, 'ws')}/sync`, board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: board.tokens.editor, name: 'Joanne Evans', org: 'Northshire Council Adult Social Care' },
    disableBc: true,
  });
  joanne.awareness.setLocalStateField('user', { name: 'Someone Else', organisation: 'Not Their Organisation' });
  await new Promise<void>((resolve) => (joanne.synced ? resolve() : joanne.once('sync', () => resolve())));
  const summary = readBoard(doc).actions.find((action) => action.title === 'Send the discharge summary to the GP');
  moveAction(doc, summary?.id ?? '', { status: 'done' });
  await remote.page.getByRole('button', { name: 'Activity', exact: true }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: "Joanne Evans (Northshire Council Adult Social Care) moved 'Send the discharge summary to the GP' to Done" })).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: /Someone Else|Not Their Organisation/ })).toHaveCount(0);
  joanne.destroy();

  await priya.context.close();
  await remote.context.close();
});
