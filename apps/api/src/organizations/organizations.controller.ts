import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  API_ROUTES,
  type CompanyPageResponse,
  type OrganizationMemberResponse,
  type OrganizationProfileResponse,
  type OrganizationResponse,
} from '@techzone/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser, Public } from '../auth/decorators';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
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
  @Get(':id/profile')
  profile(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<OrganizationProfileResponse> {
    return this.organizations.profile(user, id);
  }

  @Authenticated({ permission: 'organization.manageOwn' })
  @Patch(':id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrganizationDto,
  ): Promise<OrganizationProfileResponse> {
    return this.organizations.update(user, id, dto);
  }

  /** The raw image is the body (image/png, image/jpeg or image/webp, at most 512 KB). */
  @Authenticated({ permission: 'organization.manageOwn' })
  @Put(':id/logo')
  @HttpCode(HttpStatus.NO_CONTENT)
  setLogo(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<void> {
    return this.organizations.setLogo(user, id, request.body, contentType);
  }

  @Authenticated({ permission: 'organization.manageOwn' })
  @Delete(':id/logo')
  @HttpCode(HttpStatus.NO_CONTENT)
  deleteLogo(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.organizations.deleteLogo(user, id);
  }

  @Public()
  @Get(':id/logo')
  async logo(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { logo, logoType } = await this.organizations.logo(id);
    await reply.header('content-type', logoType).header('cache-control', 'public, max-age=300').send(logo);
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

@ApiTags('companies')
@Controller(API_ROUTES.companies)
export class CompaniesController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Public()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CompanyPageResponse> {
    return this.organizations.companyPage(id);
  }
}
