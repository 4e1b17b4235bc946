import { expect, test } from '@playwright/test';

/** Public pages arrive rendered from the server: they can be read (and indexed) without JavaScript. */
test.describe('public pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor without JavaScript reads the search results, a vacancy and its company', async ({ page }) => {
    await page.goto('/vacatures?q=lassen');
    await expect(page.getByRole('heading', { level: 1, name: 'Vacatures' })).toBeVisible();
    await expect(page.getByTestId('result-count')).toHaveText(/^[1-9]\d* vacatures? gevonden$/);
    const first = page.getByTestId('vacancy-card').first();
    await expect(first).toBeVisible();
    const title = String(await first.getByRole('heading').first().textContent()).trim();
    expect(title.length).toBeGreaterThan(3);

    // Links are plain links: following one loads the next server-rendered page.
    await first.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/\/vacatures\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('vacancy-title')).toHaveText(title);
    await expect(page.getByTestId('vacancy-description')).not.toBeEmpty();

    await page.getByTestId('company-link').click();
    await expect(page).toHaveURL(/\/bedrijven\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('company-name')).not.toBeEmpty();
  });

  test('the landing page, the events and the regional figures show their content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Dutch TechZone');
    await page.goto('/evenementen');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/regio');
    await expect(page.getByRole('heading', { level: 1, name: 'De regio in cijfers' })).toBeVisible();
  });
});
