import { Foundation1764100000000 } from './1764100000000-foundation';

/** Every migration, in order. Listed explicitly so a build can never miss one. */
export const MIGRATIONS = [Foundation1764100000000];
