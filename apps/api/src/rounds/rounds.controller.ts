import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  API_ROUTES,
  type CompanyRoundResponse,
  type CompanyRoundVacancyResponse,
  type MyRoundResponse,
  type RoundDetailResponse,
  type RoundRunDetailResponse,
  type RoundSummaryResponse,
} from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser } from '../auth/decorators';
import {
  CompanyRankingDto,
  CreateRoundDto,
  PublishRoundDto,
  RankingDto,
  RunRoundDto,
  UpdateRoundDto,
} from './dto/round.dto';
import { RoundParticipantsService } from './round-participants.service';
import { RoundsService } from './rounds.service';

const ROUND = `${API_ROUTES.rounds}/:id`;

@ApiTags('rounds')
@Controller()
export class RoundsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly participants: RoundParticipantsService,
  ) {}

  @Authenticated({ permission: 'placement.coordinate' })
  @Get(`${API_ROUTES.schools}/:schoolId/rounds`)
  list(
    @CurrentUser() user: AuthUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
  ): Promise<RoundSummaryResponse[]> {
    return this.rounds.list(user, schoolId);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Post(`${API_ROUTES.schools}/:schoolId/rounds`)
  create(
    @CurrentUser() user: AuthUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @Body() dto: CreateRoundDto,
  ): Promise<RoundDetailResponse> {
    return this.rounds.create(user, schoolId, dto);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Get(ROUND)
  detail(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<RoundDetailResponse> {
    return this.rounds.detail(user, id);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Patch(ROUND)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateRoundDto,
  ): Promise<RoundDetailResponse> {
    return this.rounds.update(user, id, dto);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Delete(ROUND)
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.rounds.remove(user, id);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Post(`${ROUND}/runs`)
  run(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RunRoundDto,
  ): Promise<RoundRunDetailResponse> {
    return this.rounds.run(user, id, dto);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Get(`${ROUND}/runs/:runId`)
  runDetail(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('runId', ParseUUIDPipe) runId: string,
  ): Promise<RoundRunDetailResponse> {
    return this.rounds.runDetail(user, id, runId);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Post(`${ROUND}/publish`)
  @HttpCode(HttpStatus.OK)
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PublishRoundDto,
  ): Promise<RoundDetailResponse> {
    return this.rounds.publish(user, id, dto);
  }

  @Authenticated({ permission: 'application.create' })
  @Get(API_ROUTES.me.rounds)
  myRounds(@CurrentUser() user: AuthUser): Promise<MyRoundResponse[]> {
    return this.participants.myRounds(user);
  }

  @Authenticated({ permission: 'application.create' })
  @Get(`${API_ROUTES.me.rounds}/:id`)
  myRound(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MyRoundResponse> {
    return this.participants.myRound(user, id);
  }

  @Authenticated({ permission: 'application.create' })
  @Put(`${API_ROUTES.me.rounds}/:id/ranking`)
  rank(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RankingDto,
  ): Promise<MyRoundResponse> {
    return this.participants.rank(user, id, dto);
  }

  @Authenticated({ permission: 'application.manage' })
  @Get(`${API_ROUTES.organizations}/:companyId/rounds`)
  companyRounds(
    @CurrentUser() user: AuthUser,
    @Param('companyId', ParseUUIDPipe) companyId: string,
  ): Promise<CompanyRoundResponse[]> {
    return this.participants.companyRounds(user, companyId);
  }

  @Authenticated({ permission: 'application.manage' })
  @Put(`${ROUND}/vacancies/:vacancyId/ranking`)
  companyRank(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('vacancyId', ParseUUIDPipe) vacancyId: string,
    @Body() dto: CompanyRankingDto,
  ): Promise<CompanyRoundVacancyResponse> {
    return this.participants.companyRank(user, id, vacancyId, dto);
  }
}
