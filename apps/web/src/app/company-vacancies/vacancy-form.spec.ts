import { VacancyDetailResponse } from '@techzone/contracts';
import {
  EMPTY_VACANCY_FORM,
  VacancyFormValue,
  vacancyFormToCreateRequest,
  vacancyFormToInput,
  vacancyToFormValue,
} from './vacancy-form';

function newVacancyForm(overrides: Partial<VacancyFormValue> = {}): VacancyFormValue {
  return {
    ...EMPTY_VACANCY_FORM,
    type: 'bol_internship',
    title: '  Stage lassen  ',
    description: 'Je leert <b>TIG-lassen</b>.\nIn Emmen.',
    place: { id: 42, name: 'Emmen', municipality: 'Emmen' },
    levels: ['mbo2', 'mbo3'],
    qualifications: [{ crebo: '25010', nl: 'Lasser', en: 'Welder', level: 2 }],
    sectorCode: '25',
    skills: [{ code: 'weld.tig', level: 3, importance: 'must' }],
    certificates: ['vca_basic'],
    hoursPerWeek: 32,
    startDate: new Date(2026, 8, 1),
    endDate: new Date(2027, 0, 31),
    positions: 2,
    compensation: ' ',
    contactName: 'Anja Bakker',
    contactEmail: ' anja@example.nl ',
    ...overrides,
  };
}

describe('vacancy form → request', () => {
  it('should map every field, trimming texts and writing dates as YYYY-MM-DD', () => {
    expect(vacancyFormToCreateRequest(newVacancyForm(), 'org-1')).toEqual({
      organizationId: 'org-1',
      type: 'bol_internship',
      title: 'Stage lassen',
      description: 'Je leert <b>TIG-lassen</b>.\nIn Emmen.',
      placeId: 42,
      levels: ['mbo2', 'mbo3'],
      qualificationCrebos: ['25010'],
      sectorCode: '25',
      skills: [{ skillCode: 'weld.tig', minLevel: 3, importance: 'must' }],
      certificates: ['vca_basic'],
      minAge: null,
      hoursPerWeek: 32,
      startDate: '2026-09-01',
      endDate: '2027-01-31',
      positions: 2,
      compensation: null,
      contactName: 'Anja Bakker',
      contactEmail: 'anja@example.nl',
      expiresAt: null,
      blindReview: false,
    });
  });

  it('should refuse an incomplete form', () => {
    expect(() => vacancyFormToInput(newVacancyForm({ place: null }))).toThrow();
  });

  it('should give back the same request after a save and reload (round trip)', () => {
    const input = vacancyFormToInput(
      newVacancyForm({ minAge: 16, expiresAt: new Date(2026, 11, 1), blindReview: true }),
    );
    const saved: VacancyDetailResponse = {
      id: 'v1',
      status: 'draft',
      type: input.type,
      title: input.title,
      description: input.description,
      excerpt: '',
      company: { id: 'org-1', name: 'Metaal Emmen', city: 'Emmen', verified: true },
      place: { id: 42, name: 'Emmen', municipality: 'Emmen' },
      distanceKm: null,
      levels: input.levels,
      hoursPerWeek: input.hoursPerWeek,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      positions: input.positions,
      publishedAt: null,
      expiresAt: input.expiresAt ?? null,
      skills: [{ code: 'weld.tig', nl: 'TIG-lassen', en: 'TIG welding', minLevel: 3, importance: 'must' }],
      qualifications: [{ crebo: '25010', nl: 'Lasser', en: 'Welder', level: 2 }],
      sector: { code: '25', nl: 'Metaal', en: 'Metal' },
      certificates: input.certificates,
      minAge: input.minAge ?? null,
      compensation: input.compensation ?? null,
      contactName: input.contactName ?? null,
      contactEmail: input.contactEmail ?? null,
      blindReview: input.blindReview ?? false,
      createdAt: '2026-05-01T10:00:00Z',
      updatedAt: '2026-05-01T10:00:00Z',
    };
    expect(vacancyFormToInput(vacancyToFormValue(saved))).toEqual(input);
  });
});
