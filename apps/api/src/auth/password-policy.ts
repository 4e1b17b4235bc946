import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@techzone/contracts';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';

export type PasswordProblem = 'minLength' | 'maxLength' | 'commonPassword';

/** Words a password in this region is likely built from. */
const REGIONAL_WORDS = [
  'techzone',
  'dutchtechzone',
  'emmen',
  'hardenberg',
  'coevorden',
  'hoogeveen',
  'borger',
  'odoorn',
  'drenthe',
  'overijssel',
  'stage',
  'stagiair',
  'leerbaan',
  'welkom',
  'wachtwoord',
  'voorjaar',
  'zomer',
  'najaar',
  'winter',
];

let estimator: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...dutch.dictionary, regional: REGIONAL_WORDS },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/**
 * At least 12 characters, and not a common or easily guessed password: zxcvbn's estimate (common passwords,
 * Dutch and English words and names, keyboard patterns, dates, the person's own name and e-mail) must reach 3 of 4.
 */
export function checkPassword(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return 'minLength';
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return 'maxLength';
  }
  const userInputs = personal
    .flatMap((value) => value.toLowerCase().split(/[\s@.]+/))
    .filter((part) => part.length > 2);
  return zxcvbn().check(password, userInputs).score < 3 ? 'commonPassword' : null;
}

/** The message of each problem, in the error's details. */
export const PASSWORD_MESSAGES = {
  minLength: 'password must be at least 12 characters',
  maxLength: 'password must be at most 128 characters',
  commonPassword: 'password is too common or too easy to guess',
} as const;
