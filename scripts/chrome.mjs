// Where Chrome or Chromium is and how to start it headless on a locked-down machine.
// Every browser-driving script (tests, the Storybook check, the demo check) uses these.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** CHROME_PATH when set, else the first Chrome/Chromium found in the usual places. */
export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('No Chrome or Chromium found. Install one (e.g. `apt-get install chromium`) or set CHROME_PATH.');
  }
  return found;
}

// Without the networking flags Chromium keeps calling home, which a closed network refuses
// loudly; --no-sandbox is needed when running as root (CI containers).
export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];
