export * from './lib/geo';
