import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PlacementsModule } from '../placements/placements.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ApplicationEventEntity } from './entities/application-event.entity';
import { ApplicationMessageEntity } from './entities/application-message.entity';
import { ApplicationEntity } from './entities/application.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([ApplicationEntity, ApplicationEventEntity, ApplicationMessageEntity]),
    OrganizationsModule,
    PlacementsModule,
  ],
  controllers: [ApplicationsController],
  providers: [ApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
