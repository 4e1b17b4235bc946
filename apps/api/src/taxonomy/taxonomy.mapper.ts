import type { PlaceResponse, QualificationResponse, SectorResponse, SkillResponse } from '@techzone/contracts';
import { PlaceEntity } from './entities/place.entity';
import { QualificationEntity } from './entities/qualification.entity';
import { SectorEntity } from './entities/sector.entity';
import { SkillEntity } from './entities/skill.entity';

export const toSkillResponse = (skill: SkillEntity): SkillResponse => ({
  code: skill.code,
  parent: skill.parentCode,
  kind: skill.kind,
  nl: skill.labelNl,
  en: skill.labelEn,
  escoUri: skill.escoUri,
  synonyms: skill.synonyms,
});

export const toQualificationResponse = (qualification: QualificationEntity): QualificationResponse => ({
  crebo: qualification.crebo,
  nl: qualification.nameNl,
  en: qualification.nameEn,
  level: qualification.level,
  dossierCrebo: qualification.dossierCrebo,
  dossier: qualification.dossier,
  domain: qualification.domain,
  routes: qualification.routes,
  skillCodes: qualification.skillCodes,
});

export const toSectorResponse = (sector: SectorEntity): SectorResponse => ({
  code: sector.code,
  parent: sector.parentCode,
  level: sector.level,
  nl: sector.nameNl,
  en: sector.nameEn,
});

export const toPlaceResponse = (place: PlaceEntity): PlaceResponse => ({
  id: place.id,
  name: place.name,
  municipality: place.municipality,
  province: place.province,
  lat: place.lat,
  lon: place.lon,
});
