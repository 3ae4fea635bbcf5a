// Bearer secrets the engine mints at runtime (invitation links, sessions, setup-intent client
// secrets). They come from `crypto.getRandomValues` — the Web Crypto API, global in browsers and in
// Node 20 — so that they cannot be computed in advance from the seed, the clock or record ids.
// Record ids (payments, invoices, invitations) stay seeded and sequential: tests and stories rely
// on them, and an id grants nothing. The seed's fixed persona tokens (`mock-token-…`) stay too:
// they are published by `/__mock/personas` on purpose.

/** 32 symbols, so each random byte's low five bits pick one without bias. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** How many symbols a token has after its prefix: 32 × 5 = 160 random bits. */
export const SECRET_TOKEN_LENGTH = 32;

/** `prefix` followed by 160 bits from the platform's cryptographic random source. */
export function secretToken(prefix: string): string {
  const bytes = new Uint8Array(SECRET_TOKEN_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let out = prefix;
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return out;
}
