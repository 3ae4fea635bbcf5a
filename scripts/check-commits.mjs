#!/usr/bin/env node
// Fails when a commit made after BASELINE has a subject longer than 72 characters: a subject is
// what `git log --oneline`, blame and review tools show, and the why belongs in the body. Commits
// before BASELINE are history and are not judged. Part of `npm test`; where the history is not
// there to read (no git, no .git, a shallow clone that stops after BASELINE, a branch that does
// not contain it) it says so and passes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The main branch's head when the rule was introduced (issue 14): later commits must keep it. */
export const BASELINE = '43bf498cd7c1d4a7f7a48775699b1340488dc046';
/** The longest subject, in characters (not bytes: an em dash is one). */
export const MAX_SUBJECT_LENGTH = 72;

/** Runs git in `cwd`; `{ ok, stdout }`, never throws (git may be missing). */
export function gitIn(cwd) {
  return (...args) => {
    const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
    return { ok: !run.error && run.status === 0, stdout: run.stdout ?? '' };
  };
}

/** The commits of `git log --format=%H%x09%s` output whose subject is over `limit` characters. */
export function longSubjects(log, limit = MAX_SUBJECT_LENGTH) {
  return log
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const subject = line.slice(tab + 1);
      return { sha: line.slice(0, tab), subject, length: [...subject].length };
    })
    .filter((commit) => commit.length > limit);
}

/**
 * Checks the commits after `baseline` up to HEAD. Returns `{ skipped }` with the reason when the
 * history cannot be read, else `{ checked, long }`.
 */
export function checkCommits({ git, baseline = BASELINE, limit = MAX_SUBJECT_LENGTH }) {
  if (!git('rev-parse', '--is-inside-work-tree').ok) return { skipped: 'no git history here (git missing or no .git)' };
  if (!git('cat-file', '-e', `${baseline}^{commit}`).ok) {
    const shallow = git('rev-parse', '--is-shallow-repository').stdout.trim() === 'true';
    return { skipped: `the history does not reach the baseline commit ${baseline.slice(0, 12)}${shallow ? ' (shallow clone)' : ''}` };
  }
  if (!git('merge-base', '--is-ancestor', baseline, 'HEAD').ok) return { skipped: `HEAD does not contain the baseline commit ${baseline.slice(0, 12)}` };
  const log = git('log', '--format=%H%x09%s', `${baseline}..HEAD`);
  if (!log.ok) return { skipped: 'git log failed' };
  return { checked: log.stdout.split('\n').filter(Boolean).length, long: longSubjects(log.stdout, limit) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = checkCommits({ git: gitIn(process.cwd()) });
  if ('skipped' in result) {
    console.log(`commit subjects: not checked, ${result.skipped}`);
  } else {
    for (const commit of result.long) {
      console.log(`FAIL  ${commit.sha.slice(0, 12)} subject is ${commit.length} characters (at most ${MAX_SUBJECT_LENGTH}): ${commit.subject}`);
    }
    console.log(`commit subjects: ${result.checked} commits after ${BASELINE.slice(0, 12)}, ${result.long.length} over ${MAX_SUBJECT_LENGTH} characters`);
    if (result.long.length) process.exit(1);
  }
}
