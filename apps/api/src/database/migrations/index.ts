import { Foundation1795824867462 } from './1795824867462-Foundation';
import { SearchAndProfiles1795826103268 } from './1795826103268-SearchAndProfiles';
import { TaxonomyData1795826137000 } from './1795826137000-TaxonomyData';
import { Applications1795827293891 } from './1795827293891-Applications';
import { SearchTuning1795829311000 } from './1795829311000-SearchTuning';
import { PlacementRounds1795834606653 } from './1795834606653-PlacementRounds';
import { Placements1795835541728 } from './1795835541728-Placements';
import { Agreements1795836057980 } from './1795836057980-Agreements';
import { PlacementProgress1795836660154 } from './1795836660154-PlacementProgress';
import { Events1795838665703 } from './1795838665703-Events';
import { PasswordResets1795839223216 } from './1795839223216-PasswordResets';
import { SearchKeys1795840000000 } from './1795840000000-SearchKeys';
import { EmailVerification1795846950074 } from './1795846950074-EmailVerification';
import { PublishedVacancies1795858687627 } from './1795858687627-PublishedVacancies';
import { EventReviewNote1795869733012 } from './1795869733012-EventReviewNote';
import { SearchVectorsPublishedOnly1795870000000 } from './1795870000000-SearchVectorsPublishedOnly';

/** Every migration in order, listed explicitly for the bundle. */
export const MIGRATIONS = [
  Foundation1795824867462,
  SearchAndProfiles1795826103268,
  TaxonomyData1795826137000,
  Applications1795827293891,
  SearchTuning1795829311000,
  PlacementRounds1795834606653,
  Placements1795835541728,
  Agreements1795836057980,
  PlacementProgress1795836660154,
  Events1795838665703,
  PasswordResets1795839223216,
  SearchKeys1795840000000,
  EmailVerification1795846950074,
  PublishedVacancies1795858687627,
  EventReviewNote1795869733012,
  SearchVectorsPublishedOnly1795870000000,
];
