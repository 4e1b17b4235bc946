import { DEMO_PASSWORD, expect, logIn, logOut, test } from './support';

test.describe('company vacancies', () => {
  test('the demo company owner writes a vacancy with a skill and a place, publishes it, and finds it in the public search', async ({
    page,
  }) => {
    const title = `Lasser TIG proefvacature ${Date.now()}`;
    await logIn(page, 'eigenaar@demo.techzonematch.nl', DEMO_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();

    await page.getByRole('link', { name: 'Mijn vacatures' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn vacatures' })).toBeVisible();
    await page.getByTestId('new-vacancy').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Soort vacature' }).click();
    await page.getByRole('option', { name: 'Baan', exact: true }).click();
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Omschrijving' })
      .fill('Je last constructies in staal en RVS.\nWe leiden je op tot TIG-lasser.');

    await page.getByRole('combobox', { name: 'Werkplek (plaats)' }).fill('Emmen');
    await page
      .getByRole('option', { name: /^Emmen ·/ })
      .first()
      .click();
    await expect(page.getByRole('combobox', { name: 'Werkplek (plaats)' })).toHaveValue(/^Emmen/);

    await page.getByRole('combobox', { name: 'Vaardigheid toevoegen' }).fill('TIG');
    await page.getByRole('option', { name: /TIG/ }).first().click();
    await expect(page.getByTestId('picked-skill')).toHaveCount(1);

    await page.getByRole('spinbutton', { name: 'Uren per week' }).fill('38');
    await page.getByRole('spinbutton', { name: 'Aantal plaatsen' }).fill('2');

    await page.getByRole('button', { name: 'Publiceren' }).click();
    await expect(page).toHaveURL(/\/bedrijf\/vacatures\/[^/]+\/bewerken$/);
    await expect(page.getByTestId('vacancy-status')).toHaveText('Gepubliceerd');

    await logOut(page);
    await page.goto('/vacatures');
    await page.getByRole('searchbox', { name: 'Zoekwoorden' }).fill(title);
    const card = page.getByTestId('vacancy-card').filter({ hasText: title });
    await expect(card).toHaveCount(1);
    await card.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('TIG', { exact: false }).first()).toBeVisible();
  });
});
