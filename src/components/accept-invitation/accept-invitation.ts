import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientSentence } from '../shared/client-consumer.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { renderLoadError, renderLoading, renderNotice, settled } from '../shared/states.js';
import { announcement, renderAnnouncement, silence, type Announcement, type Words } from '../shared/live-words.js';
import { PendingAction } from '../shared/pending-action.js';
import { describeParty, describePermission, profileLimits } from '../../core/access-words.js';
import { businessOffice, describeAcceptRefusal, linkProblemOf, linkProblemWords, type InvitationLinkProblem } from '../../core/invitation-words.js';
import { formatDateTime } from '../../core/format.js';
import type { Translate } from '../../core/i18n/translate.js';
import { AlisInvitationAcceptedEvent } from '../../events/staff-events.js';
import { isAlisApiError } from '../../sdk/errors.js';
import { acceptInvitationStyles } from './accept-invitation.styles.js';
import type { AlisClient } from '../../sdk/index.js';
import type { InvitationPreview, Session } from '../../sdk/types.js';

export type { InvitationLinkProblem };

/**
 * What the element shows: the invitation to accept, the welcome after accepting, why the link
 * cannot be used, or that the community has switched the resident portal off for now.
 */
export type AcceptInvitationState = 'loading' | 'preview' | 'accepted' | InvitationLinkProblem | 'portal_off' | 'error';

/**
 * The page an invited person lands on from the link in their invitation email; no one is signed in,
 * the token in the link is the credential. It shows who invited them, for which resident, as whom
 * and with which access, asks for their name (filled in from the invitation) and accepts. Then it
 * fires `alis-invitation-accepted` with the new session, so the host page signs them in, and
 * welcomes them.
 *
 * A link that expired, was already used or was replaced by a newer one says so in plain words, with
 * what to do: ask the community's business office to send the invitation again. While the
 * community has the resident portal switched off, it says so in one calm notice with the billing
 * office's contact, as the payer widgets do.
 *
 * It needs a client without a token: inside an `<alis-billing-provider>` that has none, or through
 * its `client` property.
 *
 * @tagname alis-accept-invitation
 * @summary Accepts a portal invitation from its emailed link.
 *
 * @fires {AlisInvitationAcceptedEvent} alis-invitation-accepted - The invitation was accepted; `session.token` signs the new user in.
 *
 * @csspart heading - The heading (the invitation, the welcome, or the link's problem).
 * @csspart notice - State messages (loading, expired, used, invalid link, portal switched off, errors).
 * @csspart details - The invitation's details: who invited whom, for which resident, with which access.
 * @csspart form - The name field and the accept button.
 * @csspart welcome - What the new user sees once they have accepted.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-text-muted - Secondary text.
 * @cssprop --alis-color-primary - The accept button.
 * @cssprop --alis-color-surface - Background of the card.
 * @cssprop --alis-color-border - Card and field borders.
 * @cssprop --alis-color-success - The welcome.
 * @cssprop --alis-color-warning - The notice of an expired or used link.
 * @cssprop --alis-color-danger - Errors.
 * @cssprop --alis-radius - Corner radius.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisAcceptInvitation extends AlisElement {
  static override styles = [hostStyles, commonStyles, staffStyles, acceptInvitationStyles];

  static override properties = {
    client: { attribute: false },
    token: {},
    heading: {},
    locale: {},
    displayName: { state: true, attribute: false },
    nameError: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    session: { state: true, attribute: false },
    refusal: { state: true, attribute: false },
    portalOff: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`; it needs no token. */
  declare client: AlisClient | undefined;

  /** The invitation token from the emailed link (`?token=…`). */
  declare token: string | undefined;

  /** The heading above the invitation; “Your invitation”, in the reader's language, when unset. */
  declare heading: string | undefined;

  /** BCP 47 locale for dates; the browser's language when unset. */
  declare locale: string | undefined;

  /** The name as the person typed it; until they type, the invitation's name is offered. */
  declare private displayName: string | null;
  /** What is wrong with the name, said in the words in force. */
  declare private nameError: Words | null;
  /** Why accepting failed, above the button, said in the words in force. */
  declare private problem: Words | null;
  /** The session from accepting, once accepted. */
  declare private session: Session | null;
  /** An accept refused because the link is no longer usable. */
  declare private refusal: InvitationLinkProblem | null;
  /** The engine's sentence when accepting was refused because the portal was switched off meanwhile. */
  declare private portalOff: Words | null;
  declare private announcement: Announcement;

  /** The connection the page uses; another signed-in user's starts the page afresh (see `#startAgain`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#startAgain() });
  #moveFocus = false;
  /** Accepting: the button waits, and a second press sends nothing. */
  readonly #accepting = new PendingAction(this);

  readonly #previewTask = new Task(this, {
    args: () => [this.#session.client, this.token] as const,
    task: async ([client, token], { signal }): Promise<InvitationPreview | undefined> => {
      const api = this.#session.requireApi();
      return client && api && token ? api.invitations.get(token, { signal }) : undefined;
    },
  });

  /**
   * The community's time zone (the public `/community`), so the expiry reads as in the invitation
   * email; until it arrives, or if it cannot, the viewer's zone, still named.
   */
  readonly #zoneTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: async ([client], { signal }): Promise<string | undefined> => {
      const api = this.#session.requireApi();
      return client && api ? (await api.community.get({ signal })).timeZone : undefined;
    },
  });

  constructor() {
    super();
    this.heading = undefined;
    this.#startAgain();
    this.#session.reloads(this.#previewTask);
    this.#session.reloads(this.#zoneTask);
  }

  /** What is on screen now. */
  get state(): AcceptInvitationState {
    if (!this.token?.trim()) return 'missing';
    if (this.session) return 'accepted';
    if (this.refusal) return this.refusal;
    if (this.portalOff !== null) return 'portal_off';
    if (this.#previewTask.status === TaskStatus.ERROR && !isSessionAbort(this.#previewTask.error)) {
      const error = this.#previewTask.error;
      return linkProblemOf(error) ?? (isAlisApiError(error) && error.code === 'portal_disabled' ? 'portal_off' : 'error');
    }
    return this.#previewTask.value ? 'preview' : 'loading';
  }

  /** Resolves when the invitation has been looked up (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#previewTask);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another link: start again.
    if (changed.has('token') && changed.get('token') !== undefined) this.#startAgain();
  }

  /**
   * Another link, or another user signed in (or out) on this computer: nothing typed, refused or
   * welcomed before stays on screen or in the live region.
   */
  #startAgain(): void {
    this.displayName = null;
    this.nameError = null;
    this.problem = null;
    this.#accepting.reset();
    this.session = null;
    this.refusal = null;
    this.portalOff = null;
    this.announcement = silence;
  }

  protected override updated(): void {
    if (this.#moveFocus) {
      this.#moveFocus = false;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  protected override render() {
    return html`
      <section class="card" aria-labelledby="heading" data-state=${this.state}>
        ${this.#renderBody()}
        ${renderAnnouncement(this.announcement, this.t)}
      </section>
    `;
  }

  #heading(text: string): TemplateResult {
    return html`<h2 id="heading" part="heading" tabindex="-1">${text}</h2>`;
  }

  #renderBody(): TemplateResult {
    const t = this.t;
    const heading = this.heading ?? t('Your invitation');
    const opening = () => html`${this.#heading(heading)}${renderLoading(t('Opening your invitation…'))}`;
    if (!this.token?.trim()) return this.#renderLinkProblem('missing', undefined, t);
    if (!this.#session.client) return html`${this.#heading(heading)}${renderNotice(missingClientSentence(t), 'danger')}`;
    const preview = this.#previewTask.value;
    if (this.session) return this.#renderWelcome(this.session, preview, t);
    if (this.refusal) return this.#renderLinkProblem(this.refusal, preview, t);
    // Switched off while the invitation was open: the same calm notice as when it was off from the start.
    if (this.portalOff !== null) return html`${this.#heading(heading)}${renderNotice(this.portalOff(t), 'info')}`;
    // Not renderLoadTask: a new lookup shows "Opening…" rather than the previous link's invitation,
    // and a link problem replaces the heading too.
    return this.#previewTask.render({
      initial: opening,
      pending: opening,
      error: (error) => {
        if (isSessionAbort(error)) return opening();
        const problem = linkProblemOf(error);
        return problem
          ? this.#renderLinkProblem(problem, undefined, t)
          : html`${this.#heading(heading)}${renderLoadError(error, 'invitation', () => this.#previewTask.run(), undefined, t)}`;
      },
      complete: (value) => (value ? this.#renderPreview(value, heading, t) : opening()),
    }) as TemplateResult;
  }

  #renderPreview(preview: InvitationPreview, heading: string, t: Translate): TemplateResult {
    const name = this.displayName ?? preview.party.name;
    const limits = profileLimits(preview.profile, t);
    return html`
      ${this.#heading(heading)}
      <p class="lead">
        ${t("{inviter} of {community} invited you to the resident portal, to see {resident}'s billing.", {
          inviter: preview.invitedBy,
          community: preview.communityName,
          resident: preview.residentName,
        })}
      </p>
      <dl class="details" part="details">
        <div>
          <dt>${t('Invited by')}</dt>
          <dd>${preview.invitedBy}, ${preview.communityName}</dd>
        </div>
        <div>
          <dt>${t('Resident')}</dt>
          <dd>${preview.residentName}</dd>
        </div>
        <div>
          <dt>${t('You are')}</dt>
          <dd>${describeParty(preview.party, t)}</dd>
        </div>
        <div>
          <dt>${t('You sign in with')}</dt>
          <dd class="email">${preview.email}</dd>
        </div>
        <div>
          <dt>${t('Your access')}</dt>
          <dd>
            <span class="profile-name">${preview.profile.name}</span>
            <ul class="permissions" aria-label=${t('What you will be able to do')}>
              ${preview.profile.permissions.map((p) => html`<li data-permission=${p}>${describePermission(p, t)}</li>`)}
              ${limits.map((text) => html`<li class="limit">${text}</li>`)}
            </ul>
          </dd>
        </div>
        <div>
          <dt>${t('The link works until')}</dt>
          <dd><time datetime=${preview.expiresAt}>${formatDateTime(preview.expiresAt, this.#zoneTask.value, this.formatLocale)}</time></dd>
        </div>
      </dl>
      <form part="form" novalidate @submit=${(event: SubmitEvent) => this.#accept(event, preview)}>
        <div class="field">
          <label for="display-name">${t('Your name')}</label>
          <p class="muted hint" id="display-name-hint">${t("How {community}'s billing team will see you.", { community: preview.communityName })}</p>
          <input
            id="display-name"
            name="displayName"
            autocomplete="name"
            maxlength="100"
            aria-describedby=${this.nameError ? 'display-name-hint display-name-error' : 'display-name-hint'}
            aria-invalid=${this.nameError ? 'true' : 'false'}
            .value=${live(name)}
            ?disabled=${this.#accepting.busy}
            @input=${this.#onNameInput}
          />
          ${this.nameError ? html`<p class="field-error" id="display-name-error">${this.nameError(t)}</p>` : nothing}
        </div>
        ${this.problem ? renderNotice(this.problem(t), 'danger') : nothing}
        <div class="actions">
          <button type="submit" class="primary" data-action="accept" ?disabled=${this.#accepting.busy}>
            ${this.#accepting.busy ? t('Accepting…') : t('Accept invitation')}
          </button>
        </div>
      </form>
    `;
  }

  #renderWelcome(session: Session, preview: InvitationPreview | undefined, t: Translate): TemplateResult {
    const resident = preview?.residentName ?? '';
    return html`
      ${this.#heading(t('Welcome, {name}', { name: session.user.displayName }))}
      <div class="welcome" part="welcome">
        <p class="confirmation">
          ${preview ? t('You accepted the invitation from {community}.', { community: preview.communityName }) : t('You accepted the invitation.')}
        </p>
        <p>
          ${preview
            ? preview.profile.permissions.includes('pay_bills')
              ? t("You can now see {resident}'s billing and pay online.", { resident })
              : t("You can now see {resident}'s billing.", { resident })
            : nothing}
          ${withParts(t('From now on, sign in with {email}.'), { email: html`<span class="email">${session.user.email}</span>` })}
        </p>
      </div>
    `;
  }

  #renderLinkProblem(problem: InvitationLinkProblem, preview: InvitationPreview | undefined, t: Translate): TemplateResult {
    const { title, text } = linkProblemWords(problem, businessOffice(preview?.communityName, t), t);
    return html`${this.#heading(title)}${renderNotice(text, 'warning', { kind: problem })}`;
  }

  #onNameInput(event: Event): void {
    this.displayName = (event.target as HTMLInputElement).value;
    this.nameError = null;
  }

  async #accept(event: SubmitEvent, preview: InvitationPreview): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    const token = this.token;
    if (!api || !token || this.#accepting.busy) return;
    const displayName = (this.displayName ?? preview.party.name).trim();
    this.problem = null;
    if (displayName === '') {
      this.nameError = (t) => t('Enter your name.');
      this.announcement = announcement(this.t('Enter your name to accept the invitation.'), this.t);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#display-name')?.focus();
      return;
    }
    this.nameError = null;
    await this.#accepting.run(() => api.invitations.accept(token, { displayName }), {
      answered: (session) => {
        this.session = session;
        this.announcement = announcement(this.t('Welcome, {name}. You accepted the invitation.', { name: session.user.displayName }), this.t);
        this.#moveFocus = true;
        this.emit(new AlisInvitationAcceptedEvent(session));
      },
      refused: (error) => this.#showRefusal(error),
    });
  }

  /** Shows why accepting failed where it belongs: instead of the form, at the name field, or above the button. */
  async #showRefusal(error: unknown): Promise<void> {
    const t = this.t;
    const refusal = describeAcceptRefusal(error, t);
    // Kept as the refusal, said in the words in force when drawn.
    const message = (words: Translate) => {
      const again = describeAcceptRefusal(error, words);
      return again.kind === 'link' ? '' : again.message;
    };
    switch (refusal.kind) {
      case 'link':
        this.refusal = refusal.problem;
        this.announcement = announcement(refusal.announcement, t);
        this.#moveFocus = true;
        return;
      case 'portal_off':
        this.portalOff = message;
        this.announcement = announcement(refusal.message, t);
        this.#moveFocus = true;
        return;
      case 'name':
        this.nameError = message;
        break;
      case 'problem':
        this.problem = message;
    }
    this.announcement = announcement(refusal.announcement, t);
    await this.updateComplete;
    const target = this.nameError ? this.renderRoot.querySelector<HTMLElement>('#display-name') : this.renderRoot.querySelector<HTMLElement>('form .notice');
    if (target && !this.nameError) target.tabIndex = -1;
    target?.focus();
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

declare global {
  interface HTMLElementTagNameMap {
    'alis-accept-invitation': AlisAcceptInvitation;
  }
}
