import { Controller, Get, NotFoundException, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  API_ROUTES,
  type PlaceResponse,
  type QualificationResponse,
  type SectorResponse,
  type SkillResponse,
} from '@techzone/contracts';
import { Public } from '../auth/decorators';
import { TaxonomyQueryDto } from './dto/taxonomy-query.dto';
import { toPlaceResponse, toQualificationResponse, toSectorResponse, toSkillResponse } from './taxonomy.mapper';
import { TaxonomyRepository } from './taxonomy.repository';

/** The taxonomies are public: search filters and forms use them before anyone logs in. */
@ApiTags('taxonomy')
@Public()
@Controller()
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyRepository) {}

  @Get(API_ROUTES.taxonomy.skills)
  async skills(@Query() query: TaxonomyQueryDto): Promise<SkillResponse[]> {
    return (await this.taxonomy.searchSkills(query.q, query.limit ?? 500)).map(toSkillResponse);
  }

  @Get(API_ROUTES.taxonomy.qualifications)
  async qualifications(@Query() query: TaxonomyQueryDto): Promise<QualificationResponse[]> {
    return (await this.taxonomy.searchQualifications(query.q, query.limit ?? 500)).map(toQualificationResponse);
  }

  @Get(API_ROUTES.taxonomy.sectors)
  async sectors(@Query() query: TaxonomyQueryDto): Promise<SectorResponse[]> {
    return (await this.taxonomy.searchSectors(query.q, query.limit ?? 500)).map(toSectorResponse);
  }

  @Get(API_ROUTES.taxonomy.places)
  async places(@Query() query: TaxonomyQueryDto): Promise<PlaceResponse[]> {
    return (await this.taxonomy.searchPlaces(query.q, query.limit ?? 10)).map(toPlaceResponse);
  }

  @Get(`${API_ROUTES.taxonomy.places}/:id`)
  async place(@Param('id', ParseIntPipe) id: number): Promise<PlaceResponse> {
    const place = await this.taxonomy.findPlace(id);
    if (!place) {
      throw new NotFoundException('Place not found.');
    }
    return toPlaceResponse(place);
  }
}
