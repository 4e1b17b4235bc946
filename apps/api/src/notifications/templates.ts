import type { Locale } from '@techzone/contracts';

export interface Mail {
  subject: string;
  text: string;
}

type Data = Record<string, string>;

/**
 * The e-mail for each notification type, in the recipient's language. `data` holds what the text needs
 * (vacancy title, company name, ...); links point at the web app.
 */
const TEMPLATES: Record<string, Record<Locale, (data: Data, link: string) => Mail>> = {
  'application.submitted': {
    nl: (d, link) => ({
      subject: `Nieuwe sollicitatie: ${d['vacancyTitle']}`,
      text: `Er is een nieuwe sollicitatie binnengekomen op "${d['vacancyTitle']}".\n\nBekijk hem op ${link}`,
    }),
    en: (d, link) => ({
      subject: `New application: ${d['vacancyTitle']}`,
      text: `A new application arrived for "${d['vacancyTitle']}".\n\nView it at ${link}`,
    }),
  },
  'application.status': {
    nl: (d, link) => ({
      subject: `Je sollicitatie bij ${d['companyName']}: ${STATUS_NL[d['status']] ?? d['status']}`,
      text: `De status van je sollicitatie op "${d['vacancyTitle']}" bij ${d['companyName']} is nu: ${STATUS_NL[d['status']] ?? d['status']}.${d['status'] === 'rejected' ? '\n\nBedankt voor je interesse. Deze keer past het niet, maar we wensen je veel succes met je zoektocht. Op TechZone Match vind je meer plekken in de regio.' : ''}\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Your application at ${d['companyName']}: ${STATUS_EN[d['status']] ?? d['status']}`,
      text: `The status of your application for "${d['vacancyTitle']}" at ${d['companyName']} is now: ${STATUS_EN[d['status']] ?? d['status']}.${d['status'] === 'rejected' ? '\n\nThank you for your interest. It is not a match this time, but we wish you every success in your search. TechZone Match has more places in the region.' : ''}\n\n${link}`,
    }),
  },
  'application.candidate_action': {
    nl: (d, link) => ({
      subject: `${d['candidateName']}: ${STATUS_NL[d['status']] ?? d['status']} (${d['vacancyTitle']})`,
      text: `${d['candidateName']} heeft de sollicitatie op "${d['vacancyTitle']}" bijgewerkt: ${STATUS_NL[d['status']] ?? d['status']}.\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `${d['candidateName']}: ${STATUS_EN[d['status']] ?? d['status']} (${d['vacancyTitle']})`,
      text: `${d['candidateName']} updated the application for "${d['vacancyTitle']}": ${STATUS_EN[d['status']] ?? d['status']}.\n\n${link}`,
    }),
  },
  'application.message': {
    nl: (d, link) => ({
      subject: `Nieuw bericht over "${d['vacancyTitle']}"`,
      text: `Je hebt een nieuw bericht over "${d['vacancyTitle']}".${d['interviewAt'] ? `\n\nUitnodiging voor een gesprek op ${d['interviewAt']} in ${d['interviewPlace']}.` : ''}\n\nLees het op ${link}`,
    }),
    en: (d, link) => ({
      subject: `New message about "${d['vacancyTitle']}"`,
      text: `You have a new message about "${d['vacancyTitle']}".${d['interviewAt'] ? `\n\nInvitation to an interview on ${d['interviewAt']} at ${d['interviewPlace']}.` : ''}\n\nRead it at ${link}`,
    }),
  },
  'application.overdue': {
    nl: (d, link) => ({
      subject: `Sollicitanten wachten op antwoord: ${d['vacancyTitle']}`,
      text: `${d['count']} sollicitatie(s) op "${d['vacancyTitle']}" wachten al 10 werkdagen of langer op een reactie. Laat je kandidaten niet in het ongewisse: ${link}`,
    }),
    en: (d, link) => ({
      subject: `Applicants are waiting for an answer: ${d['vacancyTitle']}`,
      text: `${d['count']} application(s) for "${d['vacancyTitle']}" have waited 10 working days or more for a reply. Do not leave your candidates guessing: ${link}`,
    }),
  },
  'vacancy.invitation': {
    nl: (d, link) => ({
      subject: `${d['companyName']} nodigt je uit te solliciteren`,
      text: `${d['companyName']} zag je profiel op TechZone Match en nodigt je uit te solliciteren op "${d['vacancyTitle']}".\n\nBekijk de vacature: ${link}\n\nJe krijgt dit bericht omdat je vindbaar bent voor bedrijven. Dat zet je uit in je profiel.`,
    }),
    en: (d, link) => ({
      subject: `${d['companyName']} invites you to apply`,
      text: `${d['companyName']} saw your profile on TechZone Match and invites you to apply for "${d['vacancyTitle']}".\n\nSee the vacancy: ${link}\n\nYou get this message because you are findable by companies. You can turn that off in your profile.`,
    }),
  },
  'vacancy.filled': {
    nl: (d, link) => ({
      subject: `"${d['vacancyTitle']}" is vervuld`,
      text: `Alle plekken van "${d['vacancyTitle']}" bij ${d['companyName']} zijn vergeven. Bedankt voor je sollicitatie; we wensen je veel succes. Kijk op TechZone Match voor andere plekken: ${link}`,
    }),
    en: (d, link) => ({
      subject: `"${d['vacancyTitle']}" has been filled`,
      text: `Every position of "${d['vacancyTitle']}" at ${d['companyName']} has been filled. Thank you for applying; we wish you every success. TechZone Match has other places: ${link}`,
    }),
  },
  'round.offer': {
    nl: (d, link) => ({
      subject: `Plaatsingsronde ${d['roundName']}: je hebt een plek bij ${d['companyName']}`,
      text: `Goed nieuws! In de plaatsingsronde "${d['roundName']}" van je school heb je een plek gekregen: "${d['vacancyTitle']}" bij ${d['companyName']}.\n\nNeem het aanbod aan of sla het af op ${link}`,
    }),
    en: (d, link) => ({
      subject: `Placement round ${d['roundName']}: you have a place at ${d['companyName']}`,
      text: `Good news! In your school's placement round "${d['roundName']}" you got a place: "${d['vacancyTitle']}" at ${d['companyName']}.\n\nAccept or decline the offer at ${link}`,
    }),
  },
  'round.unplaced': {
    nl: (d, link) => ({
      subject: `Plaatsingsronde ${d['roundName']}: nog geen plek`,
      text: `In de plaatsingsronde "${d['roundName']}" is er voor jou deze keer geen plek uit gekomen. Je stagecoördinator helpt je verder, en op TechZone Match kun je zelf ook solliciteren.\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Placement round ${d['roundName']}: no place yet`,
      text: `The placement round "${d['roundName']}" did not give you a place this time. Your placement coordinator will help you on, and on TechZone Match you can also apply yourself.\n\n${link}`,
    }),
  },
  'round.published': {
    nl: (d, link) => ({
      subject: `Plaatsingsronde ${d['roundName']} van ${d['schoolName']} is gepubliceerd`,
      text: `${d['schoolName']} heeft de plaatsingsronde "${d['roundName']}" gepubliceerd. Bij jullie zijn ${d['placed']} student(en) geplaatst; zij hebben een aanbod gekregen.\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Placement round ${d['roundName']} of ${d['schoolName']} has been published`,
      text: `${d['schoolName']} has published the placement round "${d['roundName']}". ${d['placed']} student(s) were placed with you and have received an offer.\n\n${link}`,
    }),
  },
  'placement.approved': {
    nl: (d, link) => ({
      subject: `Stage goedgekeurd: ${d['studentName']} bij ${d['companyName']}`,
      text: `${d['schoolName']} heeft de stage van ${d['studentName']} bij ${d['companyName']} goedgekeurd. De volgende stap is de praktijkovereenkomst (POK).\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Placement approved: ${d['studentName']} at ${d['companyName']}`,
      text: `${d['schoolName']} has approved the placement of ${d['studentName']} at ${d['companyName']}. Next comes the placement agreement (POK).\n\n${link}`,
    }),
  },
  'placement.rejected': {
    nl: (d, link) => ({
      subject: `Stage niet goedgekeurd: ${d['studentName']} bij ${d['companyName']}`,
      text: `${d['schoolName']} heeft de stage van ${d['studentName']} bij ${d['companyName']} niet goedgekeurd. Lees de toelichting op ${link}`,
    }),
    en: (d, link) => ({
      subject: `Placement not approved: ${d['studentName']} at ${d['companyName']}`,
      text: `${d['schoolName']} has not approved the placement of ${d['studentName']} at ${d['companyName']}. Read why at ${link}`,
    }),
  },
  'agreement.signed': {
    nl: (d, link) => ({
      subject: `Praktijkovereenkomst getekend: ${d['studentName']} bij ${d['companyName']}`,
      text: `Alle partijen hebben de praktijkovereenkomst van ${d['studentName']} bij ${d['companyName']} getekend. De stage kan beginnen.\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Placement agreement signed: ${d['studentName']} at ${d['companyName']}`,
      text: `Every party has signed the placement agreement of ${d['studentName']} at ${d['companyName']}. The placement can start.\n\n${link}`,
    }),
  },
  'placement.completed': {
    nl: (d, link) => ({
      subject: `Stage afgerond: ${d['studentName']} bij ${d['companyName']}`,
      text: `De school heeft de stage van ${d['studentName']} bij ${d['companyName']} afgerond. Gefeliciteerd!\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Placement completed: ${d['studentName']} at ${d['companyName']}`,
      text: `The school has marked the placement of ${d['studentName']} at ${d['companyName']} completed. Congratulations!\n\n${link}`,
    }),
  },
  'placement.terminated': {
    nl: (d, link) => ({
      subject: `Stage beëindigd: ${d['studentName']} bij ${d['companyName']}`,
      text: `De school heeft de stage van ${d['studentName']} bij ${d['companyName']} voortijdig beëindigd. Reden: ${d['reason']}\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Placement ended: ${d['studentName']} at ${d['companyName']}`,
      text: `The school has ended the placement of ${d['studentName']} at ${d['companyName']} early. Reason: ${d['reason']}\n\n${link}`,
    }),
  },
  'placement.problem': {
    nl: (d, link) => ({
      subject: `Probleem gemeld bij de stage van ${d['studentName']}`,
      text: `${d['reporterName']} heeft een probleem gemeld bij de stage van ${d['studentName']} bij ${d['companyName']}.\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Problem reported for ${d['studentName']}'s placement`,
      text: `${d['reporterName']} reported a problem with the placement of ${d['studentName']} at ${d['companyName']}.\n\n${link}`,
    }),
  },
  'report.misconduct': {
    nl: (d, link) => ({
      subject: `Melding over ${d['companyName']}`,
      text: `Een student heeft een melding gedaan over ${d['companyName']} (${d['category']}). Bekijk de melding: ${link}`,
    }),
    en: (d, link) => ({
      subject: `Report about ${d['companyName']}`,
      text: `A student has made a report about ${d['companyName']} (${d['category']}). See the report: ${link}`,
    }),
  },
  'event.cancelled': {
    nl: (d, link) => ({
      subject: `Afgelast: ${d['eventTitle']}`,
      text: `"${d['eventTitle']}" gaat niet door. Je aanmelding vervalt.\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Cancelled: ${d['eventTitle']}`,
      text: `"${d['eventTitle']}" will not take place. Your sign-up lapses.\n\n${link}`,
    }),
  },
  'event.approved': {
    nl: (d, link) => ({
      subject: `Evenement goedgekeurd: ${d['eventTitle']}`,
      text: `Het programmabureau heeft "${d['eventTitle']}" goedgekeurd; het staat nu in de agenda.\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Event approved: ${d['eventTitle']}`,
      text: `The program office has approved "${d['eventTitle']}"; it is now in the calendar.\n\n${link}`,
    }),
  },
  'event.rejected': {
    nl: (d, link) => ({
      subject: `Evenement niet goedgekeurd: ${d['eventTitle']}`,
      text: `Het programmabureau heeft "${d['eventTitle']}" niet goedgekeurd.${d['note'] ? `\n\nReden: ${d['note']}` : ''}\n\n${link}`,
    }),
    en: (d, link) => ({
      subject: `Event not approved: ${d['eventTitle']}`,
      text: `The program office has not approved "${d['eventTitle']}".${d['note'] ? `\n\nReason: ${d['note']}` : ''}\n\n${link}`,
    }),
  },
};

const STATUS_NL: Record<string, string> = {
  submitted: 'verstuurd',
  in_review: 'in behandeling',
  interview: 'uitgenodigd voor een gesprek',
  offered: 'aanbod gedaan',
  accepted: 'aanbod aangenomen',
  declined: 'aanbod afgeslagen',
  rejected: 'afgewezen',
  withdrawn: 'ingetrokken',
};

const STATUS_EN: Record<string, string> = {
  submitted: 'submitted',
  in_review: 'in review',
  interview: 'invited to an interview',
  offered: 'offer made',
  accepted: 'offer accepted',
  declined: 'offer declined',
  rejected: 'not selected',
  withdrawn: 'withdrawn',
};

export function renderMail(type: string, locale: Locale, data: Data, link: string): Mail | null {
  return TEMPLATES[type]?.[locale]?.(data, link) ?? null;
}
