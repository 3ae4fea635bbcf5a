import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { PendingAction } from '../shared/pending-action.js';
import { ReservedSpaceController, bone, likelyRows, renderNotice, settled, renderSessionLoad } from '../shared/states.js';
import { announcement, renderAnnouncement, silence, type Announcement, type Words } from '../shared/live-words.js';
import { officeContact, portalOffMessage } from '../../core/billing-access.js';
import { AlisNotificationPreferencesChangedEvent } from '../../events/notification-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import type { Translate } from '../../core/i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from '../../core/refusal-words.js';
import { noticeWords } from './notice-words.js';
import { notificationSettingsStyles } from './notification-settings.styles.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me, NoticeType, NotificationPreference, NotificationPreferences } from '../../sdk/types.js';

/**
 * What the element shows once `GET /me` (and, for a payer, the preferences) answered, with the
 * client it was loaded with: a view of another user's client is never shown.
 */
type SettingsView = { client: AlisClient } & (
  | { kind: 'staff' }
  | { kind: 'portal_off'; me: Me }
  | { kind: 'ready'; me: Me; preferences: NotificationPreferences }
);

/** The outcome of the last Save, shown beside the Save button. */
interface SaveOutcome {
  /** Said in the words in force when drawn, so a switch of language with it on screen says it anew. */
  text: Words;
  tone: 'success' | 'danger' | 'info';
}

/**
 * "Emails you receive": every email the billing service sends the signed-in payer, each with what
 * it is and when it comes, and the address they go to. The optional ones (payment receipts and
 * declined card payments; both on until turned off) are checkboxes saved with **Save**; the
 * required ones are listed as always sent, each with why (a returned bank payment needs action,
 * the advance notice of a collection that varies in amount is a Nacha rule, requests come from the
 * billing office).
 *
 * The outcome of Save is announced and shown beside the button; focus stays there. A refusal is
 * shown at the checkbox it concerns, which takes focus, and the payer's choice is kept.
 * While the portal is switched off it shows one calm sentence with the billing office's contact;
 * a staff account is told the settings are for payers.
 *
 * @tagname alis-notification-settings
 * @summary Which billing emails a payer receives.
 *
 * @fires {AlisNotificationPreferencesChangedEvent} alis-notification-preferences-changed - The payer's choices were saved.
 *
 * @csspart heading - The heading.
 * @csspart notice - State messages (loading, portal off, staff, errors).
 * @csspart form - The optional emails and the Save button.
 * @csspart required - The list of emails that are always sent.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-text-muted - When each email comes, and why.
 * @cssprop --alis-color-primary - The Save button and checkboxes.
 * @cssprop --alis-color-surface - Background of each email.
 * @cssprop --alis-color-border - Borders.
 * @cssprop --alis-color-success - The saved message.
 * @cssprop --alis-color-danger - A refusal.
 * @cssprop --alis-radius - Corner radius.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisNotificationSettings extends AlisElement {
  static override styles = [hostStyles, commonStyles, notificationSettingsStyles];

  static override properties = {
    client: { attribute: false },
    heading: {},
    draft: { state: true },
    saved: { state: true },
    fieldErrors: { state: true },
    outcome: { state: true },
    announcement: { state: true },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The heading above the settings; “Emails you receive”, in the reader's language, when unset. */
  declare heading: string | undefined;

  /** Choices the payer made and has not saved yet. */
  declare private draft: Partial<Record<NoticeType, boolean>>;
  /** The preferences the last Save returned; they replace the loaded ones until the next load. */
  declare private saved: NotificationPreferences | null;
  /** Refusals, by the email they concern. */
  declare private fieldErrors: Partial<Record<NoticeType, Words>>;
  declare private outcome: SaveOutcome | null;
  declare private announcement: Announcement;

  /** Whose settings these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  /** A Save is being sent: a second press sends nothing. */
  readonly #saving = new PendingAction(this);

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: loadAfterMe(this.#session, async ({ api, client, me, signal }): Promise<SettingsView> => {
      this.#forgetChoices();
      if (me.user.role === 'staff') return { client, kind: 'staff' };
      // `GET /me` still answers while the portal is off; the preferences would not.
      if (!me.community.portalEnabled) return { client, kind: 'portal_off', me };
      const preferences = await api.notificationPreferences.get({ signal });
      // The next loading shape lists as many emails of each kind.
      likelyRows.remember(shapeKeys.optional, preferences.items.filter((item) => !item.required).length);
      likelyRows.remember(shapeKeys.required, preferences.items.filter((item) => item.required).length);
      return { client, kind: 'ready', me, preferences };
    }),
  });

  constructor() {
    super();
    // The room the settings took last time (nothing being saved), which the loading shape takes next time.
    new ReservedSpaceController(
      this,
      () => 'alis-notification-settings',
      () => this.#loadTask.status === TaskStatus.COMPLETE && this.#loadTask.value?.client === this.#session.client && !this.outcome,
    );
    this.heading = undefined;
    this.draft = {};
    this.saved = null;
    this.fieldErrors = {};
    this.outcome = null;
    this.announcement = silence;
    this.#session.reloads(this.#loadTask);
  }

  /** Loads the preferences again (unsaved choices are dropped). */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  /**
   * Another user signed in (or out): none of the previous user's choices, saved preferences or
   * outcome stay, and their Save (aborted with their session) no longer counts.
   */
  #forgetUser(): void {
    this.#forgetChoices();
    this.#saving.reset();
    this.announcement = silence;
  }

  protected override render() {
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading ?? t('Emails you receive')}</h2>
        ${renderAnnouncement(this.announcement, t)}
        ${renderSessionLoad(this.#session.client, this.#loadTask, {
          loading: t('Loading your email settings…'),
          skeleton: () => renderSettingsSkeleton(),
          subject: 'email settings',
          retry: () => this.refresh(),
          view: (view) => this.#renderView(view, t),
          t,
        })}
      </section>
    `;
  }

  #renderView(view: SettingsView, t: Translate): TemplateResult {
    switch (view.kind) {
      case 'staff':
        return renderNotice(
          t('Email settings are for residents and family members signed in to the resident portal; a billing-team account has none to choose.'),
          'warning',
        );
      case 'portal_off':
        return renderNotice(portalOffMessage(view.me.community, t), 'info');
      case 'ready':
        return this.#renderPreferences(view.client, view.me, this.saved ?? view.preferences, t);
    }
  }

  #renderPreferences(client: AlisClient, me: Me, preferences: NotificationPreferences, t: Translate): TemplateResult {
    const leadDays = me.community.pullNoticeLeadDays;
    const optional = preferences.items.filter((item) => !item.required);
    const required = preferences.items.filter((item) => item.required);
    return html`
      <p class="address">
        ${withParts(t('We send these emails to {email}, the address you sign in with. To use another address, contact {office}.'), {
          email: html`<strong class="email">${preferences.email}</strong>`,
          office: officeContact(me.community.billingOffice),
        })}
      </p>
      ${optional.length > 0
        ? html`
            <form part="form" novalidate aria-busy=${this.#saving.busy ? 'true' : 'false'} @submit=${(event: SubmitEvent) => this.#save(event, client, preferences)}>
              <fieldset>
                <legend><h3>${t('Emails you choose')}</h3></legend>
                <ul class="notices">${optional.map((item) => this.#renderOptional(item, leadDays, t))}</ul>
              </fieldset>
              <div class="save">
                <!-- aria-disabled, not disabled: a disabled button drops the focus it has while saving. -->
                <button type="submit" class="primary" aria-disabled=${this.#saving.busy ? 'true' : 'false'}>${this.#saving.busy ? t('Saving…') : t('Save')}</button>
                ${this.#renderOutcome(t)}
              </div>
            </form>
          `
        : nothing}
      ${required.length > 0
        ? html`
            <section class="required" part="required" aria-labelledby="required-heading">
              <h3 id="required-heading">${t('Always sent')}</h3>
              <ul class="notices">
                ${required.map((item) => {
                  const words = noticeWords(item.notice, leadDays, t);
                  return html`<li class="notice-item" data-notice=${item.notice}>
                    <p class="title">${words.title}</p>
                    <p class="when">${words.when}</p>
                    <p class="why">${words.whyRequired}</p>
                  </li>`;
                })}
              </ul>
            </section>
          `
        : nothing}
    `;
  }

  #renderOutcome(t: Translate): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    return outcome.tone === 'danger'
      ? html`<p class="outcome" data-tone="danger" role="alert">${outcome.text(t)}</p>`
      : html`<p class="outcome" data-tone=${outcome.tone}>${outcome.text(t)}</p>`;
  }

  #renderOptional(item: NotificationPreference, leadDays: number, t: Translate): TemplateResult {
    const words = noticeWords(item.notice, leadDays, t);
    const id = `notice-${item.notice}`;
    const error = this.fieldErrors[item.notice]?.(t);
    const checked = this.draft[item.notice] ?? item.enabled;
    return html`
      <li class="notice-item" data-notice=${item.notice}>
        <div class="choice">
          <input
            type="checkbox"
            id=${id}
            name=${item.notice}
            .checked=${live(checked)}
            aria-describedby=${error ? `${id}-when ${id}-error` : `${id}-when`}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${(event: Event) => this.#choose(item, (event.target as HTMLInputElement).checked)}
          />
          <label for=${id} class="title">${words.title}</label>
        </div>
        <p class="when" id=${`${id}-when`}>${words.when}</p>
        ${error ? html`<p class="problem" id=${`${id}-error`}>${error}</p>` : nothing}
      </li>
    `;
  }

  #choose(item: NotificationPreference, enabled: boolean): void {
    // A choice back to what is saved is no change at all.
    const others = Object.entries(this.draft).filter(([notice]) => notice !== item.notice);
    this.draft = Object.fromEntries(enabled === item.enabled ? others : [...others, [item.notice, enabled]]) as Partial<Record<NoticeType, boolean>>;
    this.outcome = null;
  }

  #forgetChoices(): void {
    this.draft = {};
    this.saved = null;
    this.fieldErrors = {};
    this.outcome = null;
  }

  /** Saves the choices made on `preferences`, as loaded with `client`. */
  async #save(event: SubmitEvent, client: AlisClient, preferences: NotificationPreferences): Promise<void> {
    event.preventDefault();
    // A form still on screen from the previous user is not applied to the new one.
    const api = this.#session.api;
    if (!api || client !== this.#session.client || this.#saving.busy) return;
    const changes = preferences.items
      .filter((item) => this.draft[item.notice] !== undefined && this.draft[item.notice] !== item.enabled)
      .map((item) => ({ notice: item.notice, enabled: this.draft[item.notice] === true }));
    this.fieldErrors = {};
    if (changes.length === 0) {
      this.#tell({ text: (t) => t('Nothing to save: these are already your choices.'), tone: 'info' });
      return;
    }
    this.outcome = null;
    await this.#saving.run(() => api.notificationPreferences.update({ changes }), {
      answered: (updated) => {
        // Another user signed in meanwhile: their screen shows nothing of this save.
        if (client !== this.#session.client) return;
        this.saved = updated;
        this.draft = {};
        const text: Words = (t) => {
          const words = changes.map((change) => {
            const email = noticeWords(change.notice, 0, t).title;
            return change.enabled ? t('{email}: on', { email }) : t('{email}: off', { email });
          });
          return t('Saved. {changes}.', { changes: words.join('. ') });
        };
        this.#tell({ text, tone: 'success' });
        this.emit(new AlisNotificationPreferencesChangedEvent(updated));
      },
      // An abort (the element left the page or another user signed in) is not a refusal.
      refused: async (error) => {
        if (client === this.#session.client) await this.#showRefusal(error, changes);
      },
    });
  }

  /** Puts each refusal at its checkbox (keeping the payer's choice) and moves focus to the first. */
  async #showRefusal(error: unknown, changes: readonly { notice: NoticeType; enabled: boolean }[]): Promise<void> {
    const fieldErrors: Partial<Record<NoticeType, Words>> = {};
    if (isAlisApiError(error)) {
      for (const [field, message] of Object.entries(error.fields ?? {})) {
        const index = /^changes\[(\d+)\]/.exec(field)?.[1];
        const change = index === undefined ? undefined : changes[Number(index)];
        if (change) fieldErrors[change.notice] = (t) => refusedFieldSentence(message, t);
      }
    }
    this.fieldErrors = fieldErrors;
    const text: Words = (t) =>
      isAlisApiError(error)
        ? t('Not saved. {reason}', { reason: refusalSentence(error, t) })
        : error instanceof AlisNetworkError
          ? t('Not saved: we could not reach the billing service. Your choices are kept; please try again.')
          : t('Not saved: something went wrong. Your choices are kept; please try again.');
    this.#tell({ text, tone: 'danger' });
    const first = changes.find((change) => fieldErrors[change.notice] !== undefined);
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#notice-${first.notice}`)?.focus();
    }
  }

  #tell(outcome: SaveOutcome): void {
    this.outcome = outcome;
    // A refusal is an alert where it is shown; anything else is announced by the polite region,
    // which exists from the first render (a region inserted with its text is often not read).
    this.announcement = outcome.tone === 'danger' ? silence : announcement(outcome.text(this.t), this.t);
  }
}

/**
 * A translated sentence whose `{name}` placeholders hold markup (or text): the words in the
 * reader's order, each part where its placeholder stands.
 */
function withParts(message: string, parts: Readonly<Record<string, unknown>>): unknown[] {
  return message.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && name in parts ? parts[name] : piece;
  });
}

/**
 * How many optional and required emails the settings listed last time, for the next loading shape.
 * First time, the usual list: two emails a payer chooses, three always sent.
 */
const shapeKeys = { optional: 'alis-notification-settings:optional', required: 'alis-notification-settings:required' } as const;

/** The loading shape: the address sentence, the emails to choose with Save, and those always sent, as bones. */
function renderSettingsSkeleton(): TemplateResult {
  const optional = likelyRows.read(shapeKeys.optional, 2, 12);
  const required = likelyRows.read(shapeKeys.required, 3, 12);
  const item = (lines: number) => html`<li class="notice-item">
    <div class="choice">${bone('m')}</div>
    ${Array.from({ length: lines }, () => html`<p>${bone('l')}</p>`)}
  </li>`;
  return html`
    <p class="address">${bone('l')}${bone('m')}</p>
    ${optional > 0
      ? html`<div class="form-shape">
          <div class="fieldset-shape">
            <h3>${bone('s')}</h3>
            <ul class="notices">
              ${Array.from({ length: optional }, () => item(1))}
            </ul>
          </div>
          <div class="save">${bone('s', 'control')}</div>
        </div>`
      : nothing}
    ${required > 0
      ? html`<div class="required">
          <h3>${bone('s')}</h3>
          <ul class="notices">
            ${Array.from({ length: required }, () => html`<li class="notice-item">${Array.from({ length: 3 }, () => html`<p>${bone('l')}</p>`)}</li>`)}
          </ul>
        </div>`
      : nothing}
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-notification-settings': AlisNotificationSettings;
  }
}
