// The answers the payer bundle reads ahead (src/components/shared/preloads.ts): a request the
// provider sends later finds its answer instead of going out again, as many times as reads asked
// for it and no more, never for another token or another URL, and an aborted request stops waiting.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forgetPreloads, preload, preloadCount, PRELOAD_SHARED_MS, takePreload } from '../../src/components/shared/preloads.js';

const URL_ = 'https://api.example/api/v1/invoices?status=all&limit=24';
const get = (url = URL_, token = 'alice', signal?: AbortSignal) => new Request(url, { headers: { Authorization: `Bearer ${token}` }, signal });

let sent: string[] = [];
const realFetch = globalThis.fetch;

beforeEach(() => {
  sent = [];
  globalThis.fetch = (async (input: Request) => {
    sent.push(`${input.method} ${input.url} ${input.headers.get('Authorization')}`);
    return new Response(JSON.stringify({ n: sent.length }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
});

afterEach(async () => {
  globalThis.fetch = realFetch;
  // Leaves nothing kept for the next test: take whatever is left.
  for (const token of ['alice', 'bob']) while (takePreload(get(URL_, token))) await Promise.resolve();
});

describe('answers read ahead', () => {
  it('answers the later request with the same URL and token once, then leaves it to the network', async () => {
    const first = await preload(get());
    assert.deepEqual(await first.json(), { n: 1 }, 'the reader gets the answer itself');
    const taken = takePreload(get());
    assert.ok(taken, 'the same request finds the answer kept');
    assert.deepEqual(await (await taken).json(), { n: 1 });
    assert.equal(takePreload(get()), undefined, 'a second request (a refresh) goes to the network');
    assert.equal(sent.length, 1);
    assert.equal(preloadCount(), 0);
  });

  it('sends a read two widgets make once, and answers both', async () => {
    const [a, b] = await Promise.all([preload(get()), preload(get())]);
    assert.equal(sent.length, 1, 'one request for both');
    assert.deepEqual([await a.json(), await b.json()], [{ n: 1 }, { n: 1 }]);
    const one = takePreload(get());
    const two = takePreload(get());
    assert.ok(one && two);
    assert.deepEqual([await (await one).json(), await (await two).json()], [{ n: 1 }, { n: 1 }]);
    assert.equal(takePreload(get()), undefined, 'a third goes to the network');
  });

  it("never answers another user's request, another URL, or a write", async () => {
    await preload(get());
    assert.equal(takePreload(get(URL_, 'bob')), undefined, 'another token');
    assert.equal(takePreload(get(`${URL_}&cursor=x`)), undefined, 'another URL');
    assert.equal(takePreload(new Request(URL_, { method: 'POST', headers: { Authorization: 'Bearer alice' }, body: '{}' })), undefined, 'a write');
    assert.ok(takePreload(get()), 'still there for its own request');
  });

  it('keeps what one reader left for the other only a moment, so a later refresh never gets it', async () => {
    await Promise.all([preload(get()), preload(get())]);
    assert.ok(takePreload(get()));
    assert.equal(preloadCount(), 1, 'still there for the other reader');
    await new Promise((resolve) => setTimeout(resolve, PRELOAD_SHARED_MS + 50));
    assert.equal(takePreload(get()), undefined, 'gone: the next request goes to the network');
  });

  it('forgets everything read ahead before a write', async () => {
    await preload(get());
    forgetPreloads();
    assert.equal(takePreload(get()), undefined);
    assert.equal(preloadCount(), 0);
  });

  it('stops waiting when the request is aborted, as fetch would', async () => {
    let answer!: (response: Response) => void;
    globalThis.fetch = (() => new Promise<Response>((resolve) => (answer = resolve))) as typeof fetch;
    void preload(get());
    const controller = new AbortController();
    const taken = takePreload(get(URL_, 'alice', controller.signal));
    assert.ok(taken);
    controller.abort(new Error('left the page'));
    await assert.rejects(taken, /left the page/);
    answer(new Response('{}'));
  });

  it('keeps nothing a failed read left', async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError('offline'))) as typeof fetch;
    await assert.rejects(preload(get()), /offline/);
    await Promise.resolve();
    assert.equal(takePreload(get()), undefined);
  });
});
