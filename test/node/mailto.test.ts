import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mailtoHref } from '../../src/core/mailto.js';

/** What a mail client reads from a `mailto:` link: the addressee and any headers. */
function read(href: string): { protocol: string; to: string; headers: string } {
  const url = new URL(href);
  return { protocol: url.protocol, to: decodeURIComponent(url.pathname), headers: url.search };
}

describe('mailtoHref', () => {
  test('links a plain address as it is', () => {
    assert.equal(mailtoHref('billing@willowcreek.example'), 'mailto:billing@willowcreek.example');
  });

  test('writes to the whole address, never adding headers or a fragment from it', () => {
    for (const email of ["office?cc=boss@hostile.example", "a&body=hi@x.example", "x#frag@x.example", "100%25@x.example", "'onfocus=x'@x.example"]) {
      const href = mailtoHref(email);
      assert.deepEqual(read(href), { protocol: 'mailto:', to: email, headers: '' }, href);
      assert.equal(new URL(href).hash, '', href);
    }
  });
});
