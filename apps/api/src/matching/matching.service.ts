import { Injectable, NotFoundException } from '@nestjs/common';
import type { CandidateMatchResponse, RecommendationsResponse } from '@techzone/contracts';
import {
  rankCandidates,
  reasonDistanceKm,
  recommend,
  suggestImprovements,
  type SkillProximity,
} from '@techzone/matching';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../audit/access-log.service';
import type { AuthUser } from '../auth/auth-user';
import { NotificationsService } from '../notifications/notifications.service';
import { isMember } from '../organizations/organization-access';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { MatchingRepository, nearRules } from './matching.repository';
import { skillRelations } from './skill-relations';

const TOP = 20;

/** Explained recommendations both ways: vacancies for a candidate, opted-in candidates for a vacancy. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly matching: MatchingRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async recommendations(user: AuthUser): Promise<RecommendationsResponse> {
    // The skill tree does not depend on the candidate: read it meanwhile.
    const [candidate, proximity] = await Promise.all([this.matching.candidate(user.id), this.skillTree()]);
    const missing: RecommendationsResponse['missing'] = [];
    if (!candidate?.home) {
      missing.push('home');
    }
    if (!candidate?.skills.length) {
      missing.push('skills');
    }
    if (!candidate?.home) {
      return { items: [], tips: [], missing };
    }
    // Only vacancies that can count: the pre-filter leaves out those the route, level or qualification rule rejects.
    const nearby = await this.matching.vacanciesNear(candidate.home, candidate.maxTravelKm, nearRules(candidate));
    const ranked = recommend(candidate, nearby, TOP, { proximity });
    // The details of the 20 load while the tips are worked out.
    const loading = this.vacancies.findSummaries(
      ranked.map((item) => item.vacancyId),
      new Map(
        ranked.flatMap((item) => {
          const km = reasonDistanceKm(item.reasons);
          return km === null ? [] : [[item.vacancyId, km] as const];
        }),
      ),
    );
    const tips = suggestImprovements(candidate, nearby, { proximity, limit: 3 });
    const details = new Map((await loading).map((v) => [v.id, v]));
    return {
      items: ranked.flatMap((item) => {
        const vacancy = details.get(item.vacancyId);
        return vacancy
          ? [
              {
                vacancy,
                score: Math.round(item.score),
                reasons: item.reasons,
              },
            ]
          : [];
      }),
      tips,
      missing,
    };
  }

  /** The best candidates who opted in to be found, for a vacancy of the user's company. */
  async candidates(user: AuthUser, vacancyId: string): Promise<CandidateMatchResponse[]> {
    const vacancy = await this.matching.vacancy(vacancyId);
    if (!vacancy || !isMember(user, vacancy.organizationId)) {
      throw new NotFoundException('Vacancy not found.');
    }
    const [pool, proximity] = await Promise.all([
      this.matching.discoverableCandidatesNear(vacancy.match.location),
      this.skillTree(),
    ]);
    const ranked = rankCandidates(vacancy.match, pool, TOP, { proximity });
    if (!ranked.length) {
      return [];
    }
    const ids = ranked.map((item) => item.candidateId);
    const people = await this.matching.findDiscoverablePeople(ids, vacancyId);
    await this.accessLog.record(
      user,
      people.map((person) => person.id),
      'match_listed',
      { organizationId: vacancy.organizationId, vacancyId },
    );
    const byId = new Map(people.map((person) => [person.id, person]));
    return ranked.flatMap((item) => {
      const person = byId.get(item.candidateId);
      return person
        ? [
            {
              userId: person.id,
              name: person.name,
              kind: person.kind,
              educationLevel: person.education_level,
              route: person.route,
              homePlace: person.home_place,
              skills: person.skills,
              certificates: person.certificates,
              languages: person.languages,
              about: person.about,
              score: Math.round(item.score),
              reasons: item.reasons,
              alreadyApplied: person.applied,
              invited: person.invited,
            },
          ]
        : [];
    });
  }

  /** Invites an opted-in candidate to apply (an in-app notification and an e-mail); a second invite does nothing. */
  async invite(user: AuthUser, vacancyId: string, candidateId: string): Promise<void> {
    const vacancy = await this.matching.vacancy(vacancyId);
    if (!vacancy || !isMember(user, vacancy.organizationId)) {
      throw new NotFoundException('Vacancy not found.');
    }
    const mail = await this.dataSource.transaction(async (manager) => {
      const row = await this.matching.findInvitationFacts(manager, candidateId, vacancyId);
      if (!row?.discoverable) {
        throw new NotFoundException('Candidate not found.');
      }
      if (row.status !== 'published') {
        throw new NotFoundException('Only published vacancies can invite candidates.');
      }
      if (row.invited) {
        return [];
      }
      await this.accessLog.record(
        user,
        [candidateId],
        'invited',
        { organizationId: vacancy.organizationId, vacancyId },
        manager,
      );
      return this.notifications.notify(manager, [
        {
          userId: candidateId,
          type: 'vacancy.invitation',
          data: { vacancyTitle: vacancy.title, companyName: row.company, vacancyId },
          path: `/vacatures/${vacancyId}`,
        },
      ]);
    });
    await this.notifications.deliver(mail);
  }

  private async skillTree(): Promise<SkillProximity> {
    return skillRelations(await this.matching.skillTree());
  }
}
