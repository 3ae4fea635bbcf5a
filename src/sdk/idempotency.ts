/**
 * A fresh key for one intended money-moving operation. Create it when the user commits to the
 * operation (e.g. when the review step opens) and pass it to every attempt of that operation, so a
 * double click, a retry after a timeout or a second tab never moves money twice.
 */
export function createIdempotencyKey(): string {
  return crypto.randomUUID();
}
