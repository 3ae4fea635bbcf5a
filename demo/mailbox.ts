// The demo's mailbox: every email the mock billing service "sent" (`GET /api/v1/__mock/outbox`),
// newest first, to open and read as plain text or as the HTML a mail client would show. Demo-only:
// a real deployment hands the same messages to its mail service. The HTML version is shown in a
// sandboxed iframe that may run no script; its links open in this window.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { noticeWords } from '../src/components/notification-settings/notice-words.js';
import type { components } from '../src/contract/types.js';

type MockEmail = components['schemas']['MockEmail'];

/** Events after which new mail may have been sent, heard on the window. */
const MAIL_EVENTS = [
  'alis-payment-submitted',
  'alis-payment-failed',
  'alis-payment-method-removed',
  'alis-payment-method-added',
  'alis-default-payment-method-changed',
  'alis-notification-preferences-changed',
  'alis-payment-pulled',
  'alis-payment-voided',
  'alis-payment-refunded',
  'alis-payment-returned',
  'alis-payment-represented',
  'alis-invitation-sent',
  'alis-invitation-accepted',
  'alis-user-revoked',
] as const;

const timeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Text with each path on this site ("/how-to-pay", "/accept-invitation?token=…") as a link: the
 * only links the emails write. Whatever else looks like an address came from data (a name, the
 * office's hours) and stays text: web addresses, and `//host` or `/\host`, which browsers resolve
 * to another site.
 */
export function linkify(text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  const pattern = /(?<=^|\s)\/(?![/\\])[^\s\\]*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const href = match[0].replace(/[.,;)]+$/, '');
    parts.push(text.slice(last, match.index), html`<a href=${href}>${href}</a>`);
    last = match.index + href.length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The document the iframe shows: our own readable styles, links opening in this window, the email's HTML. */
function emailDocument(email: MockEmail): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="${location.origin}/" target="_top">
<style>body{font:16px/1.5 system-ui,sans-serif;color:#1f2933;margin:1rem;overflow-wrap:anywhere}th{text-align:left;padding-right:1rem}a{color:#1f5f8b}</style>
</head><body>${email.html}</body></html>`;
}

/**
 * The mock outbox as a mailbox. It loads on `refresh()` (the demo calls it whenever the mailbox is
 * shown, once the mock backend runs), on its Refresh button, and after any ALIS event that may send
 * mail; emails that arrived since the last load are marked New and counted in the announcement.
 */
export class DemoMailbox extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      container-type: inline-size;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    h2 {
      margin: 0;
      flex: 1 1 auto;
      font-size: 1.25rem;
    }
    h3 {
      margin: 0;
      font-size: 1.125rem;
      overflow-wrap: anywhere;
    }
    h3:focus {
      outline: none;
    }
    p {
      margin: 0;
    }
    button,
    .option {
      font: inherit;
      min-height: 44px;
      min-width: 44px;
    }
    button {
      padding: 0.25rem 1rem;
      border: 1px solid #2f5d50;
      border-radius: 6px;
      background: #fff;
      color: #2f5d50;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid #b7791f;
      outline-offset: 2px;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
      margin-top: 1rem;
    }
    @container (min-width: 56rem) {
      .layout {
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        align-items: start;
      }
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.25rem;
      max-height: 40rem;
      overflow-y: auto;
    }
    .message {
      display: grid;
      gap: 0.125rem;
      width: 100%;
      text-align: start;
      padding: 0.5rem 0.75rem;
      border-color: #cbd2d9;
      color: #1f2933;
    }
    .message[aria-current='true'] {
      border: 2px solid #2f5d50;
      background: #eef5f2;
    }
    .subject {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .meta {
      color: #52606d;
      font-size: 0.875rem;
      overflow-wrap: anywhere;
    }
    .new {
      display: inline-block;
      margin-inline-end: 0.5rem;
      padding: 0 0.5rem;
      border-radius: 999px;
      background: #2f5d50;
      color: #fff;
      font-size: 0.75rem;
      font-weight: 600;
    }
    .reader {
      display: grid;
      gap: 0.75rem;
      padding: 1rem;
      border: 1px solid #cbd2d9;
      border-radius: 10px;
      min-width: 0;
    }
    dl {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 0.25rem 0.75rem;
      margin: 0;
    }
    dt {
      font-weight: 600;
      color: #52606d;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      padding: 0;
      font-weight: 600;
    }
    .option {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      cursor: pointer;
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      background: #f5f7fa;
      border-radius: 6px;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: 0.9375rem/1.5 ui-monospace, Menlo, Consolas, monospace;
    }
    iframe {
      width: 100%;
      min-height: 20rem;
      border: 1px solid #cbd2d9;
      border-radius: 6px;
      background: #fff;
    }
    a {
      color: #1f5f8b;
    }
    .link {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
  `;

  static override properties = {
    emails: { state: true },
    selectedId: { state: true },
    format: { state: true },
    loading: { state: true },
    problem: { state: true },
    announcement: { state: true },
    newIds: { state: true },
  };

  declare private emails: MockEmail[] | null;
  declare private selectedId: string | null;
  declare private format: 'text' | 'html';
  declare private loading: boolean;
  declare private problem: string | null;
  declare private announcement: string;
  /** Emails that arrived since the mailbox was last loaded. */
  declare private newIds: ReadonlySet<string>;

  #seen: Set<string> | null = null;
  readonly #onMailEvent = (): void => {
    // The event fires when the request has answered; the email is already in the outbox.
    void this.refresh();
  };

  constructor() {
    super();
    this.emails = null;
    this.selectedId = null;
    this.format = 'text';
    this.loading = false;
    this.problem = null;
    this.announcement = '';
    this.newIds = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of MAIL_EVENTS) window.addEventListener(name, this.#onMailEvent);
  }

  override disconnectedCallback(): void {
    for (const name of MAIL_EVENTS) window.removeEventListener(name, this.#onMailEvent);
    super.disconnectedCallback();
  }

  /** Loads the outbox again; new emails are marked and counted in the announcement. */
  async refresh(): Promise<void> {
    this.loading = true;
    try {
      const response = await fetch('/api/v1/__mock/outbox');
      if (!response.ok) throw new Error(`The mock outbox answered ${response.status}.`);
      const { items } = (await response.json()) as { items: MockEmail[] };
      const fresh = this.#seen === null ? [] : items.filter((email) => !this.#seen?.has(email.id));
      this.#seen = new Set(items.map((email) => email.id));
      this.newIds = new Set([...this.newIds, ...fresh.map((email) => email.id)]);
      this.emails = items;
      this.problem = null;
      this.announcement = `${items.length} ${items.length === 1 ? 'email' : 'emails'}${fresh.length > 0 ? `, ${fresh.length} new` : ''}.`;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : 'The mock outbox could not be read.';
    } finally {
      this.loading = false;
    }
  }

  protected override render() {
    const emails = this.emails;
    const selected = emails?.find((email) => email.id === this.selectedId) ?? null;
    return html`
      <div class="bar">
        <h2 id="mailbox-heading">Sent emails</h2>
        <button type="button" class="refresh" @click=${() => this.refresh()}>${this.loading ? 'Refreshing…' : 'Refresh'}</button>
      </div>
      <p role="status" class="count">${this.announcement}</p>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      ${emails === null
        ? html`<p>Loading the mailbox…</p>`
        : emails.length === 0
          ? html`<p>No email has been sent yet.</p>`
          : html`
              <div class="layout">
                <ul aria-labelledby="mailbox-heading">
                  ${emails.map((email) => this.#renderListItem(email))}
                </ul>
                ${selected ? this.#renderReader(selected) : html`<p class="reader">Choose an email to read it.</p>`}
              </div>
            `}
    `;
  }

  #renderListItem(email: MockEmail): TemplateResult {
    const current = email.id === this.selectedId;
    return html`
      <li>
        <button type="button" class="message" data-email-id=${email.id} aria-current=${current ? 'true' : 'false'} @click=${() => this.#open(email.id)}>
          <span class="subject">${this.newIds.has(email.id) ? html`<span class="new">New</span>` : nothing}${email.subject}</span>
          <span class="meta">To ${email.to} · ${noticeWords(email.notice, 10).title} · ${timeFormat.format(new Date(email.sentAt))}</span>
        </button>
      </li>
    `;
  }

  #renderReader(email: MockEmail): TemplateResult {
    return html`
      <article class="reader" aria-labelledby="reader-heading" data-email-id=${email.id}>
        <h3 id="reader-heading" tabindex="-1">${email.subject}</h3>
        <dl>
          <dt>To</dt>
          <dd>${email.to}</dd>
          <dt>Sent</dt>
          <dd>${timeFormat.format(new Date(email.sentAt))}</dd>
          <dt>Kind</dt>
          <dd>${noticeWords(email.notice, 10).title}</dd>
          ${email.link ? html`<dt>Link</dt><dd><a class="link" href=${email.link}>${email.link}</a></dd>` : nothing}
        </dl>
        <fieldset>
          <legend>Show as</legend>
          <label class="option"><input type="radio" name="format" value="text" .checked=${this.format === 'text'} @change=${() => (this.format = 'text')} /> Plain text</label>
          <label class="option"><input type="radio" name="format" value="html" .checked=${this.format === 'html'} @change=${() => (this.format = 'html')} /> HTML</label>
        </fieldset>
        ${this.format === 'text'
          ? html`<pre class="body">${linkify(email.body)}</pre>`
          : html`<iframe
              title=${`${email.subject} (HTML version)`}
              sandbox="allow-same-origin allow-top-navigation-by-user-activation"
              .srcdoc=${emailDocument(email)}
              @load=${(event: Event) => this.#fit(event.target as HTMLIFrameElement)}
            ></iframe>`}
      </article>
    `;
  }

  async #open(id: string): Promise<void> {
    this.selectedId = id;
    const remaining = new Set(this.newIds);
    remaining.delete(id);
    this.newIds = remaining;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#reader-heading')?.focus();
  }

  /** Sizes the iframe to its email, so the page scrolls rather than a box inside it. */
  #fit(frame: HTMLIFrameElement): void {
    // Readable because of allow-same-origin; safe because the sandbox lets no script run in it.
    const height = frame.contentDocument?.documentElement.scrollHeight;
    if (height) frame.style.height = `${height + 4}px`;
  }
}

customElements.define('demo-mailbox', DemoMailbox);

declare global {
  interface HTMLElementTagNameMap {
    'demo-mailbox': DemoMailbox;
  }
}
