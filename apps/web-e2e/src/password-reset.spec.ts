import { DEMO_PASSWORD, expect, logIn, mailedToken, test } from './support';

// A demo account no other browser test uses: its password changes here.
const EMAIL = 'coating@demo.techzonematch.nl';
const NEW_PASSWORD = 'Poedercoat-Oven-Lijn-2027';

test.describe('password reset', () => {
  test('a user who forgot the password asks for a link, sets a new password and logs in with it', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await expect(page.getByTestId('reset-sent')).toBeVisible();

    await expect.poll(() => mailedToken(EMAIL, 'wachtwoord-herstellen'), { timeout: 15_000 }).not.toBe('');
    const token = mailedToken(EMAIL, 'wachtwoord-herstellen');
    await page.goto(`/wachtwoord-herstellen/${token}`);
    await page.getByLabel('Nieuw wachtwoord').fill('wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByLabel('Nieuw wachtwoord')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByTestId('reset-done')).toBeVisible();

    // The link works once.
    await page.goto(`/wachtwoord-herstellen/${token}`);
    await page.getByLabel('Nieuw wachtwoord').fill('Nog-Een-Ander-Frame-2028');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('Deze link is al gebruikt of verlopen');

    await logIn(page, EMAIL, DEMO_PASSWORD);
    await expect(page.getByRole('alert')).toBeVisible();
    await logIn(page, EMAIL, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
  });
});
