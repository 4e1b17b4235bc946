import {
  DEMO_PASSWORD,
  expect,
  logIn,
  logOut,
  mailedToken,
  open,
  switchBackToDutch,
  switchToEnglish,
  test,
  TEST_PASSWORD,
  uniqueEmail,
} from './support';

test.describe('accounts', () => {
  test('a visitor reads the landing page in Dutch, switches to English, registers as a student, logs out and in', async ({
    page,
  }) => {
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    const dutchTitle = (await page.locator('h1').first().textContent())?.trim();
    expect(dutchTitle).toBeTruthy();

    await switchToEnglish(page);
    await expect(page.locator('h1').first()).not.toHaveText(dutchTitle ?? '');

    const email = uniqueEmail('student');
    await page.goto('/register');
    await page.getByRole('radio', { name: 'Student', exact: true }).check();
    await page.getByLabel('Name', { exact: true }).fill('Lotte Brink');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('checkbox', { name: /^I agree/ }).check();
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page.getByTestId('home-candidate')).toBeVisible();
    await expect(page.getByTestId('home-title')).toContainText('Lotte Brink');

    await logOut(page);
    await expect(page.getByTestId('home-candidate')).toHaveCount(0);

    await logIn(page, email, TEST_PASSWORD);
    await expect(page.getByTestId('home-candidate')).toBeVisible();
    // English stays chosen after logging in again.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a wrong password shows the same message as an unknown account', async ({ page }) => {
    await logIn(page, 'student@demo.techzonematch.nl', 'Niet-Het-Goede-Wachtwoord');
    const wrongPassword = await page.getByRole('alert').textContent();
    await logIn(page, 'niemand@example.nl', 'Niet-Het-Goede-Wachtwoord');
    await expect(page.getByRole('alert')).toHaveText(wrongPassword ?? '');
  });

  test('a company registers, awaits verification, and is verified by the program office', async ({ page }) => {
    const email = uniqueEmail('company');
    const companyName = `Lastechniek Schoonebeek ${Date.now()}`;
    await page.goto('/register');
    await page.getByRole('radio', { name: 'Bedrijf', exact: true }).check();
    await page.getByLabel('Naam', { exact: true }).fill('Jeroen Kamphuis');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Bedrijfsnaam').fill(companyName);
    await page.getByLabel('KvK-nummer').fill(String(10_000_000 + (Date.now() % 89_999_999)));
    await page.getByLabel('Plaats').fill('Schoonebeek');
    await page.getByRole('checkbox', { name: /^Ik ga akkoord/ }).check();
    await page.getByRole('button', { name: 'Account aanmaken' }).click();

    await expect(page.getByTestId('home-company')).toBeVisible();
    await expect(page.getByTestId('verification-pending')).toBeVisible();
    await logOut(page);

    await logIn(page, 'admin@demo.techzonematch.nl', DEMO_PASSWORD);
    await expect(page.getByTestId('home-admin')).toBeVisible();
    await page.goto('/admin/organizations');
    const row = page.getByRole('row', { name: new RegExp(companyName) });
    await row.getByRole('button', { name: /Verifiëren|Verify/ }).click();
    await expect(page.getByRole('row', { name: new RegExp(companyName) })).toHaveCount(0);
    await logOut(page);

    await logIn(page, email, TEST_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();
    await expect(page.getByTestId('verification-pending')).toHaveCount(0);

    // The address still needs confirming: the banner says so until the e-mailed link is opened.
    const banner = page.getByTestId('email-verification-banner');
    await expect(banner).toContainText(email);
    await banner.getByRole('button', { name: 'Stuur de link opnieuw' }).click();
    await expect(banner.getByRole('status')).toContainText('Verstuurd');
    await expect.poll(() => mailedToken(email, 'e-mail-bevestigen')).not.toBe('');
    await page.goto(`/e-mail-bevestigen/${mailedToken(email, 'e-mail-bevestigen')}`);
    await expect(page.getByTestId('email-confirmed')).toBeVisible();
    await expect(banner).toHaveCount(0);
  });

  test('a school registers and awaits verification', async ({ page }) => {
    await page.goto('/register');
    await page.getByRole('radio', { name: 'School', exact: true }).check();
    await page.getByLabel('Naam', { exact: true }).fill('Ingrid Smit');
    await page.getByLabel('E-mailadres').fill(uniqueEmail('school'));
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Naam van de school').fill(`Vakschool Odoorn ${Date.now()}`);
    await expect(page.getByLabel('KvK-nummer')).toHaveCount(0);
    await page.getByLabel('Plaats').fill('Odoorn');
    await page.getByRole('checkbox', { name: /^Ik ga akkoord/ }).check();
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page.getByTestId('home-school')).toBeVisible();
    await expect(page.getByTestId('verification-pending')).toBeVisible();
  });

  test('a student downloads their data and deletes their account', async ({ page }) => {
    const email = uniqueEmail('privacy');
    await page.goto('/register');
    await page.getByRole('radio', { name: 'Student', exact: true }).check();
    await page.getByLabel('Naam', { exact: true }).fill('Tess Jansen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('checkbox', { name: /^Ik ga akkoord/ }).check();
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page.getByTestId('home-candidate')).toBeVisible();

    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Mijn gegevens' }).click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export').click();
    expect((await download).suggestedFilename()).toBe('techzone-match-mijn-gegevens.json');
    // Nobody has looked at the new account's data yet; this browser is the one session.
    await expect(page.getByTestId('access-log-empty')).toBeVisible();
    await expect(page.getByTestId('sessions').getByRole('listitem')).toHaveCount(1);
    await expect(page.getByTestId('sessions')).toContainText('(deze browser)');

    await page.getByLabel('Je wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('checkbox', { name: /definitief wordt verwijderd/ }).check();
    await page.getByRole('button', { name: 'Account definitief verwijderen' }).click();
    await expect(page).toHaveURL(/\/$/);

    await logIn(page, email, TEST_PASSWORD);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByTestId('home-candidate')).toHaveCount(0);
  });

  test('the only owner of a company with colleagues is asked to hand over first, and keeps the account', async ({
    page,
  }) => {
    await logIn(page, 'eigenaar@demo.techzonematch.nl', DEMO_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Mijn gegevens' }).click();
    await page.getByLabel('Je wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('checkbox', { name: /definitief wordt verwijderd/ }).check();
    await page.getByRole('button', { name: 'Account definitief verwijderen' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Hondsrug Metaaltechniek' });
    await expect(refusal).toContainText(
      'Je bent de enige eigenaar of coördinator van Hondsrug Metaaltechniek B.V.: nodig eerst een collega uit in die rol.',
    );
    await switchToEnglish(page);
    await expect(refusal).toContainText(
      'You are the only owner or coordinator of Hondsrug Metaaltechniek B.V.: first invite a colleague in that role.',
    );
    await switchBackToDutch(page);
    // Still logged in, still the owner.
    await page.goto('/home');
    await expect(page.getByTestId('home-company')).toBeVisible();
  });

  test('a student cannot open the verification queue', async ({ page }) => {
    await logIn(page, 'student@demo.techzonematch.nl', DEMO_PASSWORD);
    await expect(page.getByTestId('home-candidate')).toBeVisible();
    await page.goto('/admin/organizations');
    await expect(page.getByRole('button', { name: /Verifiëren|Verify/ })).toHaveCount(0);
    await expect(page).not.toHaveURL(/\/admin\/organizations/);
  });

  test('an unknown address shows the 404 page with a way home', async ({ page }) => {
    await page.goto('/deze-pagina-bestaat-niet');
    await expect(page.locator('h1')).toHaveText(/Pagina niet gevonden/);
    await expect(page.getByRole('link', { name: /home|start/i }).first()).toBeVisible();
  });

  test('the landing page fits a 360 px wide phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('button', { name: 'EN', exact: true })).toBeVisible();
  });
});
