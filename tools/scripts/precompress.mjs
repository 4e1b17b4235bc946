// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of a built web app, so that the API serves
// them as they are (@fastify/static `preCompressed`) instead of compressing each response again.
// Usage: node tools/scripts/precompress.mjs dist/apps/web/browser
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|json|svg|txt|xml|webmanifest|ico)$/;
/** Smaller files gain less than the request headers they would save. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

const root = resolve(process.argv[2] ?? 'dist/apps/web/browser');
const wanted = [];
for (const path of await files(root)) {
  if (TEXT.test(path) && (await stat(path)).size >= MIN_BYTES) {
    wanted.push(path);
  }
}
let before = 0;
let after = 0;
await Promise.all(
  wanted.map(async (path) => {
    const content = await readFile(path);
    const [br, gzipped] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gz(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
    before += content.length;
    after += br.length;
  }),
);
console.log(
  `Precompressed ${wanted.length} files in ${root}: ${Math.round(before / 1024)} KiB, brotli ${Math.round(after / 1024)} KiB.`,
);
