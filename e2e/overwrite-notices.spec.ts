import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs, type OpenedBoard } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const nursing = 'Northshire Community Nursing & Therapy';
const homeGoal = "Arthur's home is safe for his mobility";
const keySafe = 'Set up key safe and pendant alarm';

async function openAction(page: Page, title: string) {
  await page.getByRole('button', { name: homeGoal, exact: true }).click();
  await page.getByRole('dialog', { name: homeGoal }).getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  return actionPanel(page);
}

/** The open action's panel, whatever its title has become. */
const actionPanel = (page: Page) => page.getByRole('dialog').filter({ has: page.getByRole('textbox', { name: 'Action' }) });

const notice = (page: Page, field: string) => page.getByRole('article', { name: new RegExp(`^Your ${field} of the action`) });

/** Which of the two was told their value was replaced (Yjs keeps one of two crossing values, the same everywhere, by its own rule). */
async function replacedOn(field: string, a: OpenedBoard, b: OpenedBoard): Promise<{ replaced: OpenedBoard; kept: OpenedBoard }> {
  await expect(notice(a.page, field)).toBeVisible();
  await expect(notice(b.page, field)).toBeVisible();
  const aReplaced = (await notice(a.page, field).getByRole('button', { name: 'Put mine back' }).count()) > 0;
  return aReplaced ? { replaced: a, kept: b } : { replaced: b, kept: a };
}

test('an offline edit that crosses the room’s is told to both, in words, and the replaced one puts theirs back for everyone', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Crossing board', template: 'hospital-discharge' });
  const away = await openAs(browser, board, 'editor', { name: 'Sarah Nolan', organisation: nursing }, 'goals');
  const room = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'goals');
  await away.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const awayPanel = await openAction(away.page, keySafe);
  const roomPanel = await openAction(room.page, keySafe);

  await away.context.setOffline(true);
  await expect(away.page.getByRole('status', { name: 'Connection' })).toContainText('Offline');
  await awayPanel.getByRole('textbox', { name: 'Action' }).fill('Key safe fitted by the landlord');
  await awayPanel.getByRole('textbox', { name: 'Action' }).press('Enter');
  await awayPanel.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });

  await roomPanel.getByRole('textbox', { name: 'Action' }).fill('Key safe: waiting for the landlord');
  await roomPanel.getByRole('textbox', { name: 'Action' }).press('Enter');
  await roomPanel.getByLabel('Status', { exact: true }).selectOption({ label: 'Blocked' });
  await expect(notice(room.page, 'title')).toHaveCount(0);

  await away.context.setOffline(false);
  await expect(away.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');

  // Both are told, with both values and who wrote each.
  const title = await replacedOn('title', away, room);
  for (const page of [away.page, room.page]) {
    const told = notice(page, 'title');
    await expect(told).toContainText('Sarah Nolan (Northshire Community Nursing & Therapy)');
    await expect(told).toContainText(`Priya Shah (${ward})`);
    await expect(told).toContainText('“Key safe fitted by the landlord”');
    await expect(told).toContainText('“Key safe: waiting for the landlord”');
    await expect(told).toContainText('neither having seen the other’s change');
  }
  await expect(notice(title.kept.page, 'title').getByRole('button', { name: 'Put mine back' })).toHaveCount(0);
  await expectNoAxeViolations(title.replaced.page);

  // "Put mine back" restores it for everyone, as a normal edit; the notices go.
  const mine = title.replaced === away ? 'Key safe fitted by the landlord' : 'Key safe: waiting for the landlord';
  await notice(title.replaced.page, 'title').getByRole('button', { name: 'Put mine back' }).click();
  for (const page of [away.page, room.page]) {
    await expect(actionPanel(page).getByRole('textbox', { name: 'Action' })).toHaveValue(mine);
    await expect(notice(page, 'title')).toHaveCount(0);
  }

  // The status too, from whichever side lost it.
  const status = await replacedOn('status', away, room);
  const myStatus = status.replaced === away ? 'done' : 'blocked';
  await expect(notice(status.replaced.page, 'status')).toContainText(/Done[\s\S]*Blocked|Blocked[\s\S]*Done/);
  await notice(status.replaced.page, 'status').getByRole('button', { name: 'Put mine back' }).click();
  for (const page of [away.page, room.page]) {
    await expect(actionPanel(page).getByLabel('Status', { exact: true })).toHaveValue(myStatus);
    await expect(notice(page, 'status')).toHaveCount(0);
  }

  // After a reload, nothing is told again: the situation no longer stands.
  await room.page.reload();
  await expect(room.page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(room.page.getByRole('region', { name: /crossed with someone else’s/ })).toHaveCount(0);
  await away.context.close();
  await room.context.close();
});
