import { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, logIn, logOut, switchBackToDutch, switchToEnglish, test } from './support';

const OWNER = 'eigenaar@demo.techzonematch.nl';
const ADMIN = 'admin@demo.techzonematch.nl';
const STUDENT = 'student@demo.techzonematch.nl';
const STUDENT_NAME = 'Sanne Bakker';
const HONDSRUG = 'Hondsrug Metaaltechniek B.V.';

/** A day about six weeks ahead, as people in the Netherlands type it (day first). */
function dayAhead(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${date.getDate()}-${date.getMonth() + 1}-${date.getFullYear()}`;
}

async function openMainNav(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ })
    .getByRole('link', { name, exact: true })
    .click();
}

test.describe.serial('regional events', () => {
  const title = `Bedrijfsbezoek lasrobots ${Date.now()}`;
  let eventPath = '';

  test('a company member submits an event, which waits for the program office', async ({ page }) => {
    await logIn(page, OWNER, DEMO_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();
    await openMainNav(page, 'Evenementen');
    await expect(page).toHaveURL(/\/evenementen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evenementen');
    // The demo agenda is not empty.
    await expect(page.getByTestId('event-card').first()).toBeVisible();

    await page.getByRole('navigation', { name: 'Evenementen' }).getByRole('link', { name: 'Beheren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evenementen beheren');
    await page.getByTestId('new-event').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw evenement');

    // Nothing filled in: the form says what is missing instead of sending it.
    await page.getByRole('button', { name: 'Indienen ter goedkeuring' }).click();
    await expect(page.getByTestId('form-error')).toBeVisible();
    await expect(page.getByText('Dit veld is verplicht.').first()).toBeVisible();

    await page.getByRole('combobox', { name: 'Soort evenement' }).click();
    await page.getByRole('option', { name: 'Bedrijfsbezoek', exact: true }).click();
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Beschrijving' })
      .fill('Zie hoe onze lasrobots worden geprogrammeerd.\nMet een rondleiding door de werkplaats.');
    await page.getByLabel('Datum', { exact: true }).fill(dayAhead(45));
    await page.getByLabel('Begintijd', { exact: true }).fill('13:30');
    await page.getByLabel('Eindtijd', { exact: true }).fill('12:00');
    await page.getByLabel('Eindtijd', { exact: true }).blur();
    // The end date followed the start date; the end time before the start is refused before it is sent.
    await expect(page.getByLabel('Einddatum', { exact: true })).not.toHaveValue('');
    await expect(page.getByText('De einddatum moet na de begindatum liggen.')).toBeVisible();
    await page.getByLabel('Eindtijd', { exact: true }).fill('16:00');
    await page.getByLabel('Eindtijd', { exact: true }).blur();
    await expect(page.getByText('De einddatum moet na de begindatum liggen.')).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Plaats' }).fill('Emmen');
    await page
      .getByRole('option', { name: /^Emmen ·/ })
      .first()
      .click();
    await expect(page.getByRole('combobox', { name: 'Plaats' })).toHaveValue(/^Emmen/);
    await page.getByRole('textbox', { name: 'Adres (optioneel)' }).fill('Phoenixweg 12');
    await page.getByRole('spinbutton', { name: 'Aantal plaatsen (optioneel)' }).fill('12');

    await page.getByRole('button', { name: 'Indienen ter goedkeuring' }).click();
    await expect(page).toHaveURL(/\/evenementen\/[0-9a-f-]{36}$/);
    eventPath = new URL(page.url()).pathname;
    await expect(page.getByTestId('event-title')).toHaveText(title);
    await expect(page.getByTestId('event-status')).toHaveText('Wacht op goedkeuring');
    await expect(page.getByTestId('event-places')).toContainText('Nog 12 plaatsen vrij');

    // In the company's own list, not yet in the public agenda.
    await page.goto('/evenementen/beheer');
    const row = page.getByTestId('managed-events').getByRole('row').filter({ hasText: title });
    await expect(row.getByTestId('event-status')).toHaveText('Wacht op goedkeuring');
    await logOut(page);
    await page.goto('/evenementen');
    await expect(page.getByTestId('event-card').first()).toBeVisible();
    await expect(page.getByTestId('event-card').filter({ hasText: title })).toHaveCount(0);
  });

  test('the program office approves it in the queue', async ({ page }) => {
    await logIn(page, ADMIN, DEMO_PASSWORD);
    await expect(page.getByTestId('home-admin')).toBeVisible();
    await openMainNav(page, 'Evenementen keuren');
    await expect(page).toHaveURL(/\/admin\/evenementen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evenementen keuren');

    const card = page.getByTestId('pending-event').filter({ hasText: title });
    await expect(card).toContainText(HONDSRUG);
    await expect(card).toContainText('Bedrijfsbezoek');
    await card.getByRole('button', { name: `Goedkeuren: ${title}` }).click();
    await expect(page.getByText(`${title} is goedgekeurd en staat in de agenda.`)).toBeVisible();
    await expect(card).toHaveCount(0);
  });

  test('a student finds it in the agenda, logs in from the event page, signs up and sees it under Mijn evenementen', async ({
    page,
  }) => {
    await page.goto('/evenementen');
    await page.getByRole('combobox', { name: 'Soort evenement' }).click();
    await page.getByRole('option', { name: 'Bedrijfsbezoek', exact: true }).click();
    await expect(page).toHaveURL(/\/evenementen\?.*kind=company_visit/);
    await page.getByRole('combobox', { name: 'Gemeente' }).click();
    await page.getByRole('option', { name: 'Emmen', exact: true }).click();
    await expect(page).toHaveURL(/municipality=Emmen/);
    const card = page.getByTestId('event-card').filter({ hasText: title });
    await expect(card).toContainText(HONDSRUG);
    await expect(card.getByTestId('event-places')).toHaveText(/Nog 12 plaatsen vrij/);
    await card.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${eventPath}$`));

    // A visitor reads it in English too, and is asked to log in to sign up.
    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 2, name: 'About this event' })).toBeVisible();
    await expect(page.getByTestId('event-places')).toContainText('12 places left');
    await page.getByRole('link', { name: 'Log in to sign up' }).click();
    await expect(page).toHaveURL(/\/login\?returnUrl=/);
    await page.getByLabel('Email address').fill(STUDENT);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();

    // Back on the event, in the account's language (Dutch).
    await expect(page).toHaveURL(new RegExp(`${eventPath}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(page.getByTestId('signed-up')).toContainText('Je bent aangemeld');
    await expect(page.getByTestId('event-places')).toContainText('Nog 11 plaatsen vrij');

    await page.getByRole('link', { name: 'Naar mijn evenementen' }).click();
    await expect(page).toHaveURL(/\/evenementen\/mijn$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn evenementen');
    const mine = page.getByTestId('my-events-coming').getByTestId('event-card').filter({ hasText: title });
    await expect(mine).toContainText('Aangemeld');
  });

  test('the company follows the approval notice to the event and sees the student among the attendees', async ({
    page,
  }) => {
    await logIn(page, OWNER, DEMO_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();
    await page.getByTestId('notifications-bell').click();
    await page
      .getByTestId('notification')
      .filter({ hasText: `Je evenement ${title} is goedgekeurd` })
      .click();
    await expect(page).toHaveURL(new RegExp(`${eventPath}$`));
    const attendees = page.getByTestId('event-attendees');
    await expect(attendees.getByRole('heading', { level: 2 })).toHaveText('Aanmeldingen (1)');
    await expect(attendees.getByRole('cell', { name: STUDENT_NAME })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Evenement bewerken' })).toBeVisible();
  });
});

test('the program office rejects an event with a reason, and the company reads why', async ({ page }) => {
  const rejectedTitle = `Bezoek op een zondag ${Date.now()}`;
  await logIn(page, OWNER, DEMO_PASSWORD);
  await expect(page.getByTestId('home-company')).toBeVisible();
  await page.goto('/evenementen/nieuw');
  await page.getByRole('combobox', { name: 'Soort evenement' }).click();
  await page.getByRole('option', { name: 'Bedrijfsbezoek', exact: true }).click();
  await page.getByRole('textbox', { name: 'Titel' }).fill(rejectedTitle);
  await page.getByRole('textbox', { name: 'Beschrijving' }).fill('Een rondleiding door de werkplaats.');
  await page.getByLabel('Datum', { exact: true }).fill(dayAhead(40));
  await page.getByLabel('Begintijd', { exact: true }).fill('10:00');
  await page.getByLabel('Eindtijd', { exact: true }).fill('12:00');
  await page.getByLabel('Eindtijd', { exact: true }).blur();
  await page.getByRole('combobox', { name: 'Plaats' }).fill('Emmen');
  await page
    .getByRole('option', { name: /^Emmen ·/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Indienen ter goedkeuring' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('Wacht op goedkeuring');
  await logOut(page);

  const reason = 'Kies een doordeweekse dag, dan kunnen scholen mee.';
  await logIn(page, ADMIN, DEMO_PASSWORD);
  await expect(page.getByTestId('home-admin')).toBeVisible();
  await page.goto('/admin/evenementen');
  const card = page.getByTestId('pending-event').filter({ hasText: rejectedTitle });
  await card.getByRole('button', { name: `Afwijzen: ${rejectedTitle}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Toelichting voor de organisator (niet verplicht)' }).fill(reason);
  await dialog.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(card).toHaveCount(0);
  await logOut(page);

  await logIn(page, OWNER, DEMO_PASSWORD);
  await expect(page.getByTestId('home-company')).toBeVisible();
  await page.goto('/evenementen/beheer');
  const row = page.getByTestId('managed-events').getByRole('row').filter({ hasText: rejectedTitle });
  await expect(row.getByTestId('event-status')).toHaveText('Afgewezen');
  await expect(row.getByTestId('review-note')).toHaveText(`Niet goedgekeurd: ${reason}`);
  await switchToEnglish(page);
  await expect(row.getByTestId('review-note')).toHaveText(`Not approved: ${reason}`);
  await switchBackToDutch(page);
});
