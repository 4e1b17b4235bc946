import { buildKeysQuery, cellOf, cellsAround, EARTH_RADIUS_M, GRID_LEVELS, MAX_CELLS } from './search-keys';

/** Great-circle distance in km on the sphere of earth(), as the search's exact check computes it. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return (2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))) / 1000;
}

describe('search keys', () => {
  it('covers every point within the radius with the cells it asks for', () => {
    const centres = [
      { lat: 52.7792, lon: 6.9069 }, // Emmen
      { lat: 52.5775, lon: 6.6194 }, // Hardenberg
      { lat: 51.4416, lon: 5.4697 }, // Eindhoven
      { lat: 53.4, lon: 5.2 },
    ];
    for (const centre of centres) {
      for (const radiusKm of [1, 10, 25, 50, 100, 200]) {
        const cells = new Set(cellsAround(centre.lat, centre.lon, radiusKm));
        const level = GRID_LEVELS.find((candidate) => [...cells][0].startsWith(`${candidate.prefix}:`));
        expect(level).toBeDefined();
        // Points on rings just inside the radius, all around.
        for (let bearing = 0; bearing < 360; bearing += 7.5) {
          const d = (radiusKm * 0.999) / (EARTH_RADIUS_M / 1000);
          const b = (bearing * Math.PI) / 180;
          const lat1 = (centre.lat * Math.PI) / 180;
          const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
          const lon2 =
            (centre.lon * Math.PI) / 180 +
            Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
          const point = { lat: (lat2 * 180) / Math.PI, lon: (lon2 * 180) / Math.PI };
          expect(km(centre, point)).toBeLessThanOrEqual(radiusKm);
          expect(cells.has(cellOf(point.lat, point.lon, level as (typeof GRID_LEVELS)[number]))).toBe(true);
        }
      }
    }
  });

  it('asks for few cells: the finest size that needs at most MAX_CELLS', () => {
    const cells25 = cellsAround(52.7792, 6.9069, 25);
    expect(cells25[0]).toMatch(/^g1:/);
    expect(cells25.length).toBeLessThanOrEqual(49);
    // 50 km would take about 110 of the finest cells: the next size instead.
    const cells50 = cellsAround(52.7792, 6.9069, 50);
    expect(cells50[0]).toMatch(/^g2:/);
    expect(cells50.length).toBeLessThanOrEqual(MAX_CELLS);
    const cells100 = cellsAround(52.7792, 6.9069, 100);
    expect(cells100[0]).toMatch(/^g3:/);
    expect(cells100.length).toBeLessThanOrEqual(MAX_CELLS);
    expect(cellsAround(52.7792, 6.9069, 200).length).toBeLessThanOrEqual(MAX_CELLS);
  });

  it('ORs the values of a filter and ANDs the filters, quoting every value', () => {
    expect(
      buildKeysQuery({
        types: ['job', 'bol_internship'],
        levels: ['mbo2'],
        crebos: [],
        municipalities: ["'s-Hertogenbosch"],
        circle: null,
      }),
    ).toBe(`('ty:job' | 'ty:bol_internship') & 'lv:mbo2' & 'mu:''s-Hertogenbosch'`);
    expect(buildKeysQuery({ types: [], levels: [], crebos: [], municipalities: [], circle: null })).toBeNull();
  });
});
