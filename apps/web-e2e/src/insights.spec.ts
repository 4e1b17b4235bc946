import { Locator } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { DEMO_PASSWORD, expect, logIn, open, switchToEnglish, test } from './support';

const ADMIN = 'admin@demo.techzonematch.nl';
const NUMBER = /^\s*\d{1,3}([.,]\d{3})*\s*$/;

/** Whether Chart.js has drawn anything on the canvas (any pixel that is not transparent). */
function drawn(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((element) => {
    const canvasElement = element as HTMLCanvasElement;
    const context = canvasElement.getContext('2d');
    if (!context || canvasElement.width === 0 || canvasElement.height === 0) {
      return false;
    }
    const pixels = context.getImageData(0, 0, canvasElement.width, canvasElement.height).data;
    for (let i = 3; i < pixels.length; i += 4) {
      if (pixels[i] !== 0) {
        return true;
      }
    }
    return false;
  });
}

test.describe('the region in figures', () => {
  test('a visitor reads the figures as charts and tables, in Dutch and English, filters by municipality and downloads a CSV', async ({
    page,
  }) => {
    await open(page, '/');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'De regio in cijfers' })
      .click();
    await expect(page).toHaveURL(/\/regio$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De regio in cijfers');
    for (const name of [
      'Open plaatsen',
      'Tekorten aan vaardigheden',
      "Tekorten aan diploma's",
      'Studenten met een stageplek',
      'Trends per maand',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByTestId('total-vacancies')).toHaveText(NUMBER);

    // A chart: a canvas that Chart.js has drawn on, named for screen readers...
    // Charts load as they scroll into view.
    const byType = page.locator('[data-figure="open-by-type"]');
    await byType.scrollIntoViewIfNeeded();
    const chart = byType.getByRole('img', { name: /^Staafdiagram: Open vacatures per soort/ });
    await expect(chart).toBeVisible();
    await expect.poll(() => drawn(chart)).toBe(true);
    // ...and the same numbers as a table, vacancy types named as everywhere else.
    const typeTable = byType.getByRole('table', { name: 'De cijfers bij: Open vacatures per soort' });
    await expect(typeTable.getByRole('columnheader')).toHaveText(['Soort', 'Open vacatures']);
    await expect(typeTable.getByRole('rowheader').first()).toHaveText(
      /^(Stage \(BOL\)|Leerbaan \(BBL\)|Afstudeerstage|Baan|Bijbaan|Omscholing \/ traineeship)$/,
    );
    await expect(typeTable.getByRole('cell').first()).toHaveText(NUMBER);
    await page.locator('[data-figure="trends"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-figure="trends"]').getByRole('img', { name: /^Lijndiagram/ })).toBeVisible();
    await expect(page.locator('[data-figure="trends"]').getByRole('row')).toHaveCount(13);

    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The region in figures');
    await expect(byType.getByRole('img', { name: /^Bar chart: Open vacancies per type/ })).toBeVisible();
    await expect(byType.getByRole('table').getByRole('columnheader')).toHaveText(['Type', 'Open vacancies']);
    await expect(byType.getByRole('table').getByRole('rowheader').first()).toHaveText(
      /^(Internship \(BOL\)|Work-study place \(BBL\)|Graduation internship|Job|Part-time job|Retraining \/ traineeship)$/,
    );

    await page.getByRole('combobox', { name: 'Municipality' }).click();
    await page.getByRole('option', { name: 'Emmen', exact: true }).click();
    await expect(page).toHaveURL(/\/regio\?.*municipality=Emmen/);
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    const byMunicipality = page.locator('[data-figure="open-by-municipality"]');
    await expect(byMunicipality.getByRole('table').getByRole('rowheader')).toHaveText(['Emmen']);
    await expect(page.getByTestId('insights-selection')).toContainText('Emmen,');

    // The link can be shared: the same view after a reload.
    const shared = page.url();
    await page.reload();
    await expect(page).toHaveURL(shared);
    await expect(page.getByRole('combobox', { name: 'Municipality' })).toContainText('Emmen');

    const skills = page.locator('[data-figure="skills"]');
    const firstRow = skills.getByRole('table').getByRole('row').nth(1);
    await expect(firstRow.getByRole('rowheader')).not.toBeEmpty();
    const download = page.waitForEvent('download');
    await skills.getByRole('link', { name: 'Download Demand and supply per skill as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('techzone-skills.csv');
    const lines = (await readFile(await file.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('skill;name_nl;name_en;demand;supply;gap');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[1]).toMatch(/^[^;]+;[^;]+;[^;]+;\d+;(<5|\d+);-?\d+$/);
    // The CSV holds Emmen's figures, in the order of the table on the page.
    const [, , nameEn, demand, , gap] = lines[1].split(';');
    const englishNumber = (text: string) => Number(text.replace(/,/g, ''));
    await expect(firstRow.getByRole('rowheader')).toHaveText(nameEn);
    expect(englishNumber(await firstRow.getByRole('cell').first().innerText())).toBe(Number(demand));
    expect(englishNumber(await firstRow.getByRole('cell').last().innerText())).toBe(Number(gap));
  });

  test('the program office sees what needs attention and goes on to the public figures', async ({ page }) => {
    await logIn(page, ADMIN, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzichten' }).click();
    await expect(page).toHaveURL(/\/admin\/inzichten/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inzichten voor het programmabureau');

    const queue = page.getByTestId('verification-queue');
    await expect(queue.getByRole('heading', { name: 'Wachten op verificatie' })).toBeVisible();
    await expect(queue.getByRole('definition')).toHaveText([NUMBER, NUMBER]);
    await expect(queue.getByRole('link', { name: 'Naar de verificatie' })).toHaveAttribute(
      'href',
      '/admin/organizations',
    );
    await expect(
      page.getByTestId('reports-by-category').getByRole('link', { name: 'Naar de meldingen' }),
    ).toHaveAttribute('href', '/meldingen');
    await expect(page.getByRole('heading', { name: 'Bedrijven die niet reageren' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vacatures die lang open staan' })).toBeVisible();
    await expect(page.getByTestId('internal-totals').getByRole('definition').first()).toHaveText(NUMBER);

    await page.getByRole('combobox', { name: 'Gemeente' }).click();
    await page.getByRole('option', { name: 'Hoogeveen', exact: true }).click();
    await expect(page).toHaveURL(/municipality=Hoogeveen/);
    await page.getByRole('link', { name: 'Naar de openbare cijfers van deze selectie' }).click();
    await expect(page).toHaveURL(/\/regio\?.*municipality=Hoogeveen/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De regio in cijfers');
    await expect(page.getByRole('combobox', { name: 'Gemeente' })).toContainText('Hoogeveen');
  });
});
