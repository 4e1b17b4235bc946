export interface GeoPoint {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** A point as a unit vector from the earth's centre: distances then need no trigonometry but one arcsine. */
export function unitX(lat: number, lon: number): number {
  return Math.cos(toRadians(lat)) * Math.cos(toRadians(lon));
}
export function unitY(lat: number, lon: number): number {
  return Math.cos(toRadians(lat)) * Math.sin(toRadians(lon));
}
export function unitZ(lat: number): number {
  return Math.sin(toRadians(lat));
}

/** Great-circle distance in kilometres between two unit vectors, from their chord (precise at short range too). */
export function kmBetweenUnits(ax: number, ay: number, az: number, bx: number, by: number, bz: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  const dz = az - bz;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}

/** Great-circle distance in kilometres (the same as the haversine formula, through unit vectors). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return kmBetweenUnits(
    unitX(a.lat, a.lon),
    unitY(a.lat, a.lon),
    unitZ(a.lat),
    unitX(b.lat, b.lon),
    unitY(b.lat, b.lon),
    unitZ(b.lat),
  );
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
