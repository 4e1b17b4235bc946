import { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, logIn, logOut, test } from './support';

const OWNER = 'eigenaar@demo.techzonematch.nl';
const STUDENT = 'student@demo.techzonematch.nl';
const VAKMENS = 'vakmens@demo.techzonematch.nl';

/** The demo owner writes and publishes a vacancy with one position; returns its id. */
async function publishVacancy(page: Page, title: string): Promise<string> {
  await logIn(page, OWNER, DEMO_PASSWORD);
  await expect(page.getByTestId('home-company')).toBeVisible();
  await page.getByRole('link', { name: 'Mijn vacatures' }).first().click();
  await page.getByTestId('new-vacancy').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Soort vacature' }).click();
  await page.getByRole('option', { name: 'Baan', exact: true }).click();
  await page.getByRole('textbox', { name: 'Titel' }).fill(title);
  await page
    .getByRole('textbox', { name: 'Omschrijving' })
    .fill('Je last en zet plaatwerk samen in onze werkplaats in Emmen.\nWe leiden je verder op.');
  await page.getByRole('combobox', { name: 'Werkplek (plaats)' }).fill('Emmen');
  await page
    .getByRole('option', { name: /^Emmen ·/ })
    .first()
    .click();
  await page.getByRole('spinbutton', { name: 'Uren per week' }).fill('38');
  await page.getByRole('spinbutton', { name: 'Aantal plaatsen' }).fill('1');

  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page).toHaveURL(/\/bedrijf\/vacatures\/[^/]+\/bewerken$/);
  await expect(page.getByTestId('vacancy-status')).toHaveText('Gepubliceerd');
  const id = /\/bedrijf\/vacatures\/([^/]+)\/bewerken$/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  await logOut(page);
  return id as string;
}

test.describe('applications', () => {
  test('a student applies, the company invites and offers, the student accepts and the vacancy is filled', async ({
    page,
  }) => {
    const title = `Plaatwerker sollicitatietest ${Date.now()}`;
    const vacancyId = await publishVacancy(page, title);

    // The student finds the vacancy of Hondsrug Metaaltechniek and applies.
    await logIn(page, STUDENT, DEMO_PASSWORD);
    await expect(page.getByTestId('home-candidate')).toBeVisible();
    await page.goto('/vacatures');
    await page.getByRole('searchbox', { name: 'Zoekwoorden' }).fill(title);
    const card = page.getByTestId('vacancy-card').filter({ hasText: title });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('Hondsrug Metaaltechniek');
    await card.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    await page.getByRole('button', { name: 'Solliciteren', exact: true }).click();
    const applyDialog = page.getByRole('dialog');
    await expect(applyDialog.getByRole('heading', { name: `Solliciteren: ${title}` })).toBeVisible();
    await applyDialog
      .getByRole('textbox', { name: 'Motivatie' })
      .fill('Ik heb op school al geleerd te lassen en wil dat graag in de praktijk verder leren bij jullie.');
    await applyDialog.getByRole('button', { name: 'Versturen' }).click();
    await expect(applyDialog).toBeHidden();
    await expect(page.getByTestId('applied')).toContainText('Verstuurd');
    await logOut(page);

    // The owner opens the board, moves the card to "Gesprek" with the keyboard menu, and makes an offer.
    await logIn(page, OWNER, DEMO_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();
    await page.getByRole('link', { name: 'Mijn vacatures' }).first().click();
    await page.getByRole('link', { name: `Sollicitanten: ${title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/bedrijf/vacatures/${vacancyId}/sollicitaties$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sollicitanten');

    const submitted = page.getByTestId('column-submitted').getByTestId('application-card');
    await expect(submitted).toHaveCount(1);
    await submitted.getByRole('button', { name: /^Verplaatsen naar/ }).press('Enter');
    await page.getByRole('menuitem', { name: 'Gesprek', exact: true }).press('Enter');

    const interview = page.getByTestId('column-interview').getByTestId('application-card');
    await expect(interview).toHaveCount(1);
    await expect(submitted).toHaveCount(0);

    await interview.getByTestId('applicant-link').click();
    await expect(page).toHaveURL(/\/bedrijf\/sollicitaties\/[^/]+$/);
    await expect(page.getByTestId('motivation-text')).toContainText('in de praktijk verder leren');
    await expect(page.getByTestId('application-status')).toHaveText('Gesprek');

    await page.getByRole('button', { name: 'Aanbod doen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Aanbod doen' }).click();
    await expect(page.getByTestId('application-status')).toHaveText('Aanbod');
    await logOut(page);

    // The student accepts the offer under "Mijn sollicitaties".
    await logIn(page, STUDENT, DEMO_PASSWORD);
    await expect(page.getByTestId('home-candidate')).toBeVisible();
    await page.getByRole('link', { name: 'Mijn sollicitaties' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn sollicitaties' })).toBeVisible();
    const mine = page.getByTestId('my-application').filter({ hasText: title });
    await expect(mine.getByTestId('application-status')).toHaveText('Aanbod');
    await mine.getByRole('link', { name: title }).click();
    await expect(page.getByTestId('application-vacancy-title')).toHaveText(title);
    await expect(page.getByTestId('application-timeline')).toContainText('Uitgenodigd voor een gesprek');

    await page.getByRole('button', { name: 'Aanbod accepteren' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Aanbod accepteren' }).click();
    await expect(page.getByTestId('application-status')).toHaveText('Aangenomen');
    // The last position is taken: the vacancy is filled.
    await expect(page.getByTestId('vacancy-status')).toHaveText('Vervuld');
    await logOut(page);

    // The vacancy page shows it as filled (the API shows a filled vacancy only to its company).
    await logIn(page, OWNER, DEMO_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();
    await page.goto(`/vacatures/${vacancyId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('vacancy-status')).toHaveText('Vervuld');
  });

  test('a vakmens is told that a BOL internship is for BOL students, and may apply to a BBL place', async ({
    page,
  }) => {
    await logIn(page, VAKMENS, DEMO_PASSWORD);
    await expect(page.getByTestId('home-candidate')).toBeVisible();

    await page.goto('/vacatures?type=bol_internship');
    await page.getByTestId('vacancy-card').first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('route-problem')).toContainText(
      'Een BOL-stage is voor mbo-studenten in de BOL-leerweg.',
    );
    await expect(page.getByTestId('route-problem')).toContainText('Als vakmens kun je solliciteren op banen');
    await expect(page.getByTestId('apply')).toHaveCount(0);

    await page.goto('/vacatures?type=bbl_apprenticeship');
    await page.getByTestId('vacancy-card').first().getByRole('link').first().click();
    await expect(page.getByTestId('apply')).toBeVisible();
    await expect(page.getByTestId('route-problem')).toHaveCount(0);
  });
});
