// `npm run db:reset`: wipes the embedded database's folder (DATA_DIR, default .data/pglite). The next
// `npm start` creates it anew with the demo data. A DATABASE_URL server is never touched.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { root } from './lib.mjs';

const dataDir = resolve(root, process.env.DATA_DIR || '.data/pglite');
rmSync(dataDir, { recursive: true, force: true });
console.log(`Removed the embedded database in ${dataDir}.`);
