import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type PlacementOverviewResponse, type PlacementResponse } from '@techzone/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser } from '../auth/decorators';
import {
  AssignPersonDto,
  PlacementOverviewQueryDto,
  RejectPlacementDto,
  UpdatePlacementDto,
} from './dto/placement.dto';
import { PlacementsService } from './placements.service';

const PLACEMENT = `${API_ROUTES.placements}/:id`;
const OVERVIEW = `${API_ROUTES.schools}/:schoolId/placement-overview`;

@ApiTags('placements')
@Controller()
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Authenticated()
  @Get(PLACEMENT)
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<PlacementResponse> {
    return this.placements.get(user, id);
  }

  @Authenticated({ permission: 'application.create' })
  @Get(API_ROUTES.me.placements)
  mine(@CurrentUser() user: AuthUser): Promise<PlacementResponse[]> {
    return this.placements.mine(user);
  }

  @Authenticated({ permission: 'organization.readOwn' })
  @Get(`${API_ROUTES.organizations}/:companyId/placements`)
  ofCompany(
    @CurrentUser() user: AuthUser,
    @Param('companyId', ParseUUIDPipe) companyId: string,
  ): Promise<PlacementResponse[]> {
    return this.placements.ofCompany(user, companyId);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Patch(PLACEMENT)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdatePlacementDto,
  ): Promise<PlacementResponse> {
    return this.placements.update(user, id, dto);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Post(`${PLACEMENT}/approve`)
  @HttpCode(HttpStatus.OK)
  approve(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<PlacementResponse> {
    return this.placements.approve(user, id);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Post(`${PLACEMENT}/reject`)
  @HttpCode(HttpStatus.OK)
  reject(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectPlacementDto,
  ): Promise<PlacementResponse> {
    return this.placements.reject(user, id, dto);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Put(`${PLACEMENT}/supervisor`)
  assignSupervisor(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignPersonDto,
  ): Promise<PlacementResponse> {
    return this.placements.assignSupervisor(user, id, dto);
  }

  @Authenticated({ permission: 'application.manage' })
  @Put(`${PLACEMENT}/mentor`)
  assignMentor(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignPersonDto,
  ): Promise<PlacementResponse> {
    return this.placements.assignMentor(user, id, dto);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Get(OVERVIEW)
  overview(
    @CurrentUser() user: AuthUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @Query() query: PlacementOverviewQueryDto,
  ): Promise<PlacementOverviewResponse> {
    return this.placements.overview(user, schoolId, query);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Get(`${OVERVIEW}.csv`)
  async overviewCsv(
    @CurrentUser() user: AuthUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @Query() query: PlacementOverviewQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = await this.placements.overviewCsv(user, schoolId, query);
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="plaatsingen.csv"')
      .send(csv);
  }
}
