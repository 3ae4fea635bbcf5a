// "Pull all due": the billing team's due pulls submitted one after another, each with its own
// idempotency key. A key is remembered (in localStorage, for a day) per user, payer and pull date, so a
// run stopped by a dropped connection can be run again: a pull that reached the server is replayed
// with the same key and answered with the payments it made, never made twice. Rows with a definite
// outcome (pulled, declined, refused) are not sent again.
import { createIdempotencyKey } from '../sdk/idempotency.js';
import { isAlisApiError, isQuoteRefusal } from '../sdk/errors.js';
import { isUnknownOutcome } from './confirm-submission.js';
import { removeExpiredKeys, type KeyStorage } from './payment-key.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence } from './refusal-words.js';
import { paymentFailureReason } from './payment-status.js';
import type { AlisClient } from '../sdk/client.js';
import type { DuePull, Payment, PullQuote, QuotePullRequest } from '../sdk/types.js';

/** A reason, said in the reader's words when it is shown (a language may change while the run is on screen). */
export type ReasonWords = (t: Translate) => string;

/** Where one due pull stands in a run. */
export type PullRowStatus =
  | { kind: 'waiting' }
  | { kind: 'pulling' }
  /** Every part was taken (bank debits are pending until they settle). */
  | { kind: 'pulled'; references: string[] }
  /** A card part was declined; `references` are the parts that were taken, if any. */
  | { kind: 'declined'; references: string[]; declinedReferences: string[]; reason: ReasonWords }
  /** The engine refused the pull; nothing was taken. */
  | { kind: 'refused'; reason: ReasonWords }
  /** The connection dropped: whether the pull reached the server is unknown until it is sent again with its key. */
  | { kind: 'interrupted' };

/** One due pull in a run. */
export interface PullAllRow {
  due: DuePull;
  status: PullRowStatus;
  /** The engine's quote of the pull, as staff reviewed it (fees included); the run pulls under it. */
  quote?: PullQuote;
}

/** How a run ended: every row has an outcome, or it stopped at a row whose outcome is unknown. */
export type PullAllEnd = { kind: 'finished' } | { kind: 'stopped'; at: PullAllRow };

/** What a run needs: the per-row work, the keys, and where to report progress. */
export interface PullAllOptions {
  /** Sends one row's pull with its key; see {@link pullDueRow}. */
  pull: (row: DuePull, key: string, signal?: AbortSignal) => Promise<Payment[]>;
  /** The key remembered for the row's (payer, pull date), or a new one; see {@link pullKeyFor}. */
  keyFor: (row: DuePull) => string;
  /** Forgets a row's key after a refusal, so a later attempt (with new figures) gets a fresh one. */
  forgetKey?: (row: DuePull) => void;
  /** Called after every status change, with the rows as they are now. */
  onChange?: (rows: readonly PullAllRow[]) => void;
  signal?: AbortSignal;
}

/** Rows for a first run: every due pull waiting. */
export function pullAllRows(items: readonly DuePull[]): PullAllRow[] {
  return items.map((due) => ({ due, status: { kind: 'waiting' } }));
}

/** Whether a row has a definite outcome, so a run (or a re-run) leaves it alone. */
export function isSettledRow(row: PullAllRow): boolean {
  return row.status.kind === 'pulled' || row.status.kind === 'declined' || row.status.kind === 'refused';
}

/** A row's outcome from the payments its pull created (a declined card part is a `failed` payment). */
export function outcomeOfPayments(payments: readonly Payment[]): PullRowStatus {
  const failed = payments.filter((p) => p.status === 'failed');
  const taken = payments.filter((p) => p.status !== 'failed').map((p) => p.reference);
  if (failed.length === 0) return { kind: 'pulled', references: taken };
  // The gateway's own sentence for English readers, ours by its code otherwise.
  const failure = failed[0]?.failure;
  const reason: ReasonWords = (t) => (failure ? paymentFailureReason(failure, t) : t('The card was declined.'));
  return { kind: 'declined', references: taken, declinedReferences: failed.map((p) => p.reference), reason };
}

/**
 * Runs the rows in order, one request at a time, skipping rows already settled. A refusal settles
 * its row and the run goes on; a dropped connection (or any answer that leaves the outcome unknown)
 * marks the row interrupted and stops the run, so the next run starts there with the same key.
 * Mutates the rows' statuses in place and returns how the run ended.
 */
export async function runPullAll(rows: PullAllRow[], options: PullAllOptions): Promise<PullAllEnd> {
  const report = () => options.onChange?.(rows);
  for (const row of rows) {
    if (isSettledRow(row)) continue;
    if (options.signal?.aborted) {
      row.status = { kind: 'interrupted' };
      report();
      return { kind: 'stopped', at: row };
    }
    row.status = { kind: 'pulling' };
    report();
    try {
      const payments = await options.pull(row.due, options.keyFor(row.due), options.signal);
      row.status = outcomeOfPayments(payments);
      // A definite answer ends the key's use: a payer pulled today is no longer due today, and a
      // declined card tried again (after the payer fixed it) is a new pull, not a replay of the decline.
      options.forgetKey?.(row.due);
      report();
    } catch (error) {
      if (isUnknownOutcome(error) || !isAlisApiError(error)) {
        row.status = { kind: 'interrupted' };
        report();
        return { kind: 'stopped', at: row };
      }
      row.status = { kind: 'refused', reason: (t) => refusalSentence(error, t) };
      options.forgetKey?.(row.due);
      report();
    }
  }
  return { kind: 'finished' };
}

/** How many rows ended which way. */
export interface PullAllCounts {
  pulled: number;
  declined: number;
  refused: number;
  /** Not sent yet, or interrupted. */
  left: number;
}

export function countRows(rows: readonly PullAllRow[]): PullAllCounts {
  const counts: PullAllCounts = { pulled: 0, declined: 0, refused: 0, left: 0 };
  for (const row of rows) {
    const kind = row.status.kind;
    if (kind === 'pulled' || kind === 'declined' || kind === 'refused') counts[kind] += 1;
    else counts.left += 1;
  }
  return counts;
}

/** "3 pulled, 1 declined, 1 refused" (parts that are zero are left out; "nothing pulled" when all are). */
export function summaryWords(rows: readonly PullAllRow[], t: Translate = english): string {
  const counts = countRows(rows);
  const parts = [
    counts.pulled > 0 ? t.plural(counts.pulled, { one: '{count} pulled', other: '{count} pulled' }) : '',
    counts.declined > 0 ? t.plural(counts.declined, { one: '{count} declined', other: '{count} declined' }) : '',
    counts.refused > 0 ? t.plural(counts.refused, { one: '{count} refused', other: '{count} refused' }) : '',
    counts.left > 0 ? t.plural(counts.left, { one: '{count} not pulled yet', other: '{count} not pulled yet' }) : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? t('Nothing pulled') : parts.join(', ');
}

/** A row's status in words, as the progress list shows it. */
export function statusWords(status: PullRowStatus, t: Translate = english): string {
  switch (status.kind) {
    case 'waiting':
      return t('Waiting');
    case 'pulling':
      return t('Pulling…');
    case 'pulled':
      return t('Pulled {references}', { references: status.references.join(', ') });
    case 'declined': {
      const params = { references: status.references.join(', '), declined: status.declinedReferences.join(', '), reason: status.reason(t) };
      return status.references.length > 0 ? t('Pulled {references}; declined (card) {declined}: {reason}', params) : t('Declined (card) {declined}: {reason}', params);
    }
    case 'refused':
      return t('Refused: {reason}', { reason: status.reason(t) });
    case 'interrupted':
      return t('Not confirmed: the connection dropped');
  }
}

/** The part of the client the per-row work uses. */
export type PullClient = { staff: { payments: Pick<AlisClient['staff']['payments'], 'quote' | 'pull'> } };

/**
 * The quote each key was last sent with, by user then key, so that a re-run in the same page sends
 * exactly the request that may already have reached the engine (and gets its first reply back).
 * The engine scopes keys per user, and so does this: nothing one user sent steers another's pull.
 */
const quotesSentWithKey = new Map<string, Map<string, string>>();

function quotesSentBy(userId: string): Map<string, string> {
  let quotes = quotesSentWithKey.get(userId);
  if (!quotes) quotesSentWithKey.set(userId, (quotes = new Map()));
  return quotes;
}

/** The pull a due row asks for: the outstanding balance, from the arrangement's methods and amounts. */
export function duePullRequest(row: DuePull): QuotePullRequest {
  return {
    payerId: row.payer.id,
    target: { type: 'outstanding' },
    currency: row.outstanding.currency,
    expectedAmountCents: row.outstanding.amountCents,
    parts: row.parts.map((part) => ({ methodId: part.method.id, amountCents: part.amount.amountCents })),
  };
}

/**
 * One due pull, sent with `key`. With the quote staff reviewed (`reviewedQuoteId`), it is pulled
 * under that quote and nothing else: if the fee or anything else changed since, the engine's
 * `quote_changed` refuses the row and staff review again. Without one, the pull is quoted first.
 * A re-run after a dropped connection first sends the quote last sent with the same key, so a pull
 * that reached the engine is replayed, not made twice.
 */
export async function pullDueRow(
  client: PullClient,
  row: DuePull,
  key: string,
  userId: string,
  signal?: AbortSignal,
  reviewedQuoteId?: string,
): Promise<Payment[]> {
  const quotesSentWithKey = quotesSentBy(userId);
  const body = duePullRequest(row);
  const options = signal ? { signal } : {};
  const pull = async (quoteId: string): Promise<Payment[]> => {
    quotesSentWithKey.set(key, quoteId);
    try {
      const payments = await client.staff.payments.pull({ ...body, quoteId }, { idempotencyKey: key, ...options });
      quotesSentWithKey.delete(key);
      return payments;
    } catch (error) {
      // Only an answer that never came keeps the quote for a replay; a refusal is final for it.
      if (isAlisApiError(error) && !isUnknownOutcome(error)) quotesSentWithKey.delete(key);
      throw error;
    }
  };
  const sent = quotesSentWithKey.get(key) ?? reviewedQuoteId;
  if (sent !== undefined) {
    try {
      return await pull(sent);
    } catch (error) {
      // A reviewed pull is made only as reviewed; an unreviewed one may be quoted afresh (its
      // first request never arrived, or the answer would have been replayed).
      if (!isQuoteRefusal(error) || reviewedQuoteId !== undefined) throw error;
    }
  }
  const { quoteId } = await client.staff.payments.quote(body, options);
  return pull(quoteId);
}

/** How long a remembered pull key is reused: the day of the run, with room for a late re-run. */
export const PULL_KEY_TTL_MS = 24 * 60 * 60 * 1000;

const PREFIX = 'alis-billing:pull-key:';

// The signed-in user's id comes first: the engine scopes idempotency keys per user, so a key one
// staff user left behind means nothing for (and must not be sent by) the next one at this computer.
function storageName(row: Pick<DuePull, 'payer' | 'dueDate'>, userId: string): string {
  return `${PREFIX}${userId}|${row.payer.id}|${row.dueDate}`;
}

/**
 * The idempotency key of `userId`'s pull of `row` (its payer and pull date): the one remembered
 * within the last day, or a new one, then remembered. Storage failures only lose the guarantee
 * across reloads.
 */
export function pullKeyFor(row: Pick<DuePull, 'payer' | 'dueDate'>, userId: string, storage: KeyStorage | undefined, now = Date.now()): string {
  // Expired keys of earlier runs go as this one reads, so they never pile up in localStorage.
  removeExpiredKeys(storage, PREFIX, PULL_KEY_TTL_MS, now);
  const name = storageName(row, userId);
  try {
    const saved = storage?.getItem(name);
    if (saved) {
      const parsed = JSON.parse(saved) as { key?: unknown; savedAt?: unknown };
      if (typeof parsed.key === 'string' && typeof parsed.savedAt === 'number' && parsed.savedAt <= now && now - parsed.savedAt < PULL_KEY_TTL_MS) {
        return parsed.key;
      }
    }
  } catch {
    // An unreadable entry is replaced below.
  }
  const key = createIdempotencyKey();
  try {
    storage?.setItem(name, JSON.stringify({ key, savedAt: now }));
  } catch {
    // Quota or privacy settings: the key still protects this run.
  }
  return key;
}

/** Forgets the key of a refused pull: nothing was taken, and a later pull may differ. */
export function forgetPullKey(row: Pick<DuePull, 'payer' | 'dueDate'>, userId: string, storage: KeyStorage | undefined): void {
  try {
    storage?.removeItem(storageName(row, userId));
  } catch {
    // It expires on its own.
  }
}
