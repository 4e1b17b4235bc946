import { HttpBackend } from '@angular/common/http';
import { ApplicationConfig, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { InProcessBackend } from './core/ssr/in-process-backend';

const serverOnly: ApplicationConfig = {
  providers: [provideServerRendering(withRoutes(serverRoutes)), { provide: HttpBackend, useClass: InProcessBackend }],
};

export const serverConfig = mergeApplicationConfig(appConfig, serverOnly);
