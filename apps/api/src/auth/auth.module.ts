import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { InvitationsModule } from '../invitations/invitations.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccountSecurityService } from './account-security.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { JwtSecret } from './jwt-secret';
import { JwtStrategy } from './jwt.strategy';
import { OptionalUser } from './optional-user';
import { RefreshTokensService } from './refresh-tokens.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.register({}),
    TypeOrmModule.forFeature([RefreshTokenEntity]),
    OrganizationsModule,
    InvitationsModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AccountSecurityService,
    RefreshTokensService,
    JwtStrategy,
    OptionalUser,
    { provide: JwtSecret, useFactory: (config: AppConfig) => new JwtSecret(config), inject: [AppConfig] },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [OptionalUser],
})
export class AuthModule {}
