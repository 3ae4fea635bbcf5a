// "Pull all due": the runner's order, per-row outcomes, summary and remembered keys, first with a
// scripted pull, then against the mock engine through its HTTP handlers — including a connection
// that drops after the engine made the pull, and the re-run that must replay it, not pull twice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countRows,
  forgetPullKey,
  outcomeOfPayments,
  pullAllRows,
  pullDueRow,
  pullKeyFor,
  PULL_KEY_TTL_MS,
  runPullAll,
  statusWords,
  summaryWords,
  type PullAllRow,
  type PullClient,
} from '../../src/core/pull-all-due.js';
import type { KeyStorage } from '../../src/core/payment-key.js';
import { AlisApiError, AlisNetworkError, apiErrorFromResponse } from '../../src/sdk/errors.js';
import type { DuePull, Payment, PullPaymentRequest, PullQuote } from '../../src/sdk/types.js';
import { httpBackend } from './support/http-backend.js';

function memoryStorage(): KeyStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (name) => entries.get(name) ?? null,
    setItem: (name, value) => void entries.set(name, value),
    removeItem: (name) => void entries.delete(name),
  };
}

function due(payerId: string, amountCents = 10_000): DuePull {
  return {
    payer: { id: payerId, kind: 'contact', name: payerId, relationship: null },
    residentName: 'Resident',
    dueDate: '2026-12-05',
    outstanding: { amountCents, currency: 'USD' },
    advanceNotice: null,
    parts: [{ method: { id: `pm-${payerId}`, type: 'bank_account', label: 'Checking •••• 1234' }, amount: { amountCents, currency: 'USD' } }],
  } as DuePull;
}

function payment(reference: string, status: Payment['status'], failure: string | null = null): Payment {
  return { reference, status, failure: failure === null ? null : { code: 'card_declined', message: failure } } as Payment;
}

const refusal = (code: 'method_unusable' | 'balance_changed', message: string) => new AlisApiError({ status: code === 'balance_changed' ? 409 : 422, code, message });

describe('runPullAll with a scripted pull', () => {
  test('pulls every row in order, one at a time, each with its own key, and reports each change', async () => {
    const rows = pullAllRows([due('a'), due('b'), due('c')]);
    const sent: string[] = [];
    let inFlight = 0;
    const seen: string[] = [];
    const end = await runPullAll(rows, {
      keyFor: (row) => `key-${row.payer.id}`,
      pull: async (row, key) => {
        inFlight += 1;
        assert.equal(inFlight, 1, 'two pulls at once');
        sent.push(`${row.payer.id}:${key}`);
        await Promise.resolve();
        inFlight -= 1;
        return [payment(`PAY-${row.payer.id}`, 'pending')];
      },
      onChange: (now) => seen.push(now.map((r) => ({ waiting: 'w', pulling: 'u', pulled: 'P' })[r.status.kind as 'waiting'] ?? '?').join('')),
    });
    assert.deepEqual(end, { kind: 'finished' });
    assert.deepEqual(sent, ['a:key-a', 'b:key-b', 'c:key-c']);
    assert.deepEqual(seen, ['uww', 'Pww', 'Puw', 'PPw', 'PPu', 'PPP']);
    assert.deepEqual(rows.map((r) => statusWords(r.status)), ['Pulled PAY-a', 'Pulled PAY-b', 'Pulled PAY-c']);
    assert.equal(summaryWords(rows), '3 pulled');
  });

  test('a declined card and a refusal settle their rows and the run goes on; the summary counts each', async () => {
    const rows = pullAllRows([due('a'), due('b'), due('c'), due('d'), due('e')]);
    const storage = memoryStorage();
    const end = await runPullAll(rows, {
      keyFor: (row) => pullKeyFor(row, 'u-brenda', storage),
      forgetKey: (row) => forgetPullKey(row, 'u-brenda', storage),
      pull: async (row) => {
        if (row.payer.id === 'b') return [payment('PAY-2', 'failed', 'The card was declined by its issuer.')];
        if (row.payer.id === 'd') throw refusal('method_unusable', 'The payer has not authorized this method for recurring payments.');
        return [payment(`PAY-${row.payer.id}`, 'succeeded')];
      },
    });
    assert.deepEqual(end, { kind: 'finished' });
    assert.deepEqual(rows.map((r) => statusWords(r.status)), [
      'Pulled PAY-a',
      'Declined (card) PAY-2: The card was declined by its issuer.',
      'Pulled PAY-c',
      'Refused: The payer has not authorized this method for recurring payments.',
      'Pulled PAY-e',
    ]);
    assert.equal(summaryWords(rows), '3 pulled, 1 declined, 1 refused');
    assert.deepEqual(countRows(rows), { pulled: 3, declined: 1, refused: 1, left: 0 });
    // Every row that got a definite answer forgets its key: a pulled payer is no longer due that
    // day, and a declined card tried again is a new pull, not a replay of the decline.
    assert.equal([...storage.entries.keys()].filter((name) => name.includes('|2026-12-05')).length, 0);
  });

  test('a dropped connection stops the run at that row; the re-run resends it with the same key and skips settled rows', async () => {
    const rows = pullAllRows([due('a'), due('b'), due('c')]);
    const storage = memoryStorage();
    const keys: string[] = [];
    let drop = true;
    const options = {
      keyFor: (row: DuePull) => pullKeyFor(row, 'u-brenda', storage),
      pull: async (row: DuePull, key: string) => {
        keys.push(`${row.payer.id}:${key}`);
        if (row.payer.id === 'b' && drop) throw new AlisNetworkError('Failed to fetch');
        return [payment(`PAY-${row.payer.id}`, 'pending')];
      },
    };
    const first = await runPullAll(rows, options);
    assert.equal(first.kind, 'stopped');
    assert.equal(first.kind === 'stopped' && first.at.due.payer.id, 'b');
    assert.deepEqual(rows.map((r) => r.status.kind), ['pulled', 'interrupted', 'waiting']);
    assert.equal(summaryWords(rows), '1 pulled, 2 not pulled yet');
    assert.equal(statusWords(rows[1]!.status), 'Not confirmed: the connection dropped');

    drop = false;
    const second = await runPullAll(rows, options);
    assert.deepEqual(second, { kind: 'finished' });
    const [, bFirst, bAgain, c] = keys;
    assert.equal(keys.length, 4, 'a was sent again');
    assert.equal(bAgain, bFirst, 'b was resent with another key');
    assert.ok(c?.startsWith('c:'));
    assert.equal(summaryWords(rows), '3 pulled');
  });

  test('an unknown outcome from the server (internal error, in progress) stops the run like a dropped connection', async () => {
    for (const error of [new AlisApiError({ status: 500, code: 'internal_error', message: 'x' }), new AlisApiError({ status: 409, code: 'idempotency_in_progress', message: 'x' })]) {
      const rows = pullAllRows([due('a'), due('b')]);
      const end = await runPullAll(rows, { keyFor: () => 'k', pull: () => Promise.reject(error) });
      assert.equal(end.kind, 'stopped');
      assert.deepEqual(rows.map((r) => r.status.kind), ['interrupted', 'waiting']);
    }
  });

  test('an aborted run stops before its next row and sends nothing more', async () => {
    const rows = pullAllRows([due('a'), due('b')]);
    const abort = new AbortController();
    const sent: string[] = [];
    const end = await runPullAll(rows, {
      signal: abort.signal,
      keyFor: () => 'k',
      pull: async (row) => {
        sent.push(row.payer.id);
        abort.abort();
        return [payment(`PAY-${row.payer.id}`, 'pending')];
      },
    });
    assert.equal(end.kind, 'stopped');
    assert.deepEqual(sent, ['a']);
    assert.deepEqual(rows.map((r) => r.status.kind), ['pulled', 'interrupted']);
  });

  test('a split pull with a declined card part says which parts were taken and which declined', () => {
    const status = outcomeOfPayments([payment('PAY-1', 'pending'), payment('PAY-2', 'failed', 'Insufficient funds.')]);
    assert.equal(statusWords(status), 'Pulled PAY-1; declined (card) PAY-2: Insufficient funds.');
    assert.equal(summaryWords([{ due: due('a'), status }]), '1 declined');
    assert.equal(summaryWords([]), 'Nothing pulled');
  });
});

describe('pullKeyFor', () => {
  test('one key per payer and pull date, remembered for a day', () => {
    const storage = memoryStorage();
    const key = pullKeyFor(due('a'), 'u-brenda', storage, 1_000);
    assert.equal(pullKeyFor(due('a', 99), 'u-brenda', storage, 1_000 + 60_000), key);
    assert.notEqual(pullKeyFor(due('b'), 'u-brenda', storage, 1_000), key);
    assert.notEqual(pullKeyFor({ ...due('a'), dueDate: '2027-01-05' }, 'u-brenda', storage, 1_000), key);
    assert.notEqual(pullKeyFor(due('a'), 'u-brenda', storage, 1_000 + PULL_KEY_TTL_MS), key);
  });

  test('works without storage, and with storage that throws', () => {
    assert.equal(typeof pullKeyFor(due('a'), 'u-brenda', undefined), 'string');
    const broken: KeyStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    assert.equal(typeof pullKeyFor(due('a'), 'u-brenda', broken), 'string');
    forgetPullKey(due('a'), 'u-brenda', broken);
  });

  test('keys are remembered per signed-in user: the next user at the computer never gets (or forgets) the previous one’s', () => {
    const storage = memoryStorage();
    const brendas = pullKeyFor(due('a'), 'u-brenda', storage, 1_000);
    const carlos = pullKeyFor(due('a'), 'u-carlos', storage, 1_000);
    assert.notEqual(carlos, brendas, 'another user got the key Brenda left behind');
    assert.ok([...storage.entries.keys()].every((name) => name.includes('u-brenda|') || name.includes('u-carlos|')), 'a storage name without its user');
    forgetPullKey(due('a'), 'u-carlos', storage);
    assert.equal(pullKeyFor(due('a'), 'u-brenda', storage, 2_000), brendas, 'Brenda’s key is still hers to replay');
  });

  test('the quote a key was last sent with is remembered per user: another user’s pull with that key is quoted afresh', async () => {
    const calls: string[] = [];
    let drop = true;
    const client = (who: string): PullClient => ({
      staff: {
        payments: {
          quote: async () => {
            calls.push(`${who}:quote`);
            return { quoteId: `q-${who}` } as PullQuote;
          },
          pull: async (body) => {
            calls.push(`${who}:pull:${body.quoteId}`);
            if (drop) throw new AlisNetworkError('Failed to fetch');
            return [payment(`PAY-${who}`, 'pending')];
          },
        },
      },
    });
    await assert.rejects(pullDueRow(client('brenda'), due('a'), 'same-key', 'u-brenda'), AlisNetworkError);
    drop = false;
    await pullDueRow(client('carlos'), due('a'), 'same-key', 'u-carlos');
    await pullDueRow(client('brenda'), due('a'), 'same-key', 'u-brenda');
    assert.deepEqual(calls, ['brenda:quote', 'brenda:pull:q-brenda', 'carlos:quote', 'carlos:pull:q-carlos', 'brenda:pull:q-brenda']);
  });
});

describe('Pull all due against the mock engine', () => {
  const BRENDA = 'mock-token-brenda-lopez';

  /** Frank, Daniel and Ruth pull from checking on the 5th; it is December 5. */
  async function dueDay() {
    const http = httpBackend();
    await http.ok('PATCH', '/payment-methods/pm-0003', 'mock-token-ruth-jensen', { recurringAuthorization: true });
    for (const [payer, method] of [['con-daniel-whitaker', 'pm-0002'], ['con-ruth-jensen', 'pm-0003']] as const) {
      await http.ok('PUT', `/staff/payers/${payer}/arrangement`, BRENDA, { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', parts: [{ methodId: method }] });
    }
    await http.ok('POST', '/__mock/clock', undefined, { advanceDays: 10 });
    const list = await http.ok<{ items: DuePull[] }>('GET', '/staff/pulls/due', BRENDA);
    assert.deepEqual(list.items.map((i) => i.payer.name).sort(), ['Daniel Whitaker', 'Frank Castellano', 'Ruth Jensen']);
    // The SDK's `pull` over the handlers; `dropAfter` lets the engine make the pull and then loses its answer.
    const dropped = new Set<string>();
    const client: PullClient = {
      staff: {
        payments: {
          quote: async (body, opts) => {
            const reply = await http.call('POST', '/staff/payments/quote', BRENDA, body);
            if (opts?.signal?.aborted) throw new AlisNetworkError('aborted');
            if (reply.status >= 400) throw apiErrorFromResponse(reply.status, reply.body);
            return reply.body as PullQuote;
          },
          pull: async (body: PullPaymentRequest, opts) => {
            const reply = await http.call('POST', '/staff/payments', BRENDA, body, opts?.idempotencyKey);
            if (dropped.has(body.payerId)) throw new AlisNetworkError('Failed to fetch');
            if (reply.status >= 400) throw apiErrorFromResponse(reply.status, reply.body);
            return (reply.body as { items: Payment[] }).items;
          },
        },
      },
    };
    const paymentsOf = async (payerId: string) =>
      (await http.ok<{ items: Payment[] }>('GET', '/staff/payments?limit=200', BRENDA)).items.filter((p) => p.payer.id === payerId && p.source === 'staff_pull' && p.createdAt.startsWith('2026-12-05'));
    return { http, items: list.items, client, dropped, paymentsOf };
  }

  test('a connection lost after the engine made a pull: the re-run replays it and every payer is pulled once', async () => {
    const { items, client, dropped, paymentsOf } = await dueDay();
    const storage = memoryStorage();
    const rows: PullAllRow[] = pullAllRows(items);
    const options = { keyFor: (row: DuePull) => pullKeyFor(row, 'u-brenda', storage), pull: (row: DuePull, key: string) => pullDueRow(client, row, key, 'u-brenda') };
    const second = items[1]!;
    dropped.add(second.payer.id);
    const first = await runPullAll(rows, options);
    assert.equal(first.kind, 'stopped');
    assert.equal((await paymentsOf(second.payer.id)).length, 1, 'the engine made the pull whose answer was lost');

    dropped.clear();
    assert.deepEqual(await runPullAll(rows, options), { kind: 'finished' });
    assert.equal(summaryWords(rows), '3 pulled');
    for (const item of items) assert.equal((await paymentsOf(item.payer.id)).length, 1, `${item.payer.name} was pulled ${(await paymentsOf(item.payer.id)).length} times`);
    const replayed = rows[1]!.status;
    assert.equal(replayed.kind, 'pulled');
    assert.deepEqual(replayed.kind === 'pulled' && replayed.references, (await paymentsOf(second.payer.id)).map((p) => p.reference));
  });

  test('a payer who withdrew the authorization after the list loaded is refused with the engine\u2019s reason; the others are pulled', async () => {
    const { http, items, client } = await dueDay();
    await http.ok('PATCH', '/payment-methods/pm-0003', 'mock-token-ruth-jensen', { recurringAuthorization: false });
    const rows = pullAllRows(items);
    const storage = memoryStorage();
    await runPullAll(rows, { keyFor: (row) => pullKeyFor(row, 'u-brenda', storage), forgetKey: (row) => forgetPullKey(row, 'u-brenda', storage), pull: (row, key) => pullDueRow(client, row, key, 'u-brenda') });
    const ruth = rows.find((r) => r.due.payer.name === 'Ruth Jensen')!;
    assert.equal(statusWords(ruth.status), 'Refused: The payer has not authorized this method for recurring payments.');
    assert.equal(summaryWords(rows), '2 pulled, 1 refused');
  });
});
