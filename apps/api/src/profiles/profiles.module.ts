import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';
import { CandidateSkillEntity } from './entities/candidate-skill.entity';
import { SavedVacancyEntity } from './entities/saved-vacancy.entity';
import { ProfilesController } from './profiles.controller';
import { ProfilesService } from './profiles.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CandidateProfileEntity, CandidateSkillEntity, SavedVacancyEntity]),
    VacanciesModule,
  ],
  controllers: [ProfilesController],
  providers: [ProfilesService],
})
export class ProfilesModule {}
