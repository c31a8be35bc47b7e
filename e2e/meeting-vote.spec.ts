import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const items = ['Arthur is medically fit and ready to leave hospital', "Arthur's home is safe for his mobility", 'Care and reablement in place from day one'];

function votePanel(page: Page) {
  return page.getByRole('region', { name: 'Dot vote' });
}

async function openVote(page: Page, { dots, viewers }: { dots: number; viewers: boolean }) {
  const panel = votePanel(page);
  await panel.getByRole('button', { name: 'Open a vote' }).click();
  await panel.getByLabel('Question').fill('Which goal needs the most help?');
  for (const title of items) await panel.getByRole('checkbox', { name: `Goal: ${title}` }).check();
  await panel.getByLabel('Dots for each person').fill(String(dots));
  if (viewers) await panel.getByRole('checkbox', { name: /view-only links may vote/ }).check();
  await panel.getByRole('button', { name: 'Start the vote' }).click();
}

test('a dot vote: dots stay private until the reveal, limits hold, viewers vote only when allowed', async ({ browser, request }) => {
  // Four browsers and three axe runs.
  test.setTimeout(120_000);
  const board = await createBoard(request, { title: 'Vote board', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  await facilitator.page.getByRole('button', { name: 'Start a meeting' }).click();
  await expect(facilitator.page.getByRole('region', { name: 'Meeting' })).toBeVisible();
  await openVote(facilitator.page, { dots: 2, viewers: false });

  // Everyone joins after the vote opened: late joiners can vote.
  const alice = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });
  const bob = await openAs(browser, board, 'editor', { name: 'Dr Helen Brooks', organisation: 'Elm Street Medical Practice' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', newOrganisation: 'Northshire Housing' });

  const a = votePanel(alice.page);
  await expect(a.getByText('2 of 2 dots left')).toBeVisible();
  // Keyboard: the dot buttons are reached and pressed without a mouse.
  await a.getByRole('button', { name: `Put a dot on ${items[0]}` }).focus();
  await alice.page.keyboard.press('Enter');
  await a.getByRole('button', { name: `Put a dot on ${items[1]}` }).click();
  await expect(a.getByText('0 of 2 dots left')).toBeVisible();
  await expect(a.getByRole('button', { name: `Put a dot on ${items[2]}` })).toBeDisabled();
  // A change of mind: the dot moves.
  await a.getByRole('button', { name: `Take my dot off ${items[1]}` }).click();
  await a.getByRole('button', { name: `Put a dot on ${items[2]}` }).click();
  await expect(a.getByText('0 of 2 dots left')).toBeVisible();
  await expectNoAxeViolations(alice.page);

  const b = votePanel(bob.page);
  await b.getByRole('button', { name: `Put a dot on ${items[0]}` }).click();
  await expect(b.getByText('1 of 2 dots left')).toBeVisible();
  await expect(votePanel(facilitator.page).getByText('2 people have voted')).toBeVisible();
  // Bob's page shows only his own dot: none of Alice's, and no counts.
  await expect(b.getByRole('button', { name: `Put a dot on ${items[2]}` })).toHaveAttribute('aria-pressed', 'false');
  await expect(b.getByRole('list', { name: 'Vote results' })).toHaveCount(0);
  await expect(b.getByText(/voted/)).toHaveCount(0);

  // The viewer may not vote on this one.
  const v = votePanel(viewer.page);
  await expect(v.getByText(/your link is view only/)).toBeVisible();
  await expect(v.getByRole('button', { name: /Put a dot/ })).toHaveCount(0);

  // After a reload Alice's ballot comes back from the server.
  await alice.page.reload();
  await expect(votePanel(alice.page).getByText('0 of 2 dots left')).toBeVisible();

  await votePanel(facilitator.page).getByRole('button', { name: 'Reveal the results' }).focus();
  await facilitator.page.keyboard.press('Enter');
  for (const page of [facilitator.page, alice.page, bob.page, viewer.page]) {
    const results = votePanel(page).getByRole('list', { name: 'Vote results' }).getByRole('listitem');
    await expect(results).toHaveCount(3);
    await expect(results.first()).toContainText(`${items[0]} 2 dots`);
    await expect(results.nth(1)).toContainText(`${items[2]} 1 dot`);
    await expect(results.nth(2)).toContainText(`${items[1]} 0 dots`);
  }
  await expectNoAxeViolations(viewer.page);

  // A vote open to viewers: the viewer places a dot.
  await openVote(facilitator.page, { dots: 1, viewers: true });
  await v.getByRole('button', { name: `Put a dot on ${items[1]}` }).click();
  await expect(v.getByText('0 of 1 dot left')).toBeVisible();
  await expect(votePanel(facilitator.page).getByText('1 person has voted')).toBeVisible();

  for (const opened of [facilitator, alice, bob, viewer]) await opened.context.close();
});
