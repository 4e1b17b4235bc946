import { BadRequestException, Injectable } from '@nestjs/common';
import type { FieldError } from '@techzone/contracts';
import { PlaceEntity } from './entities/place.entity';
import { TaxonomyRepository } from './taxonomy.repository';

/**
 * Checks that ids in a request exist in the taxonomies, and answers 400 naming each unknown one
 * (`skills.2.skillCode`, `homePlaceId`, ...). Collects every problem before it throws.
 */
@Injectable()
export class ReferenceChecker {
  constructor(private readonly taxonomy: TaxonomyRepository) {}

  start(): ReferenceCheck {
    return new ReferenceCheck(this.taxonomy);
  }
}

export class ReferenceCheck {
  private readonly problems: FieldError[] = [];
  private readonly pending: Promise<void>[] = [];

  constructor(private readonly taxonomy: TaxonomyRepository) {}

  place(field: string, id: number | null | undefined, found: (place: PlaceEntity) => void = () => undefined): this {
    if (id !== null && id !== undefined) {
      this.pending.push(
        this.taxonomy.findPlace(id).then((place) => {
          if (place) {
            found(place);
          } else {
            this.problems.push({ field, code: 'unknownPlace', message: `${field} is not a known place` });
          }
        }),
      );
    }
    return this;
  }

  /** `field` gets the index appended: skills.0.skillCode. */
  skills(field: string, codes: string[], suffix = ''): this {
    this.pending.push(
      this.taxonomy.findSkills(codes).then((found) => {
        const known = new Set(
          found.filter((skill) => skill.kind === 'skill' || skill.kind === 'group').map((skill) => skill.code),
        );
        codes.forEach((code, index) => {
          if (!known.has(code)) {
            const path = `${field}.${index}${suffix}`;
            this.problems.push({ field: path, code: 'unknownSkill', message: `${path} is not a known skill: ${code}` });
          }
        });
      }),
    );
    return this;
  }

  qualifications(field: string, crebos: string[], single = false): this {
    this.pending.push(
      this.taxonomy.findQualifications(crebos).then((found) => {
        const known = new Set(found.map((qualification) => qualification.crebo));
        crebos.forEach((crebo, index) => {
          if (!known.has(crebo)) {
            const path = single ? field : `${field}.${index}`;
            this.problems.push({
              field: path,
              code: 'unknownQualification',
              message: `${path} is not a known qualification: ${crebo}`,
            });
          }
        });
      }),
    );
    return this;
  }

  sectors(field: string, codes: string[], single = false): this {
    this.pending.push(
      this.taxonomy.findSectors(codes).then((found) => {
        const known = new Set(found.map((sector) => sector.code));
        codes.forEach((code, index) => {
          if (!known.has(code)) {
            const path = single ? field : `${field}.${index}`;
            this.problems.push({
              field: path,
              code: 'unknownSector',
              message: `${path} is not a known sector: ${code}`,
            });
          }
        });
      }),
    );
    return this;
  }

  /** Adds a problem found by the caller's own rule. */
  problem(field: string, code: string, message: string): this {
    this.problems.push({ field, code, message });
    return this;
  }

  async verify(): Promise<void> {
    await Promise.all(this.pending);
    if (this.problems.length) {
      this.problems.sort((a, b) => a.field.localeCompare(b.field));
      throw new BadRequestException({
        message: `Invalid request: ${this.problems.map((problem) => problem.message).join('; ')}`,
        details: this.problems,
      });
    }
  }
}
