// `npm run mock-server` starts the Node mock server from a build (`scripts/mock-server.mjs`): the
// first start builds it, later ones reuse the build, and either answers like the TypeScript source.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Starts the script with `--port 0` and resolves with the API's address once it says it listens. */
function start(cacheDir: string): Promise<{ child: ChildProcess; api: string; output: () => string }> {
  const child = spawn(process.execPath, [join(root, 'scripts/mock-server.mjs'), '--port', '0'], {
    cwd: root,
    env: { ...process.env, ALIS_MOCK_SERVER_CACHE: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer): void => {
      output += chunk.toString();
      const api = /ALIS billing mock server: (http:\/\/\S+)/.exec(output)?.[1];
      if (api) resolve({ child, api, output: () => output });
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`the mock server exited (${code}) before listening:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('npm run mock-server', { timeout: 120_000 }, () => {
  // A build folder inside the checkout (so the build finds node_modules; `.scratch/` is ignored by git), removed afterwards.
  let cacheDir = '';
  after(async () => {
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });

  test('builds the server once, starts it from the build, and it answers /api/v1/community', async () => {
    await mkdir(join(root, '.scratch'), { recursive: true });
    cacheDir = await mkdtemp(join(root, '.scratch', 'mock-server-build-'));
    const first = await start(cacheDir);
    try {
      const response = await fetch(`${first.api}/community`);
      assert.equal(response.status, 200);
      const community = (await response.json()) as { communityName: string; currency: string };
      assert.equal(community.communityName, 'Willow Creek Senior Living');
      assert.equal(community.currency, 'USD');
      assert.match(first.output(), /mock-token-daniel-whitaker/, 'it prints the personas to sign in as');
    } finally {
      await stop(first.child);
    }
    const [built] = await readdir(cacheDir);
    assert.ok(built?.endsWith('.mjs'), `a build in ${cacheDir}`);
    const builtAt = (await stat(join(cacheDir, built))).mtimeMs;

    const second = await start(cacheDir);
    try {
      const me = await fetch(`${second.api}/me`, { headers: { Authorization: 'Bearer mock-token-daniel-whitaker' } });
      assert.equal(me.status, 200);
    } finally {
      await stop(second.child);
    }
    assert.equal((await stat(join(cacheDir, built))).mtimeMs, builtAt, 'the second start reused the build');
  });
});
