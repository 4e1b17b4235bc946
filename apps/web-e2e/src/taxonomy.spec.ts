import { DEMO_PASSWORD, expect, logIn, logOut, switchToEnglish, test } from './support';

const ADMIN = 'admin@demo.techzonematch.nl';

test.describe('taxonomy editor', () => {
  test('the program office adds a skill in Dutch and English, and it is in the list and the search filter', async ({
    page,
  }) => {
    const stamp = Date.now();
    const code = `weld.robot_${stamp}`;
    const nl = `Lasrobot kalibreren ${stamp}`;
    const en = `Welding robot calibration ${stamp}`;

    await logIn(page, ADMIN, DEMO_PASSWORD);
    await expect(page.getByTestId('home-admin')).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Taxonomie', exact: true })
      .click();
    await expect(page).toHaveURL(/\/admin\/taxonomie$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taxonomie');
    await expect(page.getByRole('tab', { name: 'Vaardigheden', selected: true })).toBeVisible();
    await expect(page.getByTestId('taxonomy-table').getByRole('row').nth(1)).toBeVisible();

    await page.getByRole('button', { name: 'Nieuwe vaardigheid' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe vaardigheid' });
    const codeField = dialog.getByRole('textbox', { name: 'Code' });
    // A code in the wrong format is refused before it is sent...
    await codeField.fill('Laser Lassen');
    await codeField.blur();
    await expect(dialog.getByText('Kleine letters, cijfers en _, delen gescheiden door punten')).toHaveCount(1);
    await expect(dialog.locator('mat-error')).toContainText('Kleine letters, cijfers en _');

    // ...and a code that exists comes back from the API as an error next to the field.
    await codeField.fill('weld.mig');
    await dialog.getByRole('textbox', { name: 'Naam (Nederlands)' }).fill(nl);
    await dialog.getByRole('textbox', { name: 'Naam (Engels)' }).fill(en);
    await dialog.getByRole('combobox', { name: 'Valt onder groep' }).click();
    await page.getByRole('option', { name: /\(weld\)$/ }).click();
    await dialog.getByRole('textbox', { name: 'Synoniemen' }).fill('lasrobot afstellen, robot calibration');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog.locator('mat-error')).toHaveText(
      'Deze code bestaat al. Kies een andere, of zoek de bestaande op om die te bewerken.',
    );

    await codeField.fill(code);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(`${nl} (${code}) is opgeslagen.`)).toBeVisible();

    // After a reload the list (from the public taxonomy) has it, found by its English name.
    await page.reload();
    await page.getByRole('searchbox', { name: 'Zoeken in vaardigheden' }).fill(en);
    await expect(page.getByTestId('taxonomy-count')).toHaveText(/^\s*1 van \d+\s*$/);
    const row = page.getByTestId('taxonomy-table').getByRole('row').filter({ hasText: code });
    await expect(row.getByRole('cell', { name: nl, exact: true })).toBeVisible();
    await expect(row.getByRole('cell', { name: en, exact: true })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'weld', exact: true })).toBeVisible();

    // Anyone searching vacancies can now filter on it, in English as well.
    await logOut(page);
    await page.goto('/vacatures');
    await switchToEnglish(page);
    await page.getByRole('button', { name: 'Skills', exact: true }).click();
    await page.getByRole('combobox', { name: 'Find a skill' }).fill('robot calibration');
    await expect(page.getByRole('option', { name: en })).toBeVisible();
  });
});
