import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { MatchingModule } from '../matching/matching.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { RoundMarketService } from './round-market.service';
import { RoundParticipantsService } from './round-participants.service';
import { RoundsController } from './rounds.controller';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';

@Module({
  imports: [ApplicationsModule, MatchingModule, OrganizationsModule, VacanciesModule],
  controllers: [RoundsController],
  providers: [RoundsRepository, RoundMarketService, RoundsService, RoundParticipantsService],
})
export class RoundsModule {}
