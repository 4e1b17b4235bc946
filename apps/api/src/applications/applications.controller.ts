import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type ApplicationResponse, type ResponsivenessResponse } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser, Public } from '../auth/decorators';
import { ApplicationsService } from './applications.service';
import { CreateApplicationDto, MessageDto, TransitionDto } from './dto/application.dto';

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Authenticated({ permission: 'application.create' })
  @Post(`${API_ROUTES.vacancies}/:id/applications`)
  apply(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) vacancyId: string,
    @Body() dto: CreateApplicationDto,
  ): Promise<ApplicationResponse> {
    return this.applications.apply(user, vacancyId, dto);
  }

  @Authenticated({ permission: 'application.manage' })
  @Get(`${API_ROUTES.vacancies}/:id/applications`)
  board(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) vacancyId: string): Promise<ApplicationResponse[]> {
    return this.applications.board(user, vacancyId);
  }

  @Authenticated({ permission: 'application.create' })
  @Get(API_ROUTES.me.applications)
  mine(@CurrentUser() user: AuthUser): Promise<ApplicationResponse[]> {
    return this.applications.mine(user);
  }

  /** The candidate who applied, or members of the vacancy's company. */
  @Authenticated()
  @Get(`${API_ROUTES.applications}/:id`)
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationResponse> {
    return this.applications.get(user, id);
  }

  @Authenticated()
  @Patch(`${API_ROUTES.applications}/:id`)
  transition(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
  ): Promise<ApplicationResponse> {
    return this.applications.transition(user, id, dto);
  }

  @Authenticated()
  @Post(`${API_ROUTES.applications}/:id/messages`)
  message(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MessageDto,
  ): Promise<ApplicationResponse> {
    return this.applications.message(user, id, dto);
  }

  @Public()
  @Get(`${API_ROUTES.companies}/:id/responsiveness`)
  responsiveness(@Param('id', ParseUUIDPipe) id: string): Promise<ResponsivenessResponse> {
    return this.applications.responsiveness(id);
  }
}
