import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type CandidateProfileResponse, type VacancySummaryResponse } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser } from '../auth/decorators';
import { CandidateProfileDto } from './dto/candidate-profile.dto';
import { ProfilesService } from './profiles.service';

@ApiTags('me')
@Controller()
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Authenticated({ permission: 'profile.manageOwn' })
  @Get(API_ROUTES.me.profile)
  get(@CurrentUser() user: AuthUser): Promise<CandidateProfileResponse> {
    return this.profiles.get(user);
  }

  @Authenticated({ permission: 'profile.manageOwn' })
  @Put(API_ROUTES.me.profile)
  put(@CurrentUser() user: AuthUser, @Body() dto: CandidateProfileDto): Promise<CandidateProfileResponse> {
    return this.profiles.put(user, dto);
  }

  @Authenticated({ permission: 'profile.manageOwn' })
  @Get(API_ROUTES.me.savedVacancies)
  saved(@CurrentUser() user: AuthUser): Promise<VacancySummaryResponse[]> {
    return this.profiles.savedVacancies(user);
  }

  @Authenticated({ permission: 'profile.manageOwn' })
  @Put(`${API_ROUTES.me.savedVacancies}/:vacancyId`)
  @HttpCode(HttpStatus.NO_CONTENT)
  save(@CurrentUser() user: AuthUser, @Param('vacancyId', ParseUUIDPipe) vacancyId: string): Promise<void> {
    return this.profiles.save(user, vacancyId);
  }

  @Authenticated({ permission: 'profile.manageOwn' })
  @Delete(`${API_ROUTES.me.savedVacancies}/:vacancyId`)
  @HttpCode(HttpStatus.NO_CONTENT)
  unsave(@CurrentUser() user: AuthUser, @Param('vacancyId', ParseUUIDPipe) vacancyId: string): Promise<void> {
    return this.profiles.unsave(user, vacancyId);
  }

  @Authenticated({ permission: 'placement.coordinate' })
  @Get(`${API_ROUTES.schools}/:id/students`)
  students(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CandidateProfileResponse[]> {
    return this.profiles.studentsOfSchool(user, id);
  }
}
