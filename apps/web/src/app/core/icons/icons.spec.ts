import { ICONS } from './icons';

// The unit tests are bundled for the browser but run in Node: reach the file system through Node itself.
const { readdirSync, readFileSync } = process.getBuiltinModule('node:fs');
const { join } = process.getBuiltinModule('node:path');

/** Every .html and .ts file of the app (the tests run from the workspace root). */
function sources(dir = join(process.cwd(), 'apps/web/src/app')): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sources(path);
    }
    return /\.(html|ts)$/.test(entry.name) && !entry.name.endsWith('.spec.ts')
      ? [{ path, text: readFileSync(path, 'utf8') }]
      : [];
  });
}

describe('icons', () => {
  // The app's code, without this folder (whose comments and registry name icons too).
  const files = sources().filter(({ path }) => !path.includes(join('core', 'icons')));

  it('should carry every icon that a template names', () => {
    const named = files.flatMap(({ path, text }) =>
      [...text.matchAll(/\bsvgIcon="([^"]+)"/g)].map((match) => ({ path, name: match[1] })),
    );
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter(({ name }) => !(name in ICONS))).toEqual([]);
  });

  it('should carry no icon that the app does not use', () => {
    const code = files.map(({ text }) => text).join('\n');
    const unused = Object.keys(ICONS).filter((name) => !new RegExp(`['"]${name}['"]`).test(code));
    expect(unused).toEqual([]);
  });

  it('should hold SVG markup for each icon', () => {
    for (const [name, svg] of Object.entries(ICONS)) {
      expect(svg.startsWith('<svg') && svg.includes('<path'), name).toBe(true);
    }
  });

  it('should never use the icon font', () => {
    expect(files.filter(({ text }) => /<mat-icon\b[^>]*[^/]>\s*[^<\s]/.test(text)).map(({ path }) => path)).toEqual([]);
  });
});
