import type {
  AccreditationResponse,
  CompanyPageResponse,
  LocationResponse,
  OrganizationProfileResponse,
} from '@techzone/contracts';
import { AccreditationEntity } from './entities/accreditation.entity';
import { OrganizationLocationEntity } from './entities/organization-location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { toOrganizationResponse } from './organization.mapper';

const today = (): string => new Date().toISOString().slice(0, 10);

/** An accreditation counts from its first day through its last (dates as YYYY-MM-DD); no end date: it holds. */
function isActive(accreditation: Pick<AccreditationResponse, 'since' | 'until'>, now = today()): boolean {
  return accreditation.since <= now && (!accreditation.until || accreditation.until >= now);
}

export function toAccreditationResponse(accreditation: AccreditationEntity): AccreditationResponse {
  return {
    crebo: accreditation.crebo,
    since: accreditation.since,
    until: accreditation.until,
    nl: accreditation.qualification?.nameNl ?? accreditation.crebo,
    en: accreditation.qualification?.nameEn ?? accreditation.crebo,
    active: isActive(accreditation),
  };
}

export function toLocationResponse(location: OrganizationLocationEntity): LocationResponse {
  return {
    id: location.id,
    placeId: location.placeId,
    placeName: location.place?.name ?? '',
    municipality: location.place?.municipality ?? '',
    address: location.address,
  };
}

export function toOrganizationProfile(organization: OrganizationEntity): OrganizationProfileResponse {
  return {
    ...toOrganizationResponse(organization),
    description: organization.description,
    sectorCode: organization.sectorCode,
    website: organization.website,
    size: organization.size,
    hasLogo: organization.logoType !== null,
    locations: (organization.locations ?? []).map(toLocationResponse),
    accreditations: (organization.accreditations ?? [])
      .map(toAccreditationResponse)
      .sort((a, b) => a.crebo.localeCompare(b.crebo)),
  };
}

/** A row of OrganizationsRepository.findCompanyPage; dates as PostgreSQL writes them (YYYY-MM-DD). */
export interface CompanyPageRow {
  id: string;
  name: string;
  city: string | null;
  municipality: string | null;
  description: string | null;
  website: string | null;
  size: CompanyPageResponse['size'];
  has_logo: boolean;
  sector: CompanyPageResponse['sector'];
  locations: LocationResponse[];
  accreditations: Omit<AccreditationResponse, 'active'>[];
}

export function toCompanyPage(row: CompanyPageRow): CompanyPageResponse {
  const now = today();
  return {
    id: row.id,
    name: row.name,
    city: row.city,
    municipality: row.municipality,
    description: row.description,
    sector: row.sector,
    website: row.website,
    size: row.size,
    hasLogo: row.has_logo,
    locations: row.locations,
    accreditations: row.accreditations.map((accreditation) => ({
      ...accreditation,
      active: isActive(accreditation, now),
    })),
  };
}
