#!/usr/bin/env node
// `npm start`: serves the demo community website (demo/) with the widgets running against the
// mock billing backend in a service worker. Nothing else to install or start.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > -1 ? process.argv[portArgument + 1] : process.env.PORT ?? 5173);

export async function startDemoServer({ port: wantedPort = port, quiet = false } = {}) {
  const server = await createServer({
    configFile: false,
    root: `${root}demo`,
    publicDir: `${root}public`,
    logLevel: quiet ? 'silent' : 'info',
    server: { port: wantedPort, strictPort: false, host: '127.0.0.1', fs: { allow: [root] } },
    clearScreen: false,
  });
  await server.listen();
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startDemoServer();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`\n  Willow Creek demo (ALIS billing widgets on the mock backend):\n\n    ${url}\n\n  Switch persona at the top of the page. Ctrl+C to stop.\n`);
}
