import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { JobsService } from './jobs.service';

@Module({ imports: [PrivacyModule], providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
