/**
 * A `mailto:` link that writes to exactly `email` and nothing else. An email address may contain
 * `?`, `&`, `=`, `#` or `%` (the billing office's address is data), which a raw `mailto:` would
 * read as headers (`?cc=…`, `&body=…`) or escapes: each side of the last `@` is percent-encoded.
 */
export function mailtoHref(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return `mailto:${encodeURIComponent(email)}`;
  return `mailto:${encodeURIComponent(email.slice(0, at))}@${encodeURIComponent(email.slice(at + 1))}`;
}
