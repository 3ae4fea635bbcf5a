// scripts/check-commits.mjs: subjects over 72 characters after the baseline fail; history it
// cannot read is skipped, never failed. Real git repositories in a temporary folder.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { BASELINE, checkCommits, gitIn, longSubjects } from '../../scripts/check-commits.mjs';

interface Commit {
  sha: string;
  subject: string;
  length: number;
}
type Result = { skipped: string } | { checked: number; long: Commit[] };
type Git = (...args: string[]) => { ok: boolean; stdout: string };
const check = checkCommits as (options: { git: Git; baseline?: string; limit?: number }) => Result;
const gitAt = gitIn as (cwd: string) => Git;

const identity = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...identity } });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}
function commit(cwd: string, subject: string): string {
  writeFileSync(join(cwd, 'file.txt'), `${subject}\n`);
  git(cwd, 'add', 'file.txt');
  git(cwd, 'commit', '-q', '-m', subject, '-m', 'The body may be as long as it needs to be, and this one is longer than seventy-two characters.');
  return git(cwd, 'rev-parse', 'HEAD');
}

const exactly72 = `Subject of exactly seventy-two characters — dash counted as one${'.'.repeat(9)}`;
const over72 = `${exactly72}!`;

describe('check-commits', () => {
  let root: string;
  let repo: string;
  let baseline: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'check-commits-'));
    repo = join(root, 'repo');
    git(root, 'init', '-q', repo);
    commit(repo, 'An old commit from before the rule, whose subject runs on well past the seventy-two character limit');
    baseline = commit(repo, 'The baseline');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('counts characters, not bytes, and allows exactly 72', () => {
    assert.equal([...exactly72].length, 72);
    assert.deepEqual(longSubjects(`a\t${exactly72}\nb\tshort\n`), []);
    assert.deepEqual(longSubjects(`c\t${over72}\n`), [{ sha: 'c', subject: over72, length: 73 }]);
  });

  it('passes short subjects after the baseline and ignores the long ones before it', () => {
    commit(repo, 'A short subject');
    commit(repo, exactly72);
    assert.deepEqual(check({ git: gitAt(repo), baseline }), { checked: 2, long: [] });
  });

  it('names every commit after the baseline whose subject is too long', () => {
    const sha = commit(repo, over72);
    const result = check({ git: gitAt(repo), baseline });
    assert.ok('long' in result);
    assert.equal(result.checked, 3);
    assert.deepEqual(result.long, [{ sha, subject: over72, length: 73 }]);
  });

  it('skips, saying why, where there is no git history', () => {
    const result = check({ git: gitAt(root), baseline });
    assert.ok('skipped' in result && /no git history/.test(result.skipped), JSON.stringify(result));
  });

  it('skips a shallow clone that does not reach the baseline', () => {
    const shallow = join(root, 'shallow');
    git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const result = check({ git: gitAt(shallow), baseline });
    assert.ok('skipped' in result && /does not reach the baseline.*shallow clone/.test(result.skipped), JSON.stringify(result));
  });

  it('skips a branch that does not contain the baseline', () => {
    const other = join(root, 'other');
    git(root, 'init', '-q', other);
    commit(other, 'An unrelated history with a subject far longer than seventy-two characters allowed');
    git(other, 'fetch', '-q', repo, 'HEAD');
    const result = check({ git: gitAt(other), baseline });
    assert.ok('skipped' in result && /does not contain the baseline/.test(result.skipped), JSON.stringify(result));
  });

  it('has the main branch head of issue 14 as its baseline', () => {
    assert.match(BASELINE, /^[0-9a-f]{40}$/);
  });
});
