import { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, logIn, test } from './support';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** How much wider the document is than the window (0 when nothing sticks out sideways). */
function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('layout on a phone and on a laptop', () => {
  test('on a phone the first search result is on the first screen and the filters wait behind a button', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/vacatures?q=lassen');
    const first = page.getByTestId('vacancy-card').first();
    await expect(first.getByRole('link').first()).toBeInViewport({ ratio: 1 });
    await expect(page.locator('#search-filters')).toBeHidden();
    expect(await sideways(page)).toBe(0);

    await page.getByRole('button', { name: 'Filters tonen' }).click();
    await expect(page.getByRole('button', { name: 'Filters verbergen' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#search-filters')).toBeVisible();
  });

  test('the landing page searches words and a place straight away', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    const search = page.getByRole('search', { name: 'Vacatures zoeken' });
    const words = search.getByRole('searchbox', { name: 'Wat zoek je?' });
    await words.click();
    await words.fill('lassen');
    await search.getByRole('combobox', { name: 'Plaats' }).fill('Emmen');
    await page
      .getByRole('option', { name: /^Emmen ·/ })
      .first()
      .click();
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/\/vacatures\?q=lassen&place=\d+&radiusKm=20$/);
    await expect(page.getByRole('searchbox', { name: 'Zoekwoorden' })).toHaveValue('lassen');
    await expect(page.getByTestId('vacancy-card').first()).toBeVisible();
  });

  for (const size of [PHONE, DESKTOP]) {
    test(`the applicant board scrolls inside itself at ${size.width} px, never the page`, async ({ page }) => {
      await page.setViewportSize(size);
      await logIn(page, 'eigenaar@demo.techzonematch.nl', DEMO_PASSWORD);
      await expect(page.getByTestId('home-company')).toBeVisible();
      await page.goto('/bedrijf/vacatures');
      await page.getByTestId('applicants-link').first().click();
      await expect(page).toHaveURL(/\/bedrijf\/vacatures\/[^/]+\/sollicitaties$/);
      const board = page.locator('.board');
      await expect(board.locator('.column').first()).toBeVisible();
      expect(await sideways(page)).toBe(0);
      // The columns that do not fit are reached by scrolling the board itself.
      expect(await board.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    });
  }

  test('a student finds every menu item on one row at 1280 px', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await logIn(page, 'student@demo.techzonematch.nl', DEMO_PASSWORD);
    await expect(page.getByTestId('home-candidate')).toBeVisible();
    const links = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
    await expect(links).toHaveCount(8);
    const rows = new Set<number>();
    for (const box of await links.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().top))) {
      rows.add(Math.round(box));
    }
    expect([...rows]).toHaveLength(1);
    const header = await page.locator('tz-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(72);
  });
});
