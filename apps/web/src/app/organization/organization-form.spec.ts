import { OrganizationProfileResponse } from '@techzone/contracts';
import { organizationFormToRequest, organizationToFormValue } from './organization-form';

function newProfile(overrides: Partial<OrganizationProfileResponse> = {}): OrganizationProfileResponse {
  return {
    id: 'org-1',
    kind: 'company',
    name: 'Metaal Emmen B.V.',
    city: 'Emmen',
    municipality: 'Emmen',
    kvkNumber: '12345678',
    brinCode: null,
    verificationStatus: 'verified',
    createdAt: '2026-01-01T00:00:00Z',
    description: 'Plaatwerk en lassen.',
    sectorCode: '25',
    website: 'https://metaal-emmen.example',
    size: '50-249',
    hasLogo: false,
    locations: [{ id: 'l1', placeId: 7, placeName: 'Emmen', municipality: 'Emmen', address: 'Industrieweg 1' }],
    accreditations: [{ crebo: '25010', nl: 'Lasser', en: 'Welder', since: '2024-02-01', until: null, active: true }],
    ...overrides,
  };
}

describe('organisation form → request', () => {
  it('should give back the stored company (round trip)', () => {
    expect(organizationFormToRequest(organizationToFormValue(newProfile()), 'company')).toEqual({
      name: 'Metaal Emmen B.V.',
      description: 'Plaatwerk en lassen.',
      sectorCode: '25',
      website: 'https://metaal-emmen.example',
      size: '50-249',
      kvkNumber: '12345678',
      locations: [{ placeId: 7, address: 'Industrieweg 1' }],
      accreditations: [{ crebo: '25010', since: '2024-02-01', until: null }],
    });
  });

  it('should send the BRIN code but no KvK, size or accreditations for a school', () => {
    const school = newProfile({ kind: 'school', kvkNumber: null, brinCode: '01OE', accreditations: [] });
    const request = organizationFormToRequest(organizationToFormValue(school), 'school');
    expect(request.brinCode).toBe('01OE');
    expect(request).not.toHaveProperty('kvkNumber');
    expect(request).not.toHaveProperty('accreditations');
    expect(request).not.toHaveProperty('size');
  });

  it('should leave out a location without a place and write empty texts as null', () => {
    const value = organizationToFormValue(newProfile());
    value.locations.push({ place: null, address: 'ergens' });
    value.description = '  ';
    const request = organizationFormToRequest(value, 'company');
    expect(request.locations).toEqual([{ placeId: 7, address: 'Industrieweg 1' }]);
    expect(request.description).toBeNull();
  });
});
