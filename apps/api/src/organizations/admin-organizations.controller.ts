import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type OrganizationResponse } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser } from '../auth/decorators';
import { OrganizationListQueryDto } from './dto/organization-list-query.dto';
import { VerifyOrganizationDto } from './dto/verify-organization.dto';
import { OrganizationsService } from './organizations.service';

/** The program office's verification queue. */
@ApiTags('admin')
@Controller(API_ROUTES.admin.organizations)
@Authenticated({ permission: 'organization.verify' })
export class AdminOrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  list(@Query() query: OrganizationListQueryDto): Promise<OrganizationResponse[]> {
    return this.organizations.listForReview(query);
  }

  @Post(':id/verification')
  @HttpCode(HttpStatus.OK)
  decide(
    @CurrentUser() admin: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: VerifyOrganizationDto,
  ): Promise<OrganizationResponse> {
    return this.organizations.decide(admin, id, dto);
  }
}
