import { Page } from '@playwright/test';
import { expect, open, test } from './support';

async function choosePlace(page: Page, label: RegExp | string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name} ·`) })
    .first()
    .click();
}

test.describe('vacancy search', () => {
  test('a visitor searches "lassen" near Emmen within 30 km, shares the URL, opens a vacancy and its company', async ({
    page,
  }) => {
    await open(page, '/vacatures');
    await expect(page.getByTestId('result-count')).toBeVisible();

    await page.getByRole('searchbox', { name: 'Zoekwoorden' }).fill('lassen');
    await expect(page).toHaveURL(/[?&]q=lassen/);

    await choosePlace(page, 'In de buurt van', 'Emmen');
    await expect(page).toHaveURL(/[?&]place=\d+/);

    await page.getByRole('combobox', { name: 'Afstand' }).click();
    await page.getByRole('option', { name: 'Binnen 30 km' }).click();
    await expect(page).toHaveURL(/[?&]radiusKm=30/);

    // A type that the current results contain (its count is not 0).
    const typeFilter = page.getByRole('group', { name: 'Soort' }).getByRole('checkbox', { name: /\([1-9]\d*\)/ });
    await typeFilter.first().check();
    await expect(page).toHaveURL(/[?&]type=[a-z_]+/);

    const count = page.getByTestId('result-count');
    await expect(count).toHaveText(/^[1-9]\d* vacatures? gevonden$/);
    await expect(page.getByTestId('vacancy-card').first()).toBeVisible();
    const countText = await count.textContent();
    const searchUrl = page.url();

    await page.reload();
    await expect(page).toHaveURL(searchUrl);
    await expect(page.getByRole('searchbox', { name: 'Zoekwoorden' })).toHaveValue('lassen');
    await expect(page.getByRole('combobox', { name: 'In de buurt van' })).toHaveValue(/^Emmen/);
    await expect(page.getByRole('combobox', { name: 'Afstand' })).toContainText('Binnen 30 km');
    await expect(page.getByTestId('result-count')).toHaveText(countText ?? '');

    const firstCard = page.getByTestId('vacancy-card').first();
    const title = (await firstCard.getByRole('heading').innerText()).trim();
    await firstCard.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    // A visitor is asked to log in before applying.
    await expect(page.getByTestId('login-to-apply')).toBeVisible();

    const companyLink = page.getByTestId('company-link');
    const companyName = (await companyLink.innerText()).trim();
    await companyLink.click();
    await expect(page).toHaveURL(/\/bedrijven\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(companyName);
    await expect(page.getByRole('heading', { name: 'Vacatures' })).toBeVisible();

    // Back in the browser history: the search is still there.
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(searchUrl);
    await expect(page.getByTestId('result-count')).toHaveText(countText ?? '');
  });

  test('a search without results says so and offers to clear the filters', async ({ page }) => {
    await open(page, '/vacatures?q=zzzgeenvacaturezzz');
    await expect(page.getByTestId('search-empty')).toBeVisible();
    await expect(page.getByTestId('result-count')).toHaveText('0 vacatures gevonden');
    await page.getByTestId('search-empty').getByRole('button', { name: 'Alle filters wissen' }).click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(page.getByTestId('vacancy-card').first()).toBeVisible();
  });

  test('the search page fits a 360 px wide phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '/vacatures?q=cnc');
    await expect(page.getByTestId('result-count')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
