export interface GeoPoint {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How much a place still appeals at a distance, from 1 (next door) falling to 0 at the candidate's travel limit:
 * the score component for distance.
 */
export function distanceScore(distance: number, maxTravelKm: number): number {
  if (maxTravelKm <= 0 || distance >= maxTravelKm) {
    return 0;
  }
  const share = Math.max(0, distance) / maxTravelKm;
  return 1 - share * share;
}
