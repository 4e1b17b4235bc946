import {
  AccreditationInput,
  CompanySize,
  LocationInput,
  OrganizationKind,
  OrganizationProfileResponse,
  UpdateOrganizationRequest,
} from '@techzone/contracts';
import { fromIsoDate, toIsoDate } from '../shared/dates';
import { PlaceOption } from '../shared/place-autocomplete';

export interface LocationFormValue {
  place: PlaceOption | null;
  address: string;
}

export interface AccreditationFormValue {
  crebo: string;
  nl: string;
  en: string;
  since: Date | null;
  until: Date | null;
}

export interface OrganizationFormValue {
  name: string;
  description: string;
  sectorCode: string | null;
  website: string;
  size: CompanySize | null;
  kvkNumber: string;
  brinCode: string;
  locations: LocationFormValue[];
  accreditations: AccreditationFormValue[];
}

/** API field names → the form's control names (nested errors such as `locations.1.placeId` land on the list). */
export const ORGANIZATION_FIELDS = [
  'name',
  'description',
  'sectorCode',
  'website',
  'size',
  'kvkNumber',
  'brinCode',
  'locations',
  'accreditations',
] as const;

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function organizationToFormValue(profile: OrganizationProfileResponse): OrganizationFormValue {
  return {
    name: profile.name,
    description: profile.description ?? '',
    sectorCode: profile.sectorCode,
    website: profile.website ?? '',
    size: profile.size,
    kvkNumber: profile.kvkNumber ?? '',
    brinCode: profile.brinCode ?? '',
    locations: profile.locations.map((location) => ({
      place: { id: location.placeId, name: location.placeName, municipality: location.municipality },
      address: location.address ?? '',
    })),
    accreditations: profile.accreditations.map((accreditation) => ({
      crebo: accreditation.crebo,
      nl: accreditation.nl,
      en: accreditation.en,
      since: fromIsoDate(accreditation.since),
      until: fromIsoDate(accreditation.until),
    })),
  };
}

/**
 * The form → PATCH /api/organizations/:id. Locations (and for companies accreditations) replace the stored ones;
 * KvK and size only for companies, BRIN only for schools. Rows without a place or start date are left out.
 */
export function organizationFormToRequest(
  value: OrganizationFormValue,
  kind: OrganizationKind,
): UpdateOrganizationRequest {
  const locations: LocationInput[] = value.locations
    .filter((location): location is LocationFormValue & { place: PlaceOption } => location.place !== null)
    .map((location) => ({ placeId: location.place.id, address: textOrNull(location.address) }));
  const request: UpdateOrganizationRequest = {
    name: value.name.trim(),
    description: textOrNull(value.description),
    sectorCode: value.sectorCode,
    website: textOrNull(value.website),
    locations,
  };
  if (kind === 'company') {
    request.size = value.size;
    request.kvkNumber = value.kvkNumber.trim();
    request.accreditations = value.accreditations
      .filter((accreditation) => accreditation.since !== null)
      .map<AccreditationInput>((accreditation) => ({
        crebo: accreditation.crebo,
        since: toIsoDate(accreditation.since) ?? '',
        until: toIsoDate(accreditation.until),
      }));
  } else {
    request.brinCode = textOrNull(value.brinCode);
  }
  return request;
}
