import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { SearchWordEntity } from './entities/search-word.entity';
import { VacancySkillEntity } from './entities/vacancy-skill.entity';
import { VacancyEntity } from './entities/vacancy.entity';
import { VacanciesController } from './vacancies.controller';
import { VacanciesRepository } from './vacancies.repository';
import { VacanciesService } from './vacancies.service';

@Module({
  imports: [TypeOrmModule.forFeature([VacancyEntity, VacancySkillEntity, SearchWordEntity]), AuthModule],
  controllers: [VacanciesController],
  providers: [VacanciesRepository, VacanciesService],
  exports: [VacanciesService, VacanciesRepository],
})
export class VacanciesModule {}
