import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type CohortResponse, type ProgramResponse, type SchoolOptionResponse } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser, Public } from '../auth/decorators';
import { CohortDto, ProgramDto, UpdateProgramDto } from './dto/program.dto';
import { SchoolsService } from './schools.service';

const PROGRAMS = `${API_ROUTES.organizations}/:id/programs`;

@ApiTags('schools')
@Controller()
export class SchoolsController {
  constructor(private readonly schools: SchoolsService) {}

  @Public()
  @Get(API_ROUTES.schools)
  options(): Promise<SchoolOptionResponse[]> {
    return this.schools.options();
  }

  @Authenticated({ permission: 'organization.readOwn' })
  @Get(PROGRAMS)
  programs(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ProgramResponse[]> {
    return this.schools.programs(user, id);
  }

  @Authenticated({ permission: 'organization.manageOwn' })
  @Post(PROGRAMS)
  createProgram(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ProgramDto,
  ): Promise<ProgramResponse> {
    return this.schools.createProgram(user, id, dto);
  }

  @Authenticated({ permission: 'organization.manageOwn' })
  @Patch(`${PROGRAMS}/:programId`)
  updateProgram(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('programId', ParseUUIDPipe) programId: string,
    @Body() dto: UpdateProgramDto,
  ): Promise<ProgramResponse> {
    return this.schools.updateProgram(user, id, programId, dto);
  }

  @Authenticated({ permission: 'organization.manageOwn' })
  @Delete(`${PROGRAMS}/:programId`)
  @HttpCode(HttpStatus.NO_CONTENT)
  deleteProgram(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('programId', ParseUUIDPipe) programId: string,
  ): Promise<void> {
    return this.schools.deleteProgram(user, id, programId);
  }

  @Authenticated({ permission: 'organization.manageOwn' })
  @Post(`${PROGRAMS}/:programId/cohorts`)
  createCohort(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('programId', ParseUUIDPipe) programId: string,
    @Body() dto: CohortDto,
  ): Promise<CohortResponse> {
    return this.schools.createCohort(user, id, programId, dto);
  }

  @Authenticated({ permission: 'organization.manageOwn' })
  @Delete(`${PROGRAMS}/:programId/cohorts/:cohortId`)
  @HttpCode(HttpStatus.NO_CONTENT)
  deleteCohort(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('programId', ParseUUIDPipe) programId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
  ): Promise<void> {
    return this.schools.deleteCohort(user, id, programId, cohortId);
  }
}
