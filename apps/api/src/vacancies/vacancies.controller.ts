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
  Query,
  Req,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  API_ROUTES,
  type VacancyDetailResponse,
  type VacancySearchResponse,
  type VacancySummaryResponse,
} from '@techzone/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser, Public } from '../auth/decorators';
import { OptionalUser } from '../auth/optional-user';
import { CompanyVacanciesQueryDto, SearchVacanciesDto } from './dto/search-vacancies.dto';
import { CreateVacancyDto, UpdateVacancyDto } from './dto/vacancy.dto';
import { VacanciesService } from './vacancies.service';

@ApiTags('vacancies')
@Controller()
export class VacanciesController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly optionalUser: OptionalUser,
  ) {}

  @Public()
  @Get(API_ROUTES.vacancies)
  search(@Query() query: SearchVacanciesDto): Promise<VacancySearchResponse> {
    return this.vacancies.search(query);
  }

  /** Public for published vacancies; members of the owning company (with a token) also see their drafts. */
  @Public()
  @Get(`${API_ROUTES.vacancies}/:id`)
  async get(@Req() request: FastifyRequest, @Param('id', ParseUUIDPipe) id: string): Promise<VacancyDetailResponse> {
    return this.vacancies.get(await this.optionalUser.from(request), id);
  }

  @Authenticated({ permission: 'vacancy.manage' })
  @Post(API_ROUTES.vacancies)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateVacancyDto): Promise<VacancyDetailResponse> {
    return this.vacancies.create(user, dto);
  }

  @Authenticated({ permission: 'vacancy.manage' })
  @Patch(`${API_ROUTES.vacancies}/:id`)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateVacancyDto,
  ): Promise<VacancyDetailResponse> {
    return this.vacancies.update(user, id, dto);
  }

  @Authenticated({ permission: 'vacancy.manage' })
  @Post(`${API_ROUTES.vacancies}/:id/publish`)
  @HttpCode(HttpStatus.OK)
  publish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<VacancyDetailResponse> {
    return this.vacancies.publish(user, id);
  }

  @Authenticated({ permission: 'vacancy.manage' })
  @Post(`${API_ROUTES.vacancies}/:id/close`)
  @HttpCode(HttpStatus.OK)
  close(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<VacancyDetailResponse> {
    return this.vacancies.close(user, id);
  }

  @Public()
  @Get(`${API_ROUTES.companies}/:id/vacancies`)
  listPublishedForCompany(@Param('id', ParseUUIDPipe) id: string): Promise<VacancySummaryResponse[]> {
    return this.vacancies.listPublishedForCompany(id);
  }

  @Authenticated({ permission: 'vacancy.manage' })
  @Get(`${API_ROUTES.organizations}/:id/vacancies`)
  listForCompany(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CompanyVacanciesQueryDto,
  ): Promise<VacancySummaryResponse[]> {
    return this.vacancies.listForCompany(user, id, query);
  }
}
