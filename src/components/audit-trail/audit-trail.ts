import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { renderAnnouncer, settled, renderSessionLoad } from '../shared/states.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import { auditFieldLabel, auditSummary, describeAuditValue, formatAuditTime, visibleChanges, type AuditWordsOptions } from '../../core/audit-words.js';
import { serviceText } from '../shared/service-text.js';
import { auditTrailStyles } from './audit-trail.styles.js';
import { renderHeading, type HeadingLevel } from './render-heading.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Actor, AuditLogEntry, AuditSubjectType, Me } from '../../sdk/types.js';

/** A heading level the trail's heading may take. */
export type AuditTrailHeadingLevel = HeadingLevel;

/** `client` is whose session the view was loaded in: another user's view is never shown. */
type TrailView = ({ kind: 'trail'; me: Me; entries: AuditLogEntry[]; nextCursor: string | null } | { kind: 'staff-only' }) & { client: AlisClient };

const roleWords: Record<Actor['role'], (t: Translate) => string> = {
  staff: (t) => t.ctx('who made a change', 'billing team'),
  payer: (t) => t.ctx('who made a change', 'payer'),
  system: (t) => t.ctx('who made a change', 'automatic'),
};

/**
 * The audit trail of one record, newest first: when (on the community's clock, which it names),
 * who, what happened in a sentence, and each changed field with its value before and after in
 * words — switches On/Off, fees in percent, amounts in money, nothing as "—". Any member of the
 * billing team may read it; a payer's token gets a "staff only" notice.
 *
 * With `collapsible`, the heading is a disclosure button and the trail loads only when opened
 * (each opening loads it afresh). "Show more changes" loads the next page.
 *
 * @tagname alis-audit-trail
 * @summary Who changed what and when, for one invoice, payer, profile or the settings (staff only).
 *
 * @csspart heading - The trail's heading.
 * @csspart toggle - The disclosure button (with `collapsible`).
 * @csspart list - The list of entries.
 * @csspart changes - Each entry's table of changed fields.
 * @csspart notice - State messages (loading, errors, staff only).
 *
 * @cssprop --alis-color-text-muted - Times and column headings.
 * @cssprop --alis-color-border - The line beside the entries and between changed fields.
 * @cssprop --alis-color-primary - The disclosure and "Show more changes" buttons.
 * @cssprop --alis-target-size - Minimum size of the buttons (44px).
 */
export class AlisAuditTrail extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, staffStyles, auditTrailStyles];

  static override properties = {
    client: { attribute: false },
    subjectType: { attribute: 'subject-type' },
    subjectId: { attribute: 'subject-id' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    pageSize: { type: Number, attribute: 'page-size' },
    locale: {},
    collapsible: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** What kind of record: `invoice`, `payer` (a party id), `payment`, `deposit`, `payment_method`, `user`, `invitation`, `profile` or `settings`. */
  declare subjectType: AuditSubjectType | undefined;

  /** The record's id (`community` for the settings). */
  declare subjectId: string | undefined;

  /** The heading, e.g. "History of INV-2026-0114"; "History" (in the reader's language) when unset. */
  declare heading: string | undefined;

  /** The heading's level (2–6), to fit the page it sits in. */
  declare headingLevel: AuditTrailHeadingLevel;

  /** How many entries to load at a time. */
  declare pageSize: number;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** Shows the heading as a button that opens and closes the trail; nothing loads while closed. */
  declare collapsible: boolean;

  /** Whether a `collapsible` trail is open. */
  declare open: boolean;

  declare private announcement: string;

  /** The language `announcement` was said in: after a switch to another, it is not left in the live region. */
  #announcedIn = '';

  /** Whose trail this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #more = new LoadMoreController(this, { plural: 'changes', singular: 'change', failureSubject: 'history' }, (message) => {
    this.announcement = message;
    this.#announcedIn = this.t.lang;
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.subjectType, this.subjectId, this.pageSize, this.#active] as const,
    task: async ([client, subjectType, subjectId, pageSize, active], options) => {
      this.#more.reset();
      if (!subjectType || !subjectId || !active) return undefined;
      return this.#loadTrail([client, subjectType, subjectId, pageSize], options);
    },
  });

  readonly #loadTrail = loadAfterMe(this.#session, async ({ api, client, me, signal }, subjectType: AuditSubjectType, subjectId: string, pageSize: number): Promise<TrailView> => {
    // A payer's token asks for nothing but who they are.
    if (!isStaff(me)) return { kind: 'staff-only', client };
    const page = await api.staff.auditLog.list({ subjectType, subjectId, limit: pageSize }, { signal });
    return { kind: 'trail', client, me, entries: page.items, nextCursor: page.nextCursor };
  });

  constructor() {
    super();
    this.heading = undefined;
    this.headingLevel = 3;
    this.pageSize = 10;
    this.collapsible = false;
    this.open = false;
    this.announcement = '';
    this.#session.reloads(this.#loadTask);
  }

  /** Another user signed in (or out): the trail closes and nothing of theirs stays announced. */
  #forgetUser(): void {
    if (this.collapsible) this.open = false;
    this.announcement = '';
    this.#more.reset();
  }

  /** Whether the trail is shown (and so loaded). */
  get #active(): boolean {
    return !this.collapsible || this.open;
  }

  /** Loads the trail again from its newest entry (e.g. after the record changed). */
  async refresh(): Promise<void> {
    if (this.#active) await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('subjectId') || changed.has('subjectType')) this.announcement = '';
  }

  protected override render() {
    const bodyId = 'trail-body';
    const active = this.#active;
    const t = this.t;
    const heading = this.heading ?? t('History');
    const title = this.collapsible
      ? html`<button type="button" class="toggle" part="toggle" aria-expanded=${active ? 'true' : 'false'} aria-controls=${bodyId} @click=${this.#toggle}>
          <span aria-hidden="true">${active ? '▾' : '▸'}</span> ${renderUnbroken(heading)}
        </button>`
      : renderUnbroken(heading);
    return html`
      <section class="trail" aria-labelledby="trail-heading">
        ${renderHeading(this.headingLevel, 'trail-heading', 'heading', title)}
        ${renderAnnouncer(this.#announcedIn === t.lang ? this.announcement : '')}
        <div id=${bodyId} class="trail" ?hidden=${!active}>${active ? this.#renderBody(t) : nothing}</div>
      </section>
    `;
  }

  #renderBody(t: Translate): TemplateResult {
    const client = this.#session.client;
    // Nothing to show until the host says whose history it is.
    if (client && (!this.subjectType || !this.subjectId)) return html``;
    return renderSessionLoad(client, this.#loadTask, {
      loading: t('Loading the history…'),
      subject: 'history',
      retry: () => this.#loadTask.run(),
      view: (view) => this.#renderView(view, t),
      t,
    });
  }

  #renderView(view: TrailView, t: Translate): TemplateResult {
    if (view.kind === 'staff-only') return renderStaffOnly(t.ctx('staff only: what', 'The history of changes'), t);
    const community = view.me.community;
    const options: AuditWordsOptions = { currency: community.currency, timeZone: community.timeZone, locale: this.formatLocale, t };
    if (view.entries.length === 0) return html`<p class="muted" data-empty>${t('No change has been recorded here yet.')}</p>`;
    return html`
      <p class="muted" data-time-zone>${t('Newest first. Times are {community} time ({timeZone}).', { community: community.communityName, timeZone: community.timeZone })}</p>
      <ol class="entries" part="list">
        ${view.entries.map((entry) => this.#renderEntry(entry, options, t))}
      </ol>
      ${this.#more.render(view, () => void this.#loadMore(view), t)}
    `;
  }

  #renderEntry(entry: AuditLogEntry, options: AuditWordsOptions, t: Translate): TemplateResult {
    const changes = visibleChanges(entry.changes);
    return html`
      <li class="entry" data-entry-id=${entry.id} data-action=${entry.action}>
        <p class="when">
          <time datetime=${entry.at}>${formatAuditTime(entry.at, options)}</time> ·
          <span class="who" data-actor>${entry.actor.name}</span> (${Object.hasOwn(roleWords, entry.actor.role) ? roleWords[entry.actor.role](t) : entry.actor.role})
        </p>
        <p class="summary" data-summary>${summaryOf(entry, options, t)}</p>
        ${changes.length === 0
          ? nothing
          : html`<table class="changes" part="changes" role="table">
              <caption class="visually-hidden">${t('What changed')}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">${t('Field')}</th>
                  <th role="columnheader" scope="col">${t('Before')}</th>
                  <th role="columnheader" scope="col">${t('After')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${changes.map(
                  (change) => html`<tr role="row" data-field=${change.field}>
                    <th role="rowheader" scope="row">${auditFieldLabel(change.field, t)}</th>
                    <td role="cell" data-label=${t('Before')} data-before>${renderUnbroken(describeAuditValue(change.field, change.before, options))}</td>
                    <td role="cell" data-label=${t('After')} data-after>${renderUnbroken(describeAuditValue(change.field, change.after, options))}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}
      </li>
    `;
  }

  #toggle(): void {
    this.open = !this.open;
  }

  async #loadMore(view: Extract<TrailView, { kind: 'trail' }>): Promise<void> {
    const api = this.#session.api;
    const { subjectType, subjectId } = this;
    if (!api || view.client !== this.#session.client || !subjectType || !subjectId) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.staff.auditLog.list({ subjectType, subjectId, limit: this.pageSize, cursor }),
      (items) => {
        view.entries = appendNew(view.entries, items, (entry) => entry.id);
      },
    );
  }
}

/** An entry's summary in the reader's words, or the service's English marked as such; references and dates unbroken. */
function summaryOf(entry: AuditLogEntry, options: AuditWordsOptions, t: Translate): TemplateResult | string {
  const said = auditSummary(entry, options);
  return said === null ? serviceText(entry.summary, t) : renderUnbroken(said);
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-audit-trail': AlisAuditTrail;
  }
}
