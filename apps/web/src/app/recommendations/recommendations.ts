import { RecommendationsResponse } from '@techzone/contracts';

type Missing = RecommendationsResponse['missing'][number];

const ORDER: readonly Missing[] = ['home', 'skills'];

/** What the profile still needs, in a fixed order, each once; unknown values left out. */
export function missingParts(missing: readonly string[]): Missing[] {
  return ORDER.filter((part) => missing.includes(part));
}
