export * from './lib/auth';
export * from './lib/errors';
export * from './lib/organizations';
export * from './lib/permissions';
export * from './lib/roles';
export * from './lib/routes';
