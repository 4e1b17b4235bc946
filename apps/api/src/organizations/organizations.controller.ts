import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type OrganizationMemberResponse, type OrganizationResponse } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser } from '../auth/decorators';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller(API_ROUTES.organizations)
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Authenticated()
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<OrganizationResponse> {
    return this.organizations.get(user, id);
  }

  @Authenticated({ permission: 'organization.readOwn' })
  @Get(':id/members')
  members(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrganizationMemberResponse[]> {
    return this.organizations.members(user, id);
  }
}
