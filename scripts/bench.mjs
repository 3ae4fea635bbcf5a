#!/usr/bin/env node
// `npm run bench`: every benchmark of issue 15 in one table of medians and ratios.
//
//   npm run bench [-- --smoke] [-- --only page,engine]
//
// Runs each section's script with `--json`, one after the other and each in its own process (so
// one section's heap, browser or servers never slow the next), and reads the `BENCH [rows]` line
// the script prints last. Each row carries its own baseline measured in the same run (the vanilla
// page, raw fetch, the seed-sized store…), so the ratios hold even on a busy machine; absolute
// times do not. A script that is missing, fails or prints no BENCH line shows as "not measured"
// with the reason, and the rest still prints.
//
// stdout is only the header and the table (`npm run bench > bench.md`); each section's own output
// (its table and details such as the requests a page made) streams to stderr as it runs.
// --smoke: one run, no throttling, small counts (BENCH_SMOKE=1 for every section), about a minute;
// it is how CI keeps the benchmarks from rotting. A section is stopped after BENCH_SECTION_TIMEOUT_S
// (180 s in a smoke run, 30 min otherwise). Every other BENCH_* variable passes through to
// the sections (see each script's header). Always exits 0: a benchmark reports, it never fails CI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath } from './chrome.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const smoke = args.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const onlyArg = args.find((arg) => arg.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1] ?? '').split(',') : null;
/**
 * A section that takes longer than this is stuck (or, in a smoke run, not honouring BENCH_SMOKE) and
 * is stopped: 3 minutes in a smoke run, 30 otherwise, or BENCH_SECTION_TIMEOUT_S seconds.
 */
const TIMEOUT_MS = Number(process.env.BENCH_SECTION_TIMEOUT_S ?? (smoke ? 180 : 1_800)) * 1000;

/** The sections, in the order they print; `script` is what must exist for the section to run. */
const SECTIONS = [
  { key: 'page', name: 'Page load & interactions', script: 'scripts/bench-page.mjs', command: ['node', 'scripts/bench-page.mjs', '--json'] },
  { key: 'bytes', name: 'Bytes', script: 'scripts/check-size.mjs', command: ['node', 'scripts/check-size.mjs', '--json'] },
  { key: 'sdk', name: 'SDK', script: 'scripts/bench-sdk.mjs', command: ['npx', 'tsx', 'scripts/bench-sdk.mjs', '--json'] },
  { key: 'engine', name: 'Engine', script: 'scripts/bench-engine.ts', command: ['npx', 'tsx', 'scripts/bench-engine.ts', '--json'] },
  { key: 'lists', name: 'Lists', script: 'scripts/bench-lists.mjs', command: ['node', 'scripts/bench-lists.mjs', '--json'] },
];

const UNITS = new Set(['ms', 'kB', 'count', 'score', '×']);

/** The rows of a `BENCH [...]` line, or the reason they cannot be used. */
function parseBenchLine(stdout) {
  const line = stdout.trimEnd().split('\n').at(-1) ?? '';
  if (!line.startsWith('BENCH ')) return { reason: 'its last line is not a BENCH line' };
  let rows;
  try {
    rows = JSON.parse(line.slice('BENCH '.length));
  } catch (error) {
    return { reason: `its BENCH line is not JSON (${error.message})` };
  }
  if (!Array.isArray(rows)) return { reason: 'its BENCH line is not an array' };
  // A row that breaks the contract shows as one "not measured" line; the section's other rows still print.
  return {
    rows: rows.map((row) =>
      typeof row?.figure === 'string' &&
      (typeof row.project === 'number' || row.project === null) &&
      (typeof row.baseline === 'number' || row.baseline === null) &&
      UNITS.has(row.unit) &&
      (typeof row.ok === 'boolean' || row.ok === null)
        ? row
        : { broken: `a row does not follow the BENCH contract: ${JSON.stringify(row).slice(0, 160)}` },
    ),
  };
}

/** The section running now, stopped with its whole process group on Ctrl-C. */
let current = null;

/**
 * Runs one section's script in its own process group (so a timeout also stops the mock server or
 * browser it started), streaming its output to stderr; resolves to its rows or the reason there are none.
 */
function runSection(section) {
  if (!existsSync(join(root, section.script))) return Promise.resolve({ reason: `${section.script} does not exist` });
  return new Promise((resolve) => {
    const [command, ...rest] = section.command;
    const child = spawn(command, rest, {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(smoke ? { BENCH_SMOKE: '1' } : {}) },
    });
    current = child;
    let stdout = '';
    let stderrTail = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stderr.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderrTail = (stderrTail + chunk).slice(-2_000);
      process.stderr.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ reason: `could not start: ${error.message}` });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      current = null;
      if (timedOut) return resolve({ reason: `stopped after ${TIMEOUT_MS / 1000} s` });
      const parsed = parseBenchLine(stdout);
      if (parsed.rows) return resolve(parsed);
      const lastError = stderrTail.trim().split('\n').at(-1)?.slice(0, 160);
      const exit = signal ? `killed by ${signal}` : `exit code ${code}`;
      resolve({ reason: `${parsed.reason}; ${exit}${code !== 0 && lastError ? `: ${lastError}` : ''}` });
    });
  });
}

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
process.once('SIGINT', () => {
  if (current) stopGroup(current);
  process.exit(130);
});

/** Builds dist/ when it is missing or older than src/: Bytes and the page measure the build. */
function buildIfStale() {
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  const bundle = join(root, 'dist/alis-billing.js');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(join(root, 'src'))) return;
  process.stderr.write('dist/ is missing or older than src/: npm run build\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0) process.stderr.write('npm run build failed: the page and bytes sections will say so\n');
}

const number = (value, digits) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
function show(value, unit) {
  if (value === null) return '—';
  switch (unit) {
    case 'ms': {
      // Per-call SDK costs are fractions of a millisecond; page times are thousands.
      const digits = value === 0 || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
      return `${number(value, digits)} ms`;
    }
    case 'kB':
      return `${number(value, 1)} kB`;
    case 'score':
      return number(value, 3);
    case '×':
      return `${number(value, 2)}×`;
    default:
      return number(value, Number.isInteger(value) ? 0 : 1);
  }
}
const ratio = (row) => (row.project !== null && row.baseline ? `${number(row.project / row.baseline, 2)}×` : '');
const met = (ok) => (ok === null ? '' : ok ? 'yes' : '**no**');
const cell = (text) => String(text).replaceAll('|', '\\|').trim();

function chromiumVersion() {
  try {
    const out = spawnSync(chromePath(), ['--version'], { encoding: 'utf8' }).stdout ?? '';
    return out.split('\n')[0].replace(/\s+built on.*$/, '').trim() || 'unknown';
  } catch (error) {
    return `not found (${error.message})`;
  }
}

const started = new Date();
const loadBefore = loadavg();
buildIfStale();
const results = [];
for (const section of SECTIONS) {
  if (only && !only.includes(section.key)) {
    results.push({ section, seconds: 0, reason: 'not run: left out by --only' });
    continue;
  }
  process.stderr.write(`\n== ${section.name}: ${section.command.join(' ')}\n`);
  const begun = Date.now();
  const result = await runSection(section);
  const seconds = Math.round((Date.now() - begun) / 1000);
  process.stderr.write(`== ${section.name}: ${result.rows ? `${result.rows.length} rows` : `not measured (${result.reason})`} in ${seconds} s\n`);
  results.push({ section, seconds, ...result });
}
const loadAfter = loadavg();

const env = Object.entries(process.env)
  .filter(([name]) => name.startsWith('BENCH_') && name !== 'BENCH_SMOKE')
  .map(([name, value]) => `${name}=${value}`);
const cpu = cpus();
const lines = [
  `# npm run bench — ${started.toISOString()}${smoke ? ' (smoke: 1 run, no throttling, small counts — not figures to keep)' : ''}`,
  '',
  `- Machine: ${cpu.length} cores, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB; load average ${number(loadBefore[0], 2)} before, ${number(loadAfter[0], 2)} after (the 1-minute figure; above the core count means other work shared the machine)`,
  `- Node ${process.version}, ${chromiumVersion()}`,
  `- Runs: ${smoke ? 'smoke, BENCH_SMOKE=1 for every section' : 'each section\'s defaults (page: medians of 5, CPU 4×, 150 ms / 1.6 Mbit/s)'}${env.length ? `; set here: ${env.join(' ')}` : ''}`,
  `- Sections: ${results.filter((r) => !r.reason?.startsWith('not run')).map((r) => `${r.section.name} ${r.seconds} s`).join(', ')}`,
  '',
  '| section | figure | project | baseline | ratio | goal | met |',
  '|---|---|---|---|---|---|---|',
];
for (const result of results) {
  if (!result.rows) {
    const words = result.reason.startsWith('not run') ? result.reason : `not measured (${result.reason})`;
    lines.push(`| ${result.section.name} | ${cell(words)} | | | | | |`);
    continue;
  }
  for (const row of result.rows) {
    if (row.broken) {
      lines.push(`| ${result.section.name} | not measured (${cell(row.broken)}) | | | | | |`);
      continue;
    }
    lines.push(
      `| ${result.section.name} | ${cell(row.figure)} | ${show(row.project, row.unit)} | ${show(row.baseline, row.unit)} | ${ratio(row)} | ${cell(row.goal ?? '')} | ${met(row.ok)} |`,
    );
  }
}
process.stderr.write('\n');
console.log(lines.join('\n'));
