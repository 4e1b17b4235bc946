import type {
  AccreditationResponse,
  CompanyPageResponse,
  LocationResponse,
  OrganizationProfileResponse,
} from '@techzone/contracts';
import { SectorEntity } from '../taxonomy/entities/sector.entity';
import { AccreditationEntity } from './entities/accreditation.entity';
import { OrganizationLocationEntity } from './entities/organization-location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { toOrganizationResponse } from './organization.mapper';

const today = (): string => new Date().toISOString().slice(0, 10);

export function toAccreditationResponse(accreditation: AccreditationEntity): AccreditationResponse {
  const now = today();
  return {
    crebo: accreditation.crebo,
    since: accreditation.since,
    until: accreditation.until,
    nl: accreditation.qualification?.nameNl ?? accreditation.crebo,
    en: accreditation.qualification?.nameEn ?? accreditation.crebo,
    active: accreditation.since <= now && (!accreditation.until || accreditation.until >= now),
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

export function toCompanyPage(organization: OrganizationEntity, sector: SectorEntity | null): CompanyPageResponse {
  const profile = toOrganizationProfile(organization);
  return {
    id: profile.id,
    name: profile.name,
    city: profile.city,
    municipality: profile.municipality,
    description: profile.description,
    sector: sector ? { code: sector.code, nl: sector.nameNl, en: sector.nameEn } : null,
    website: profile.website,
    size: profile.size,
    hasLogo: profile.hasLogo,
    locations: profile.locations,
    accreditations: profile.accreditations,
  };
}
