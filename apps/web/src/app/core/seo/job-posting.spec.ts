import { VacancyDetailResponse } from '@techzone/contracts';
import { employmentType, jobPosting, scriptJson } from './job-posting';
import { summary } from './page-meta.service';

const NOW = new Date('2026-12-07T12:00:00Z');

function vacancy(overrides: Partial<VacancyDetailResponse> = {}): VacancyDetailResponse {
  return {
    id: 'v1',
    type: 'bbl_apprenticeship',
    status: 'published',
    title: 'Leerbaan lasser',
    excerpt: 'Lassen',
    company: { id: 'c1', name: 'Smederij Test', city: 'Emmen', verified: true },
    place: { id: 1, name: 'Klazienaveen', municipality: 'Emmen' },
    distanceKm: null,
    levels: ['mbo2'],
    hoursPerWeek: 36,
    startDate: null,
    endDate: null,
    positions: 1,
    publishedAt: '2026-12-01T08:00:00Z',
    expiresAt: '2027-03-01T08:00:00Z',
    skills: [],
    description: 'Je leert lassen.',
    qualifications: [{ crebo: '25287', level: 2, nl: 'Lasser', en: 'Welder' }],
    sector: null,
    certificates: [],
    minAge: null,
    compensation: null,
    contactName: null,
    contactEmail: null,
    blindReview: false,
    createdAt: '2026-11-30T08:00:00Z',
    updatedAt: '2026-12-01T08:00:00Z',
    ...overrides,
  };
}

describe('jobPosting', () => {
  it('should describe an open vacancy with its company, place and qualification', () => {
    const posting = jobPosting(vacancy(), 'https://x.nl/vacatures/v1', 'https://x.nl/bedrijven/c1', NOW);
    expect(posting).toMatchObject({
      '@type': 'JobPosting',
      title: 'Leerbaan lasser',
      datePosted: '2026-12-01T08:00:00Z',
      validThrough: '2027-03-01T08:00:00Z',
      employmentType: 'FULL_TIME',
      hiringOrganization: { name: 'Smederij Test', sameAs: 'https://x.nl/bedrijven/c1' },
      jobLocation: { address: { addressLocality: 'Klazienaveen', addressRegion: 'Emmen', addressCountry: 'NL' } },
      educationRequirements: [{ credentialCategory: 'MBO niveau 2', name: 'Lasser (crebo 25287)' }],
    });
  });

  it('should carry none for a vacancy that is not open: filled, closed or expired', () => {
    expect(jobPosting(vacancy({ status: 'filled' }), 'a', 'b', NOW)).toBeNull();
    expect(jobPosting(vacancy({ status: 'closed' }), 'a', 'b', NOW)).toBeNull();
    expect(jobPosting(vacancy({ expiresAt: '2026-12-06T00:00:00Z' }), 'a', 'b', NOW)).toBeNull();
  });

  it('should call internships INTERN and the rest full- or part-time by their hours', () => {
    expect(employmentType({ type: 'bol_internship', hoursPerWeek: 40 })).toBe('INTERN');
    expect(employmentType({ type: 'graduation_internship', hoursPerWeek: 40 })).toBe('INTERN');
    expect(employmentType({ type: 'job', hoursPerWeek: 38 })).toBe('FULL_TIME');
    expect(employmentType({ type: 'job', hoursPerWeek: 24 })).toBe('PART_TIME');
    expect(employmentType({ type: 'part_time_job', hoursPerWeek: 36 })).toBe('PART_TIME');
  });

  it('should write JSON that cannot end its script element', () => {
    expect(scriptJson({ title: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('summary', () => {
  it('should keep a short text and cut a long one at a word', () => {
    expect(summary('  Kort   en\nklaar ')).toBe('Kort en klaar');
    const cut = summary('woord '.repeat(50), 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('woord…')).toBe(true);
  });
});
