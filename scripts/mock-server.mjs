// `npm run mock-server [-- --port 4010 --host 127.0.0.1]`: the Node mock server, started from a
// build rather than compiled at start (tsx took 15–20 s to start it; a build starts in well under
// a second). The first start after a change of src/mock-server/ or src/contract/ bundles
// src/mock-server/node-server.ts with esbuild (platform node, ESM, packages left to node_modules)
// into node_modules/.cache/alis-mock-server/, one file per checkout; later starts import it as is.
// ALIS_MOCK_SERVER_CACHE names another directory for the build.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'src/mock-server/node-server.ts');
// What the server is built from: its sources, the contract it validates against, and the lock file
// (a new msw or esbuild may bundle differently).
const inputs = [join(root, 'src/mock-server'), join(root, 'src/contract'), join(root, 'package-lock.json'), fileURLToPath(import.meta.url)];
const cacheDir = process.env.ALIS_MOCK_SERVER_CACHE ?? join(root, 'node_modules/.cache/alis-mock-server');
// Worktrees may share node_modules: each checkout gets its own build.
const output = join(cacheDir, `node-server-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.mjs`);

/** The newest modification time under `path` (a file or a folder), in milliseconds. */
async function newest(path) {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true });
  const times = await Promise.all(entries.map((e) => newest(join(path, e.name))));
  return Math.max(info.mtimeMs, ...times);
}

async function buildIfStale() {
  const built = (await stat(output).catch(() => undefined))?.mtimeMs ?? 0;
  const sources = Math.max(...(await Promise.all(inputs.map(newest))));
  if (built > sources) return;
  const { build } = await import('esbuild');
  await mkdir(cacheDir, { recursive: true });
  // Written beside and renamed, so a server started meanwhile never imports half a file.
  const partial = `${output}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  await rename(partial, output);
}

await buildIfStale();
const { runMockServerCli } = await import(pathToFileURL(output).href);
await runMockServerCli(process.argv.slice(2));
