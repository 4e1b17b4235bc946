import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type CandidateMatchResponse, type RecommendationsResponse } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser } from '../auth/decorators';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Authenticated({ permission: 'profile.manageOwn' })
  @Get(API_ROUTES.me.recommendations)
  recommendations(@CurrentUser() user: AuthUser): Promise<RecommendationsResponse> {
    return this.matching.recommendations(user);
  }

  @Authenticated({ permission: 'application.manage' })
  @Get(`${API_ROUTES.vacancies}/:id/candidates`)
  candidates(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CandidateMatchResponse[]> {
    return this.matching.candidates(user, id);
  }

  @Authenticated({ permission: 'application.manage' })
  @Post(`${API_ROUTES.vacancies}/:id/candidates/:userId/invite`)
  @HttpCode(HttpStatus.NO_CONTENT)
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    return this.matching.invite(user, id, userId);
  }
}
