import { Foundation1795824867462 } from './1795824867462-Foundation';

/** Every migration in order, listed explicitly for the bundle. */
export const MIGRATIONS = [Foundation1795824867462];
