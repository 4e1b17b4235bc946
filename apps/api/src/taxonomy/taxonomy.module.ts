import { forwardRef, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { PlaceEntity } from './entities/place.entity';
import { QualificationEntity } from './entities/qualification.entity';
import { SectorEntity } from './entities/sector.entity';
import { SkillEntity } from './entities/skill.entity';
import { ReferenceChecker } from './reference-checker';
import { TaxonomyAdminController } from './taxonomy-admin.controller';
import { TaxonomyAdminService } from './taxonomy-admin.service';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyRepository } from './taxonomy.repository';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([SkillEntity, QualificationEntity, SectorEntity, PlaceEntity]),
    forwardRef(() => VacanciesModule),
  ],
  controllers: [TaxonomyController, TaxonomyAdminController],
  providers: [TaxonomyRepository, ReferenceChecker, TaxonomyAdminService],
  exports: [TaxonomyRepository, ReferenceChecker],
})
export class TaxonomyModule {}
