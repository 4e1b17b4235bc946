import type { AgreementParty, AgreementResponse, Locale } from '@techzone/contracts';
import PDFDocument from 'pdfkit';

const TEXT = {
  nl: {
    title: 'Praktijkovereenkomst (POK)',
    version: (v: number) => `Versie ${v}`,
    intro:
      'Deze overeenkomst legt de beroepspraktijkvorming (BPV) vast tussen de student, het leerbedrijf en de school. ' +
      'De drie partijen spreken af dat de student in deze periode bij het leerbedrijf leert en werkt volgens de ' +
      'opleiding hieronder, begeleid door een praktijkopleider en een stagebegeleider van de school.',
    parties: 'Partijen',
    student: 'Student',
    born: 'geboren',
    company: 'Leerbedrijf',
    kvk: 'KvK',
    school: 'School',
    education: 'Opleiding',
    qualification: 'Kwalificatie',
    route: 'Leerweg',
    level: 'niveau',
    placement: 'De stage',
    position: 'Plek',
    period: 'Periode',
    until: 'tot en met',
    hours: 'Uren per week',
    guidance: 'Begeleiding',
    mentor: 'Praktijkopleider',
    supervisor: 'Stagebegeleider school',
    signatures: 'Ondertekening',
    signedBy: (name: string, at: string) => `getekend door ${name} op ${at}`,
    notSigned: 'nog niet getekend',
    party: { student: 'Student', guardian: 'Ouder of voogd', company: 'Leerbedrijf', school: 'School' },
    guardianNote: 'De student is op de startdatum jonger dan 18 jaar; een ouder of voogd tekent mee.',
    locked: (at: string) =>
      `Door alle partijen getekend op ${at}. Deze versie is vergrendeld; een wijziging maakt een nieuwe versie.`,
    draft: 'Nog niet door alle partijen getekend.',
  },
  en: {
    title: 'Placement agreement (POK)',
    version: (v: number) => `Version ${v}`,
    intro:
      'This agreement records the work-based learning placement (BPV) between the student, the training company and ' +
      'the school. The three parties agree that the student learns and works at the company during this period for ' +
      'the qualification below, guided by a company mentor and a school supervisor.',
    parties: 'Parties',
    student: 'Student',
    born: 'born',
    company: 'Training company',
    kvk: 'Chamber of Commerce no.',
    school: 'School',
    education: 'Education',
    qualification: 'Qualification',
    route: 'Learning route',
    level: 'level',
    placement: 'The placement',
    position: 'Position',
    period: 'Period',
    until: 'to',
    hours: 'Hours per week',
    guidance: 'Guidance',
    mentor: 'Company mentor',
    supervisor: 'School supervisor',
    signatures: 'Signatures',
    signedBy: (name: string, at: string) => `signed by ${name} on ${at}`,
    notSigned: 'not signed yet',
    party: { student: 'Student', guardian: 'Parent or guardian', company: 'Training company', school: 'School' },
    guardianNote: 'The student is under 18 on the start date; a parent or guardian signs as well.',
    locked: (at: string) => `Signed by all parties on ${at}. This version is locked; a change makes a new version.`,
    draft: 'Not yet signed by all parties.',
  },
} as const;

const date = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

/**
 * The agreement as an A4 PDF in Dutch or English, with every party, the terms and who signed when. Built with
 * PDFKit's standard fonts (nothing fetched); `compress: false` keeps the text searchable in the file.
 */
export function agreementPdf(agreement: AgreementResponse, locale: Locale): Promise<Buffer> {
  const t = TEXT[locale];
  const c = agreement.content;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: false,
    info: { Title: `${t.title} ${c.student.name} - ${c.company.name}`, Author: c.school.name, Subject: t.title },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).moveDown(0.2);
  const line = (label: string, value: string) =>
    doc.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true }).font('Helvetica').text(value);

  doc.font('Helvetica-Bold').fontSize(18).text(t.title);
  doc.font('Helvetica').fontSize(10).fillColor('#444444').text(t.version(agreement.version)).fillColor('#000000');
  doc.moveDown(0.5).fontSize(10).text(t.intro);

  heading(t.parties);
  line(
    t.student,
    `${c.student.name}${c.student.dateOfBirth ? ` (${t.born} ${date(c.student.dateOfBirth, locale)})` : ''}`,
  );
  line(
    t.company,
    `${c.company.name}${c.company.city ? `, ${c.company.city}` : ''}${c.company.kvkNumber ? ` (${t.kvk} ${c.company.kvkNumber})` : ''}`,
  );
  line(t.school, `${c.school.name}${c.school.city ? `, ${c.school.city}` : ''}`);

  heading(t.education);
  if (c.qualification) {
    line(
      t.qualification,
      `${c.qualification.name} (crebo ${c.qualification.crebo}, ${t.level} ${c.qualification.level})`,
    );
  }
  if (c.route) {
    line(t.route, c.route);
  }

  heading(t.placement);
  if (c.vacancyTitle) {
    line(t.position, c.vacancyTitle);
  }
  line(t.period, `${date(c.startDate, locale)} ${t.until} ${date(c.endDate, locale)}`);
  line(t.hours, String(c.hoursPerWeek));

  heading(t.guidance);
  line(t.mentor, `${c.mentor.name} (${c.mentor.email})`);
  line(t.supervisor, `${c.supervisor.name} (${c.supervisor.email})`);

  heading(t.signatures);
  if (c.guardianRequired) {
    doc.font('Helvetica-Oblique').fontSize(10).text(t.guardianNote).moveDown(0.3);
  }
  for (const party of agreement.requiredParties) {
    const signature = agreement.signatures.find((s) => s.party === party);
    line(
      t.party[party as AgreementParty],
      signature ? t.signedBy(signature.signerName, date(signature.signedAt, locale)) : t.notSigned,
    );
  }
  doc.moveDown(0.8).font('Helvetica').fontSize(9).fillColor('#444444');
  doc.text(agreement.signedAt ? t.locked(date(agreement.signedAt, locale)) : t.draft);
  doc.end();
  return done;
}
