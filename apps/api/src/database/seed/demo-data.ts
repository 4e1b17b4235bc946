import type { MembershipRole, OrganizationKind } from '@techzone/contracts';

/**
 * Demo data for the Dutch TechZone region. The towns and municipalities are real; the companies and schools are
 * fictional, with trades typical of the region's manufacturing industry.
 */
export const DEMO_PASSWORD = 'TechZone-demo-2026!';
export const DEMO_EMAIL_DOMAIN = 'demo.techzonematch.nl';

export interface DemoOrganization {
  key: string;
  kind: OrganizationKind;
  name: string;
  city: string;
  municipality: string;
  kvkNumber?: string;
  brinCode?: string;
  verified: boolean;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'hondsrug',
    kind: 'company',
    name: 'Hondsrug Metaaltechniek B.V.',
    city: 'Emmen',
    municipality: 'Emmen',
    kvkNumber: '04123456',
    verified: true,
  },
  {
    key: 'vecht',
    kind: 'company',
    name: 'Vechtdal Precisie CNC',
    city: 'Hardenberg',
    municipality: 'Hardenberg',
    kvkNumber: '05234567',
    verified: true,
  },
  {
    key: 'coevorden-kunststof',
    kind: 'company',
    name: 'Coevorden Kunststof Extrusie',
    city: 'Coevorden',
    municipality: 'Coevorden',
    kvkNumber: '04345678',
    verified: true,
  },
  {
    key: 'reestdal',
    kind: 'company',
    name: 'Reestdal Mechatronica',
    city: 'Hoogeveen',
    municipality: 'Hoogeveen',
    kvkNumber: '04456789',
    verified: true,
  },
  {
    key: 'hunze',
    kind: 'company',
    name: 'Hunze Agri Systems',
    city: 'Nieuw-Buinen',
    municipality: 'Borger-Odoorn',
    kvkNumber: '04567890',
    verified: true,
  },
  {
    key: 'klazienaveen-plaat',
    kind: 'company',
    name: 'Plaatwerk Klazienaveen',
    city: 'Klazienaveen',
    municipality: 'Emmen',
    kvkNumber: '04678901',
    verified: false,
  },
  {
    key: 'dedemsvaart-coating',
    kind: 'company',
    name: 'Dedemsvaart Coating & Finish',
    city: 'Dedemsvaart',
    municipality: 'Hardenberg',
    kvkNumber: '05789012',
    verified: false,
  },
  {
    key: 'techniekcollege',
    kind: 'school',
    name: 'Techniek College Zuidoost-Drenthe',
    city: 'Emmen',
    municipality: 'Emmen',
    brinCode: '25TZ',
    verified: true,
  },
  {
    key: 'vechtdal-vakschool',
    kind: 'school',
    name: 'Vechtdal Vakschool',
    city: 'Hardenberg',
    municipality: 'Hardenberg',
    brinCode: '26VV',
    verified: true,
  },
];

export interface DemoUser {
  email: string;
  name: string;
  roleLabel: string;
  accountType: 'candidate' | 'member' | 'admin';
  candidateKind?: 'student' | 'professional';
  membership?: { organization: string; role: MembershipRole };
}

const email = (local: string): string => `${local}@${DEMO_EMAIL_DOMAIN}`;

/** One login for every role, printed at start-up. */
export const DEMO_USERS: DemoUser[] = [
  {
    email: email('student'),
    name: 'Sanne Bakker',
    roleLabel: 'student (MBO, BOL)',
    accountType: 'candidate',
    candidateKind: 'student',
  },
  {
    email: email('vakmens'),
    name: 'Erik Hofstee',
    roleLabel: 'vakmens (professional)',
    accountType: 'candidate',
    candidateKind: 'professional',
  },
  {
    email: email('eigenaar'),
    name: 'Marieke Wolters',
    roleLabel: 'company owner',
    accountType: 'member',
    membership: { organization: 'hondsrug', role: 'owner' },
  },
  {
    email: email('recruiter'),
    name: 'Dennis Kuiper',
    roleLabel: 'company recruiter',
    accountType: 'member',
    membership: { organization: 'hondsrug', role: 'recruiter' },
  },
  {
    email: email('praktijkopleider'),
    name: 'Henk Lubbers',
    roleLabel: 'company mentor (praktijkopleider)',
    accountType: 'member',
    membership: { organization: 'hondsrug', role: 'mentor' },
  },
  {
    email: email('coordinator'),
    name: 'Ingrid Smit',
    roleLabel: 'school placement coordinator',
    accountType: 'member',
    membership: { organization: 'techniekcollege', role: 'coordinator' },
  },
  {
    email: email('begeleider'),
    name: 'Rutger Oosting',
    roleLabel: 'school supervisor',
    accountType: 'member',
    membership: { organization: 'techniekcollege', role: 'supervisor' },
  },
  {
    email: email('admin'),
    name: 'Programmabureau Dutch TechZone',
    roleLabel: 'program office (admin)',
    accountType: 'admin',
  },
  {
    email: email('plaatwerk'),
    name: 'Gerrit Zwiers',
    roleLabel: 'owner of a company awaiting verification',
    accountType: 'member',
    membership: { organization: 'klazienaveen-plaat', role: 'owner' },
  },
  {
    email: email('coating'),
    name: 'Anouk Veenstra',
    roleLabel: 'owner of a company awaiting verification',
    accountType: 'member',
    membership: { organization: 'dedemsvaart-coating', role: 'owner' },
  },
];
