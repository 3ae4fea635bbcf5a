// The SDK in a real browser against the shared mock backend (the Node suite covers retries and
// error mapping with scripted servers; this proves the two halves agree on the contract).
import { expect } from '@open-wc/testing';
import { createAlisClient, AlisApiError } from '../../src/sdk/index.js';
import { mockWorker, persona, personas, resetMockBackend, type Persona } from '../support/mock-backend.js';

describe('SDK in the browser, against the mock backend', () => {
  let payer: Persona;
  let otherPayer: Persona;

  before(async () => {
    await mockWorker();
    payer = await persona((p) => p.role === 'payer', 'the default payer');
    otherPayer = (await personas()).find((p) => p.role === 'payer' && p.partyId !== payer.partyId && !/revoked/i.test(p.description))!;
  });

  beforeEach(resetMockBackend);

  const clientFor = (token: string | undefined) => createAlisClient({ baseUrl: '/api/v1', getToken: () => token });

  it('reads the session of the signed-in payer', async () => {
    const me = await clientFor(payer.token).session.me();
    expect(me.user.id).to.equal(payer.userId);
    expect(me.user.role).to.equal('payer');
    expect(me.permissions).to.include('view_billing');
    expect(me.community.currency).to.match(/^[A-Z]{3}$/);
  });

  it('lists only invoices addressed to the payer, and hides the others as not found', async () => {
    const mine = (await clientFor(payer.token).invoices.list({ limit: 100 })).items;
    const theirs = (await clientFor(otherPayer.token).invoices.list({ limit: 100 })).items;
    expect(mine.length).to.be.greaterThan(0);
    expect(mine.every((invoice) => invoice.addressee.id === payer.partyId)).to.be.true;
    const mineIds = new Set(mine.map((i) => i.id));
    expect(theirs.some((i) => mineIds.has(i.id))).to.be.false;

    const error = await clientFor(payer.token).invoices.get(theirs[0]!.id).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AlisApiError);
    expect((error as AlisApiError).status).to.equal(404);
    expect((error as AlisApiError).code).to.equal('not_found');
  });

  it('agrees with the outstanding balance: the sum of open balances', async () => {
    const client = clientFor(payer.token);
    const open = (await client.invoices.list({ status: 'open', limit: 100 })).items;
    const outstanding = await client.outstanding.get();
    const sum = open.reduce((total, invoice) => total + invoice.balance.amountCents, 0);
    expect(outstanding.total.amountCents).to.equal(sum);
    expect(outstanding.invoices.map((i) => i.invoiceId).sort()).to.deep.equal(open.map((i) => i.id).sort());
  });

  it('reports a missing token as unauthenticated', async () => {
    const error = await clientFor(undefined).session.me().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AlisApiError);
    expect((error as AlisApiError).code).to.equal('unauthenticated');
    expect((error as AlisApiError).status).to.equal(401);
  });

  it('can be aborted', async () => {
    const controller = new AbortController();
    const pending = clientFor(payer.token).invoices.list({}, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
