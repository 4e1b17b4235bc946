import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { REGION_MUNICIPALITIES } from '@techzone/contracts';
import { In, Repository } from 'typeorm';
import { PlaceEntity } from './entities/place.entity';
import { QualificationEntity } from './entities/qualification.entity';
import { SectorEntity } from './entities/sector.entity';
import { SkillEntity } from './entities/skill.entity';

const REGION_CODES = REGION_MUNICIPALITIES.map((municipality) => municipality.code);

/** Taxonomy look-ups. Text matching ignores case and accents (tz_unaccent) and ranks by trigram similarity. */
@Injectable()
export class TaxonomyRepository {
  constructor(
    @InjectRepository(SkillEntity) private readonly skills: Repository<SkillEntity>,
    @InjectRepository(QualificationEntity) private readonly qualifications: Repository<QualificationEntity>,
    @InjectRepository(SectorEntity) private readonly sectors: Repository<SectorEntity>,
    @InjectRepository(PlaceEntity) private readonly places: Repository<PlaceEntity>,
  ) {}

  searchSkills(q: string | undefined, limit: number): Promise<SkillEntity[]> {
    const query = this.skills.createQueryBuilder('s');
    if (q) {
      const text = `tz_unaccent(lower(s.label_nl || ' ' || s.label_en || ' ' || array_to_string(s.synonyms, ' ')))`;
      query
        .where(`${text} LIKE '%' || tz_unaccent(lower(:q)) || '%'`, { q })
        .orderBy(
          `(tz_unaccent(lower(s.label_nl)) LIKE tz_unaccent(lower(:q)) || '%' OR tz_unaccent(lower(s.label_en)) LIKE tz_unaccent(lower(:q)) || '%')`,
          'DESC',
        )
        .addOrderBy(`word_similarity(tz_unaccent(lower(:q)), ${text})`, 'DESC');
    }
    return query.addOrderBy('s.code', 'ASC').limit(limit).getMany();
  }

  searchQualifications(q: string | undefined, limit: number): Promise<QualificationEntity[]> {
    const query = this.qualifications.createQueryBuilder('q');
    if (q) {
      query.where(
        `(q.crebo LIKE :prefix OR tz_unaccent(lower(q.name_nl || ' ' || q.name_en || ' ' || q.dossier)) LIKE '%' || tz_unaccent(lower(:q)) || '%')`,
        { q, prefix: `${q.trim()}%` },
      );
    }
    return query.orderBy('q.name_nl', 'ASC').limit(limit).getMany();
  }

  searchSectors(q: string | undefined, limit: number): Promise<SectorEntity[]> {
    const query = this.sectors.createQueryBuilder('s');
    if (q) {
      query.where(
        `(s.code LIKE :prefix OR tz_unaccent(lower(s.name_nl || ' ' || s.name_en)) LIKE '%' || tz_unaccent(lower(:q)) || '%')`,
        { q, prefix: `${q.trim()}%` },
      );
    }
    return query.orderBy('s.code', 'ASC').limit(limit).getMany();
  }

  /** Places that start with the text first, the region's own places before others, then by similarity. */
  searchPlaces(q: string | undefined, limit: number): Promise<PlaceEntity[]> {
    const query = this.places.createQueryBuilder('p');
    if (q) {
      const name = 'tz_unaccent(lower(p.name))';
      const text = 'tz_unaccent(lower(:q))';
      query
        .where(`(${name} LIKE ${text} || '%' OR ${name} % ${text})`, { q })
        .orderBy(`(${name} LIKE ${text} || '%')`, 'DESC')
        .addOrderBy('(p.municipality_code IN (:...region))', 'DESC')
        .addOrderBy(`similarity(${name}, ${text})`, 'DESC');
    } else {
      query.where('p.municipality_code IN (:...region)').orderBy('p.name', 'ASC');
    }
    return query.setParameter('region', REGION_CODES).addOrderBy('p.name', 'ASC').limit(limit).getMany();
  }

  findPlace(id: number): Promise<PlaceEntity | null> {
    return this.places.findOne({ where: { id } });
  }

  findSkills(codes: string[]): Promise<SkillEntity[]> {
    return codes.length ? this.skills.find({ where: { code: In(codes) } }) : Promise.resolve([]);
  }

  findQualifications(crebos: string[]): Promise<QualificationEntity[]> {
    return crebos.length ? this.qualifications.find({ where: { crebo: In(crebos) } }) : Promise.resolve([]);
  }

  findSector(code: string): Promise<SectorEntity | null> {
    return this.sectors.findOne({ where: { code } });
  }

  findSectors(codes: string[]): Promise<SectorEntity[]> {
    return codes.length ? this.sectors.find({ where: { code: In(codes) } }) : Promise.resolve([]);
  }
}
