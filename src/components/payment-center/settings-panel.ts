import { css, html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles, token } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { renderLoading, settled, renderNotice, renderSessionLoad } from '../shared/states.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { switchConsequences, switchedOffNow } from '../../core/switch-consequences.js';
import { CARD_FUNDINGS, feeConsequences } from '../../core/fee-words.js';
import { describeSettingsChange, draftFromSettings, draftRules, readSettingsDraft, type SettingsDraft, type SettingsErrors, type SettingsField } from '../../core/settings-draft.js';
import { refusalSentence, refusedFieldSentence } from '../../core/refusal-words.js';
import { renderSettingsForm, settingsFieldIds } from './settings-form.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { PendingAction } from '../shared/pending-action.js';
import { panelStyles } from './undeposited-panel.styles.js';
import { auditTrailPart } from './on-demand-parts.js';
import { sayAll, wordsByKey, type Words } from './live-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CardFunding, CommunitySettings } from '../../sdk/types.js';

export type { SettingsField } from '../../core/settings-draft.js';

/** `client` is whose session the view was loaded in: another user's view is never shown. */
type SettingsView = ({ kind: 'settings'; settings: CommunitySettings } | { kind: 'staff-only' }) & { client: AlisClient };

/**
 * The community's billing settings: whether the payment gateway (ALIS Pay) and the portal (ALIS
 * Connect) are on, the card and bank convenience fees, typed in percent with two decimals and saved
 * as basis points (2.50% = 250), who pays a fee and on what (the "card surcharges are not allowed
 * in our state" switch — a setting, not legal advice — which card fundings pay the card fee, a flat
 * part and a cap per method type, and whether refunds give the fee back), how Pay Outstanding
 * allocates a payment, the billing office's
 * contact (which every payer widget names when it sends people to the office) and how many days
 * before a billing-team pull the payer is emailed its amount, method and date (1–30; 10 by
 * default, Nacha's rule for debits whose amount varies).
 *
 * Next to **Save**, before anything is saved, it says what a fee change will do (e.g. "Debit and
 * prepaid cards will pay no fee.") and what each switch that changed will do (ALIS
 * Connect off: payers cannot sign in to see or pay, every payer widget shows the office contact,
 * invitations cannot be accepted; ALIS Pay off: nobody can save methods or pay, and staff cannot
 * pull, void, refund or present again). **Save** sends only what changed and announces the
 * outcome; the engine's refusals show at their field. **History of these settings** (an
 * `<alis-audit-trail>`, loaded with the settings) lists every change with its before and after.
 *
 * @tagname alis-pc-settings
 * @summary The Payment Center's Settings: switches, fees, allocation, office contact and notices.
 *
 * @csspart heading - The panel's heading.
 * @csspart form - The settings form.
 * @csspart notice - State messages (loading, a switch that is off, errors, staff only).
 * @csspart consequences - What the switch changes will do, shown next to Save.
 * @csspart message - The outcome of Save.
 *
 * @cssprop --alis-color-primary - Switches, radio buttons and the Save button.
 * @cssprop --alis-color-border - Field borders.
 * @cssprop --alis-color-warning - The "switched off" notice and the consequences of a switch change.
 * @cssprop --alis-color-danger - Field errors.
 * @cssprop --alis-target-size - Minimum size of fields, switches and buttons (44px).
 */
export class AlisPcSettings extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [
    hostStyles,
    commonStyles,
    staffStyles,
    panelStyles,
    css`
      /* minmax(0, …): the columns may shrink below their content, so 320px in large text never
         scrolls sideways. */
      form {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: ${token('space-l')};
        max-width: 40rem;
      }
      fieldset {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: ${token('space-s')};
        margin: 0;
        padding: ${token('space-m')};
        min-width: 0;
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius')};
      }
      legend {
        font-weight: 700;
        padding: 0 ${token('space-xs')};
      }
      .option {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: 0 ${token('space-s')};
        align-items: start;
        min-height: ${token('target-size')};
        padding-block: ${token('space-xs')};
        cursor: pointer;
      }
      .option input {
        margin: 0.6rem 0 0;
      }
      .option strong {
        display: block;
        padding-top: 0.5rem;
      }
      .state {
        font-weight: 400;
        color: ${token('color-text-muted')};
      }
      .field {
        display: grid;
        gap: ${token('space-xs')};
      }
      .field label {
        font-size: ${token('font-size')};
      }
      .percent {
        display: flex;
        align-items: center;
        gap: ${token('space-xs')};
      }
      .percent input {
        width: 7rem;
      }
      .hint {
        color: ${token('color-text-muted')};
        font-size: ${token('font-size-small')};
      }
      input[aria-invalid='true'] {
        border-color: ${token('color-danger')};
      }
      .actions {
        align-items: center;
      }
      .field input.wide {
        width: 100%;
        max-width: 28rem;
        box-sizing: border-box;
      }
      .field input.days {
        width: 6rem;
      }
      .consequences {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        /* The portal's words quoted may hold an email address, which has no spaces to wrap at. */
        overflow-wrap: anywhere;
        gap: ${token('space-xs')};
        padding: ${token('space-s')} ${token('space-m')};
        border-inline-start: 4px solid ${token('color-warning')};
        background: ${token('color-warning-surface')};
      }
      .consequences p {
        margin: 0;
      }
      .quote {
        font-style: italic;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    locale: {},
    draft: { state: true, attribute: false },
    saved: { state: true, attribute: false },
    fieldErrors: { state: true, attribute: false },
    formError: { state: true, attribute: false },
    message: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for the fee examples; the browser's language when unset. */
  declare locale: string | undefined;

  /** The form's values; null until the settings load. */
  declare private draft: SettingsDraft | null;
  /** The settings as the engine last returned them (what "changed" is measured against). */
  declare private saved: CommunitySettings | null;
  /** What to type instead, by field, said in the words in force. */
  declare private fieldErrors: Partial<Record<SettingsField, Words>>;
  declare private formError: Words | null;
  /** The outcome of the last Save, announced politely; null when there is none to say. */
  declare private message: Words | null;

  /** Whose settings form this is; another user's session starts afresh (see `#startAfresh`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#startAfresh() });

  /** A Save is being sent: a second press sends nothing. */
  readonly #saving = new PendingAction(this);

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    // A payer's token asks for nothing more than who they are.
    task: loadAfterMe(this.#session, async ({ api, client, me, signal }): Promise<SettingsView> => {
      if (!isStaff(me)) return { kind: 'staff-only', client };
      // The settings' history under the form: its code comes with the settings (for staff only).
      auditTrailPart.prefetch();
      const settings = await api.settings.get({ signal });
      this.#adopt(settings);
      return { kind: 'settings', client, settings };
    }),
  });

  constructor() {
    super();
    this.#startAfresh();
    this.#session.reloads(this.#loadTask);
  }

  /**
   * Nothing typed, refused or saved: how the form starts, and how it starts again when another user
   * signs in (or out), so nothing of the previous user's stays.
   */
  #startAfresh(): void {
    this.draft = null;
    this.saved = null;
    this.fieldErrors = {};
    this.formError = null;
    this.message = null;
    this.#saving.reset();
  }

  protected override render() {
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="settings-heading">
        <h3 id="settings-heading" part="heading">${t('Billing settings')}</h3>
        ${renderSessionLoad(this.#session.client, this.#loadTask, {
          loading: t('Loading the billing settings…'),
          subject: 'billing settings',
          t,
          retry: () => this.refresh(),
          view: (view) => this.#renderView(view),
        })}
      </section>
    `;
  }

  /** Loads the settings again, discarding unsaved changes. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  #renderView(view: SettingsView): TemplateResult {
    const t = this.t;
    if (view.kind === 'staff-only') return renderStaffOnly(t.ctx('staff only: what', 'Billing settings'), t);
    const draft = this.draft;
    const saved = this.saved;
    if (!draft || !saved) return renderLoading(t('Loading the billing settings…'));
    const offNow = switchedOffNow(saved, t);
    return html`
      ${offNow.length === 0 ? nothing : renderNotice(offNow.join(' '), 'warning', { kind: 'switched-off' })}
      ${renderSettingsForm({
        t,
        draft,
        saved,
        errors: sayAll(this.fieldErrors, t) as SettingsErrors,
        formError: this.formError?.(t) ?? null,
        message: this.message?.(t) ?? '',
        saving: this.#saving.busy,
        locale: this.formatLocale,
        consequences: switchConsequences(saved, draft, t),
        feeLines: feeConsequences(saved, draftRules(draft, saved, this.formatLocale), this.formatLocale, t),
        edit: (change, field) => this.#edit(change, field),
        toggleFunding: (funding, on) => this.#toggleFunding(funding, on),
        save: (event) => void this.#save(event),
        reset: () => this.#reset(),
      })}
      <alis-audit-trail
        .collapsible=${true}
        .client=${this.#session.client}
        .subjectType=${'settings'}
        .subjectId=${'community'}
        .heading=${t('History of these settings')}
        .headingLevel=${4}
        .pageSize=${10}
        .locale=${this.locale}
      ></alis-audit-trail>
    `;
  }

  /** Takes the engine's settings as both the saved state and the form's values. */
  #adopt(settings: CommunitySettings): void {
    this.saved = settings;
    this.draft = draftFromSettings(settings, this.formatLocale);
    this.fieldErrors = {};
    this.formError = null;
  }

  #edit(change: Partial<SettingsDraft>, field: SettingsField): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    if (this.fieldErrors[field]) {
      const { [field]: _cleared, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
    this.message = null;
  }

  #toggleFunding(funding: CardFunding, on: boolean): void {
    const current = this.draft?.cardFeeFundings ?? [];
    const next = on ? [...current, funding] : current.filter((f) => f !== funding);
    this.#edit({ cardFeeFundings: CARD_FUNDINGS.filter((f) => next.includes(f)) }, 'cardFeeFundings');
  }

  #reset(): void {
    if (this.saved) this.#adopt(this.saved);
    this.message = (t) => t('Your changes were undone.');
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    const draft = this.draft;
    const saved = this.saved;
    // Set before the first await, so a second press while saving sends nothing.
    if (!api || !draft || !saved || this.#saving.busy) return;
    this.formError = null;
    this.message = null;
    // The draft's amounts were typed as this locale writes them.
    const typedIn = this.formatLocale;
    const reading = readSettingsDraft(draft, saved, typedIn);
    if (!reading.ok) {
      this.fieldErrors = wordsByKey((t) => {
        const read = readSettingsDraft(draft, saved, typedIn, t);
        return read.ok ? {} : read.errors;
      });
      await this.#focusFirstError();
      return;
    }
    const change = reading.change;
    if (Object.keys(change).length === 0) {
      this.fieldErrors = {};
      this.message = (t) => t('Nothing to save: no setting was changed.');
      return;
    }
    const rules = draftRules(draft, saved, typedIn);
    await this.#saving.run(() => api.settings.update(change), {
      answered: (updated) => {
        this.#adopt(updated);
        // What Save did, and what the switches and fees that changed do, said as before the save.
        this.message = (t) => {
          const changes = describeSettingsChange(change, updated, this.formatLocale, t);
          const consequences = switchConsequences(saved, draft, t).map((c) => c.text);
          return [t('Settings saved: {changes}.', { changes }), ...consequences, ...feeConsequences(saved, rules, this.formatLocale, t)].join(' ');
        };
        // An open History shows the change at once (a closed one loads afresh when opened).
        void this.renderRoot.querySelector('alis-audit-trail')?.refresh();
      },
      refused: async (error) => {
        this.#showRefusal(error);
        await this.#focusFirstError();
      },
      // Another user signed in (their form starts afresh), or the panel left the page mid-save.
      aborted: () => {
        if (this.saved === saved) this.formError = (t) => t('The settings may not have been saved. Save again to be sure.');
      },
    });
  }

  #showRefusal(error: unknown): void {
    if (!isAlisApiError(error)) {
      this.formError =
        error instanceof AlisNetworkError
          ? (t) => t('We could not reach the billing service, so the settings may not have been saved. Check your connection and save again.')
          : (t) => t('Something went wrong while saving. Please save again.');
      return;
    }
    const said = (t: Translate) => {
      const fields: SettingsErrors = {};
      const unplaced: string[] = [];
      for (const [path, text] of Object.entries(error.fields)) {
        // A refusal of the whole office (`billingOffice`) is shown at its first field.
        const field = path === 'billingOffice' ? 'billingOffice.name' : path;
        const sentence = refusedFieldSentence(text, t);
        if (field in settingsFieldIds) fields[field as SettingsField] = sentence;
        else unplaced.push(sentence);
      }
      return { fields, unplaced };
    };
    this.fieldErrors = wordsByKey((t) => said(t).fields);
    // A refusal that names no field of the form (e.g. `forbidden`) is shown above Save, in the engine's words (ours for other languages).
    const { fields, unplaced } = said(this.t);
    if (Object.keys(fields).length === 0 || unplaced.length > 0) this.formError = (t) => [refusalSentence(error, t), ...said(t).unplaced].join(' ');
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first = (Object.keys(settingsFieldIds) as SettingsField[]).find((field) => this.fieldErrors[field]);
    const target = first
      ? first === 'allocationPolicy'
        ? this.renderRoot.querySelector<HTMLElement>('input[name="allocationPolicy"]:checked')
        : this.renderRoot.querySelector<HTMLElement>(`#${settingsFieldIds[first]}`)
      : this.renderRoot.querySelector<HTMLElement>('[data-form-error]');
    if (target && !target.hasAttribute('tabindex') && target.matches('p')) target.setAttribute('tabindex', '-1');
    target?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-settings': AlisPcSettings;
  }
}
