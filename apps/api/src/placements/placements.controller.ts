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
import {
  API_ROUTES,
  type AgreementResponse,
  type EvaluationResponse,
  type GuardianAgreementResponse,
  type HoursProgressResponse,
  type PlacementOverviewResponse,
  type PlacementResponse,
  type ReportResponse,
  type StudentTimelineEntry,
} from '@techzone/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser, Public } from '../auth/decorators';
import { AgreementsService } from './agreements.service';
import {
  AgreementPdfQueryDto,
  AssignPersonDto,
  EvaluationDto,
  EvaluationKindParamDto,
  GuardianInviteDto,
  GuardianSignDto,
  HoursEntryDto,
  HoursReviewDto,
  MisconductReportDto,
  PlacementOverviewQueryDto,
  ProblemReportDto,
  RejectPlacementDto,
  TerminatePlacementDto,
  UpdatePlacementDto,
  WeekParamDto,
} from './dto/placement.dto';
import { PlacementProgressService } from './placement-progress.service';
import { PlacementsService } from './placements.service';
import { ReportsService } from './reports.service';

const PLACEMENT = `${API_ROUTES.placements}/:id`;
const OVERVIEW = `${API_ROUTES.schools}/:schoolId/placement-overview`;

@ApiTags('placements')
@Controller()
export class PlacementsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly agreements: AgreementsService,
    private readonly progress: PlacementProgressService,
    private readonly reports: ReportsService,
  ) {}

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

  @Authenticated({ permission: 'placement.supervise' })
  @Get(API_ROUTES.me.guidedPlacements)
  guided(@CurrentUser() user: AuthUser): Promise<PlacementResponse[]> {
    return this.placements.guided(user);
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
  @Post(`${PLACEMENT}/agreement`)
  drawAgreement(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AgreementResponse> {
    return this.agreements.draw(user, id);
  }

  @Authenticated()
  @Get(`${PLACEMENT}/agreement`)
  agreement(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AgreementResponse> {
    return this.agreements.get(user, id);
  }

  @Authenticated()
  @Get(`${PLACEMENT}/agreement.pdf`)
  async agreementPdf(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AgreementPdfQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendPdf(reply, await this.agreements.pdf(user, id, query.lang ?? 'nl'), 'praktijkovereenkomst.pdf');
  }

  @Authenticated()
  @Post(`${PLACEMENT}/agreement/sign`)
  @HttpCode(HttpStatus.OK)
  sign(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AgreementResponse> {
    return this.agreements.sign(user, id);
  }

  @Authenticated()
  @Post(`${PLACEMENT}/agreement/guardian`)
  @HttpCode(HttpStatus.OK)
  inviteGuardian(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: GuardianInviteDto,
  ): Promise<AgreementResponse> {
    return this.agreements.inviteGuardian(user, id, dto);
  }

  @Public()
  @Get(`${API_ROUTES.guardian}/:token`)
  guardianView(@Param('token') token: string): Promise<GuardianAgreementResponse> {
    return this.agreements.guardianView(token);
  }

  @Public()
  @Get(`${API_ROUTES.guardian}/:token/agreement.pdf`)
  async guardianPdf(
    @Param('token') token: string,
    @Query() query: AgreementPdfQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendPdf(reply, await this.agreements.guardianPdf(token, query.lang ?? 'nl'), 'praktijkovereenkomst.pdf');
  }

  @Public()
  @Post(`${API_ROUTES.guardian}/:token/sign`)
  @HttpCode(HttpStatus.OK)
  guardianSign(@Param('token') token: string, @Body() dto: GuardianSignDto): Promise<GuardianAgreementResponse> {
    return this.agreements.guardianSign(token, dto);
  }

  @Authenticated()
  @Get(`${PLACEMENT}/hours`)
  hours(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<HoursProgressResponse> {
    return this.progress.hours(user, id);
  }

  @Authenticated({ permission: 'application.create' })
  @Put(`${PLACEMENT}/hours/:weekStart`)
  logHours(
    @CurrentUser() user: AuthUser,
    @Param() week: WeekParamDto,
    @Body() dto: HoursEntryDto,
  ): Promise<HoursProgressResponse> {
    return this.progress.logHours(user, week.id, week.weekStart, dto);
  }

  @Authenticated({ permission: 'organization.readOwn' })
  @Post(`${PLACEMENT}/hours/:weekStart/review`)
  @HttpCode(HttpStatus.OK)
  reviewHours(
    @CurrentUser() user: AuthUser,
    @Param() week: WeekParamDto,
    @Body() dto: HoursReviewDto,
  ): Promise<HoursProgressResponse> {
    return this.progress.reviewHours(user, week.id, week.weekStart, dto);
  }

  @Authenticated()
  @Get(`${PLACEMENT}/evaluations`)
  evaluations(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EvaluationResponse[]> {
    return this.progress.evaluations(user, id);
  }

  @Authenticated({ permission: 'organization.readOwn' })
  @Put(`${PLACEMENT}/evaluations/:kind`)
  writeEvaluation(
    @CurrentUser() user: AuthUser,
    @Param() kind: EvaluationKindParamDto,
    @Body() dto: EvaluationDto,
  ): Promise<EvaluationResponse[]> {
    return this.progress.writeEvaluation(user, kind.id, kind.kind, dto);
  }

  @Authenticated({ permission: 'placement.supervise' })
  @Post(`${PLACEMENT}/evaluations/:kind/cosign`)
  @HttpCode(HttpStatus.OK)
  cosignEvaluation(
    @CurrentUser() user: AuthUser,
    @Param() kind: EvaluationKindParamDto,
  ): Promise<EvaluationResponse[]> {
    return this.progress.cosignEvaluation(user, kind.id, kind.kind);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Post(`${PLACEMENT}/complete`)
  @HttpCode(HttpStatus.OK)
  async complete(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<PlacementResponse> {
    await this.progress.complete(user, id);
    return this.placements.get(user, id);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Post(`${PLACEMENT}/terminate`)
  @HttpCode(HttpStatus.OK)
  async terminate(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TerminatePlacementDto,
  ): Promise<PlacementResponse> {
    await this.progress.terminate(user, id, dto);
    return this.placements.get(user, id);
  }

  @Authenticated()
  @Get(`${PLACEMENT}/problems`)
  problems(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ReportResponse[]> {
    return this.progress.problems(user, id);
  }

  @Authenticated()
  @Post(`${PLACEMENT}/problems`)
  reportProblem(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ProblemReportDto,
  ): Promise<ReportResponse[]> {
    return this.progress.reportProblem(user, id, dto);
  }

  @Authenticated({ permission: 'application.create' })
  @Post(API_ROUTES.me.reports)
  reportMisconduct(@CurrentUser() user: AuthUser, @Body() dto: MisconductReportDto): Promise<ReportResponse> {
    return this.reports.report(user, dto);
  }

  @Authenticated({ permission: 'application.create' })
  @Get(API_ROUTES.me.reports)
  myReports(@CurrentUser() user: AuthUser): Promise<ReportResponse[]> {
    return this.reports.mine(user);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Get(`${API_ROUTES.schools}/:schoolId/reports`)
  schoolReports(
    @CurrentUser() user: AuthUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
  ): Promise<ReportResponse[]> {
    return this.reports.ofSchool(user, schoolId);
  }

  @Authenticated({ permission: 'insights.internal' })
  @Get(API_ROUTES.admin.reports)
  allReports(): Promise<ReportResponse[]> {
    return this.reports.all();
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
  @Get(`${API_ROUTES.schools}/:schoolId/students/:studentId/timeline`)
  timeline(
    @CurrentUser() user: AuthUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @Param('studentId', ParseUUIDPipe) studentId: string,
  ): Promise<StudentTimelineEntry[]> {
    return this.placements.timeline(user, schoolId, studentId);
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

async function sendPdf(reply: FastifyReply, pdf: Buffer, filename: string): Promise<void> {
  await reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(pdf);
}
