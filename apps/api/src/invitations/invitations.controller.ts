import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type InvitationResponse, type MeResponse } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser, Public } from '../auth/decorators';
import { InvitationDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('organizations')
@Controller(API_ROUTES.organizations)
export class OrganizationInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Authenticated({ permission: 'organization.manageMembers' })
  @Get(':id/invitations')
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<InvitationResponse[]> {
    return this.invitations.list(user, id);
  }

  @Authenticated({ permission: 'organization.manageMembers' })
  @Post(':id/invitations')
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InvitationDto,
  ): Promise<InvitationResponse> {
    return this.invitations.create(user, id, dto);
  }
}

@ApiTags('invitations')
@Controller(API_ROUTES.invitations)
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Get(':token')
  preview(@Param('token') token: string): Promise<InvitationResponse> {
    return this.invitations.preview(token);
  }

  @Authenticated()
  @Post(':token/accept')
  @HttpCode(HttpStatus.OK)
  accept(@CurrentUser() user: AuthUser, @Param('token') token: string): Promise<MeResponse> {
    return this.invitations.accept(user, token);
  }
}
