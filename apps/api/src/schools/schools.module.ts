import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortEntity } from './entities/cohort.entity';
import { ProgramEntity } from './entities/program.entity';
import { SchoolsController } from './schools.controller';
import { SchoolsService } from './schools.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProgramEntity, CohortEntity])],
  controllers: [SchoolsController],
  providers: [SchoolsService],
})
export class SchoolsModule {}
