import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type QualificationResponse, type SectorResponse, type SkillResponse } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser } from '../auth/decorators';
import {
  QualificationDto,
  QualificationUpdateDto,
  SectorDto,
  SectorUpdateDto,
  SkillDto,
  SkillUpdateDto,
} from './dto/taxonomy-admin.dto';
import { TaxonomyAdminService } from './taxonomy-admin.service';

const BASE = API_ROUTES.admin.taxonomy;

@ApiTags('taxonomy')
@Authenticated({ permission: 'taxonomy.manage' })
@Controller()
export class TaxonomyAdminController {
  constructor(private readonly taxonomy: TaxonomyAdminService) {}

  @Post(`${BASE}/skills`)
  createSkill(@CurrentUser() user: AuthUser, @Body() dto: SkillDto): Promise<SkillResponse> {
    return this.taxonomy.createSkill(user, dto);
  }

  @Patch(`${BASE}/skills/:code`)
  updateSkill(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: SkillUpdateDto,
  ): Promise<SkillResponse> {
    return this.taxonomy.updateSkill(user, code, dto);
  }

  @Post(`${BASE}/qualifications`)
  createQualification(@CurrentUser() user: AuthUser, @Body() dto: QualificationDto): Promise<QualificationResponse> {
    return this.taxonomy.createQualification(user, dto);
  }

  @Patch(`${BASE}/qualifications/:crebo`)
  updateQualification(
    @CurrentUser() user: AuthUser,
    @Param('crebo') crebo: string,
    @Body() dto: QualificationUpdateDto,
  ): Promise<QualificationResponse> {
    return this.taxonomy.updateQualification(user, crebo, dto);
  }

  @Post(`${BASE}/sectors`)
  createSector(@CurrentUser() user: AuthUser, @Body() dto: SectorDto): Promise<SectorResponse> {
    return this.taxonomy.createSector(user, dto);
  }

  @Patch(`${BASE}/sectors/:code`)
  updateSector(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() dto: SectorUpdateDto,
  ): Promise<SectorResponse> {
    return this.taxonomy.updateSector(user, code, dto);
  }
}
