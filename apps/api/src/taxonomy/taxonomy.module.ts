import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceEntity } from './entities/place.entity';
import { QualificationEntity } from './entities/qualification.entity';
import { SectorEntity } from './entities/sector.entity';
import { SkillEntity } from './entities/skill.entity';
import { ReferenceChecker } from './reference-checker';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyRepository } from './taxonomy.repository';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SkillEntity, QualificationEntity, SectorEntity, PlaceEntity])],
  controllers: [TaxonomyController],
  providers: [TaxonomyRepository, ReferenceChecker],
  exports: [TaxonomyRepository, ReferenceChecker],
})
export class TaxonomyModule {}
