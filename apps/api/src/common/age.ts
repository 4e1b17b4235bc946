/** Age in whole years on a date, from an ISO date of birth (YYYY-MM-DD); null when the birth date is unknown. */
export function ageOn(dateOfBirth: string | null, on: Date): number | null {
  if (!dateOfBirth) {
    return null;
  }
  const birth = new Date(`${dateOfBirth}T00:00:00Z`);
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  if (
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate())
  ) {
    age -= 1;
  }
  return age;
}
