import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX, type ErrorResponse } from '@techzone/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/error.filter';
import { createPino, PinoNestLogger } from './common/pino-logger';
import { createValidationPipe } from './common/validation';
import { AppConfig, publicUrl } from './config/app-config';
import { registerCompression, registerPages, registerWebFiles } from './web/web-delivery';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the whole HTTP application: used by main.ts and by the integration tests alike. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const logger = createPino(config.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // The router's own refusals (a path segment over 100 characters, a malformed %-escape) come before Nest and
    // its error filter: answer them in the same error shape.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const statusCode = error.statusCode ?? 400;
      void reply.status(statusCode).send({
        statusCode,
        error: STATUS_CODES[statusCode] ?? 'Error',
        message: statusCode === 414 ? 'A part of the address is too long.' : 'The address is not valid.',
        requestId: String(request.id),
      } satisfies ErrorResponse);
    },
  });
  const fastify = adapter.getInstance();
  // Logos are uploaded as the raw request body; the service checks type, size and content.
  fastify.addContentTypeParser(
    ['image/png', 'image/jpeg', 'image/webp'],
    { parseAs: 'buffer', bodyLimit: 512 * 1024 },
    (_request, body, done) => done(null, body),
  );
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
  });
  // robots.txt and sitemap.xml live at the root, where search engines look for them.
  app.setGlobalPrefix(API_PREFIX, { exclude: ['robots.txt', 'sitemap.xml'] });
  app.useGlobalPipes(createValidationPipe());
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });
  }

  await registerCompression(app);
  await app.register(fastifyCookie);
  // Helmet's security headers, its middleware built once: @fastify/helmet 13 builds it again for every request,
  // parsing the CSP directives each time (some 4% of the CPU of a small API read).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined)),
  );

  const webBuild = await registerWebFiles(app, config.WEB_DIST);
  if (webBuild) {
    registerPages(app, webBuild, publicUrl(config));
  }
  app.useGlobalFilters(new ErrorFilter());

  const openApi = new DocumentBuilder()
    .setTitle('TechZone Match API')
    .setDescription('Matching students and vakmensen to work-based learning and jobs in Dutch TechZone manufacturing.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json`,
  });
  return app;
}
