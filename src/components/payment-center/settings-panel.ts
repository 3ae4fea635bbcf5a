import { css, html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles, token } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { renderLoading, renderNotice, renderLoadTask } from '../shared/states.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/index.js';
import { switchConsequences, switchedOffNow, type SwitchConsequence } from '../../core/switch-consequences.js';
import { portalOffMessage } from '../../core/billing-access.js';
import { formatDayCount } from '../../core/format.js';
import { formatAmountForInput, parseAmount } from '../../core/amount.js';
import { CARD_FUNDINGS, feeConsequences, FUNDING_LABELS, refundPolicySentence, type FeeRules } from '../../core/fee-words.js';
import { panelStyles } from './undeposited-panel.styles.js';
import '../audit-trail/audit-trail.js';
import type { AlisClient } from '../../sdk/index.js';
import type { AllocationPolicy, BillingOffice, CardFunding, CommunitySettings, FeeOnRefund, UpdateSettingsRequest } from '../../sdk/types.js';
import { basisPointsAsPercentNumber, parsePercent } from '../../core/percent.js';

/** The fields of the settings form, named as the API names them (so `validation_failed` fields land on them). */
export type SettingsField =
  | Exclude<keyof UpdateSettingsRequest, 'billingOffice'>
  | 'billingOffice.name'
  | 'billingOffice.phone'
  | 'billingOffice.email'
  | 'billingOffice.hours';

/** `client` is whose session the view was loaded in: another user's view is never shown. */
type SettingsView = ({ kind: 'settings'; settings: CommunitySettings } | { kind: 'staff-only' }) & { client: AlisClient };

/** What the form holds: the switches and policy as values, the fees, office and days as the text typed. */
interface SettingsDraft {
  gatewayEnabled: boolean;
  portalEnabled: boolean;
  cardFee: string;
  bankFee: string;
  allocationPolicy: AllocationPolicy;
  officeName: string;
  officePhone: string;
  officeEmail: string;
  officeHours: string;
  leadDays: string;
  cardSurchargesProhibited: boolean;
  cardFeeFundings: CardFunding[];
  /** Flat parts and caps as typed; blank is no flat part / no cap. */
  cardFlat: string;
  cardCap: string;
  bankFlat: string;
  bankCap: string;
  feeOnRefund: FeeOnRefund;
}

/** The fee settings the draft holds once its amounts are read; null parts could not be read. */
interface DraftFees {
  cardFeeFlatCents: number | null;
  cardFeeCapCents: number | null | undefined;
  bankFeeFlatCents: number | null;
  bankFeeCapCents: number | null | undefined;
}

const refundPolicies: readonly { value: FeeOnRefund; label: string }[] = [
  { value: 'kept', label: 'Keep the convenience fee' },
  { value: 'refunded', label: 'Give the fee back in proportion (all of it on a full refund)' },
];

/** The advance notice of a pull may be set from 1 to 30 days. */
const MAX_LEAD_DAYS = 30;

/** The API's ceiling for either convenience fee: 300 basis points (3.00%). */
const MAX_FEE_BASIS_POINTS = 300;

const policies: readonly { value: AllocationPolicy; label: string; explanation: string }[] = [
  {
    value: 'oldest_first',
    label: 'Oldest first',
    explanation: 'A payment settles the invoice with the oldest due date first, then the next oldest, until it is used up.',
  },
  {
    value: 'newest_first',
    label: 'Most recent first',
    explanation: 'A payment settles the most recently due invoice first, then older ones.',
  },
  {
    value: 'unapplied_credit',
    label: 'Leave unapplied as credit',
    explanation: 'A payment is kept as a credit on the account, and the billing team applies it to invoices themselves.',
  },
];

const fieldIds: Record<SettingsField, string> = {
  gatewayEnabled: 'gateway',
  portalEnabled: 'portal',
  cardFeeBasisPoints: 'card-fee',
  bankFeeBasisPoints: 'bank-fee',
  cardSurchargesProhibited: 'card-surcharges-off',
  cardFeeFundings: 'card-fee-credit',
  cardFeeFlatCents: 'card-fee-flat',
  cardFeeCapCents: 'card-fee-cap',
  bankFeeFlatCents: 'bank-fee-flat',
  bankFeeCapCents: 'bank-fee-cap',
  feeOnRefund: 'fee-on-refund-kept',
  allocationPolicy: 'policy-oldest_first',
  'billingOffice.name': 'office-name',
  'billingOffice.phone': 'office-phone',
  'billingOffice.email': 'office-email',
  'billingOffice.hours': 'office-hours',
  pullNoticeLeadDays: 'notice-days',
};

type TextType = 'text' | 'tel' | 'email';

/** The office's fields as the draft holds them (not the signed-in user's own details, so no autofill). */
const officeFields = [
  { field: 'billingOffice.name', key: 'officeName', label: 'Name payers ask for', type: 'text', max: 100, hint: 'e.g. “Business office”. Required.' },
  { field: 'billingOffice.phone', key: 'officePhone', label: 'Phone', type: 'tel', max: 40, hint: 'Optional.' },
  { field: 'billingOffice.email', key: 'officeEmail', label: 'Email', type: 'email', max: 254, hint: 'Optional.' },
  { field: 'billingOffice.hours', key: 'officeHours', label: 'Hours', type: 'text', max: 100, hint: 'As payers should read them, e.g. “Monday to Friday, 9 AM to 5 PM”. Optional.' },
] as const satisfies readonly { field: SettingsField; key: keyof SettingsDraft; label: string; type: TextType; max: number; hint: string }[];

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
 * `<alis-audit-trail>`, which must be registered) lists every change with its before and after.
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
  static override styles = [
    hostStyles,
    commonStyles,
    staffStyles,
    panelStyles,
    css`
      form {
        display: grid;
        gap: ${token('space-l')};
        max-width: 40rem;
      }
      fieldset {
        display: grid;
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
    saving: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for the fee examples; the browser's language when unset. */
  declare locale: string | undefined;

  /** The form's values; null until the settings load. */
  declare private draft: SettingsDraft | null;
  /** The settings as the engine last returned them (what "changed" is measured against). */
  declare private saved: CommunitySettings | null;
  declare private fieldErrors: Partial<Record<SettingsField, string>>;
  declare private formError: string | null;
  /** The outcome of the last Save, announced politely. */
  declare private message: string;
  declare private saving: boolean;

  /** Whose settings form this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: async ([client], { signal }): Promise<SettingsView | undefined> => {
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      // Who the user is first: a payer's token asks for nothing more.
      const me = await api.session.me({ signal });
      if (!isStaff(me)) return { kind: 'staff-only', client };
      const settings = await api.settings.get({ signal });
      this.#adopt(settings);
      return { kind: 'settings', client, settings };
    },
  });

  constructor() {
    super();
    this.draft = null;
    this.saved = null;
    this.fieldErrors = {};
    this.formError = null;
    this.message = '';
    this.saving = false;
    this.#session.reloads(this.#loadTask);
  }

  /** Another user signed in (or out): nothing typed, refused or saved by the previous user stays. */
  #forgetUser(): void {
    this.draft = null;
    this.saved = null;
    this.fieldErrors = {};
    this.formError = null;
    this.message = '';
    this.saving = false;
  }

  /** Loads the settings again, discarding unsaved changes. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  protected override render() {
    return html`
      <section class="layout" aria-labelledby="settings-heading">
        <h3 id="settings-heading" part="heading">Billing settings</h3>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const client = this.#session.client;
    if (!client) return renderNotice(missingClientMessage, 'danger');
    return renderLoadTask(this.#loadTask, {
      loading: 'Loading the billing settings…',
      subject: 'billing settings',
      retry: () => this.refresh(),
      // While another user's settings load, the previous user's form is not kept on screen.
      view: (view) => (view.client === client ? this.#renderView(view) : renderLoading('Loading the billing settings…')),
    });
  }

  #renderView(view: SettingsView): TemplateResult {
    if (view.kind === 'staff-only') return renderStaffOnly('Billing settings');
    const draft = this.draft;
    const saved = this.saved;
    if (!draft || !saved) return renderLoading('Loading the billing settings…');
    const offNow = switchedOffNow(saved);
    const consequences = switchConsequences(saved, draft);
    const feeLines = feeConsequences(saved, this.#draftRules(draft, saved), this.locale);
    const explained = consequences.length > 0 || feeLines.length > 0;
    return html`
      ${offNow.length === 0
        ? nothing
        : html`<div class="notice" part="notice" data-tone="warning" role="status" data-switched-off>
            <p>${offNow.join(' ')}</p>
          </div>`}
      <form part="form" novalidate @submit=${this.#save}>
        <fieldset>
          <legend>ALIS Pay and ALIS Connect</legend>
          <p class="hint">Payers pay online only while both are on. The billing team's pulls, voids and refunds need only ALIS Pay.</p>
          ${this.#renderSwitch('gatewayEnabled', 'ALIS Pay', 'the payment gateway: saving cards and bank accounts, payments, and the billing team’s pulls, voids and refunds', draft.gatewayEnabled)}
          ${this.#renderSwitch('portalEnabled', 'ALIS Connect', 'the portal where families sign in to see and pay their bills', draft.portalEnabled)}
        </fieldset>
        <fieldset>
          <legend>Convenience fees</legend>
          <p class="hint">
            Charged on top of a payment, in percent with up to two decimals, from 0 to 3.00%. The engine stores basis points:
            ${basisPointsAsPercentNumber(250, this.locale)}% = 250 basis points. Fees are rounded half-up to the cent.
          </p>
          ${this.#renderFee('cardFeeBasisPoints', 'card-fee', 'Card convenience fee', draft.cardFee)}
          ${this.#renderFee('bankFeeBasisPoints', 'bank-fee', 'Bank account convenience fee', draft.bankFee)}
          ${this.#renderFeeRules(draft)}
        </fieldset>
        <fieldset aria-describedby=${this.fieldErrors.allocationPolicy ? 'policy-error' : nothing}>
          <legend>How Pay Outstanding applies a payment</legend>
          ${policies.map(
            (policy) => html`
              <label class="option">
                <input
                  type="radio"
                  name="allocationPolicy"
                  id=${`policy-${policy.value}`}
                  .value=${policy.value}
                  .checked=${draft.allocationPolicy === policy.value}
                  aria-describedby=${`policy-${policy.value}-explanation`}
                  @change=${() => this.#edit({ allocationPolicy: policy.value }, 'allocationPolicy')}
                />
                <span>
                  <strong>${policy.label}</strong>
                  <span class="hint" id=${`policy-${policy.value}-explanation`}>${policy.explanation}</span>
                </span>
              </label>
            `,
          )}
          ${this.fieldErrors.allocationPolicy ? html`<p class="field-error" id="policy-error">${this.fieldErrors.allocationPolicy}</p>` : nothing}
        </fieldset>
        <fieldset>
          <legend>Billing office contact</legend>
          <p class="hint">
            Every payer widget names this office when it sends someone to the billing team: while ALIS Connect is off, when a profile
            includes no billing, or when an invoice is addressed to someone else.
          </p>
          ${officeFields.map((f) => this.#renderText(f.field, f.label, draft[f.key], (value) => this.#edit({ [f.key]: value }, f.field), f))}
        </fieldset>
        <fieldset>
          <legend>Advance notice of billing-team pulls</legend>
          ${this.#renderText('pullNoticeLeadDays', 'Days before each pull', draft.leadDays, (value) => this.#edit({ leadDays: value }, 'pullNoticeLeadDays'), {
            type: 'text',
           
            max: 2,
            inputmode: 'numeric',
            className: 'days',
            hint: `Payers whose billing team pulls are emailed the amount, method and date this many days before each pull (1 to ${MAX_LEAD_DAYS}). 10 is the default because of Nacha's rule for recurring debits whose amount varies: the payer must be told the amount and date at least 10 days before.`,
          })}
        </fieldset>
        ${this.formError ? html`<p class="problem" role="alert" data-form-error>${this.formError}</p>` : nothing}
        ${explained ? this.#renderConsequences(consequences, feeLines, draft, saved) : nothing}
        <div class="actions">
          <button
            type="submit"
            class="primary"
            data-action="save"
            aria-disabled=${this.saving ? 'true' : 'false'}
            aria-describedby=${explained ? 'consequences' : nothing}
          >
            ${this.saving ? 'Saving…' : 'Save settings'}
          </button>
          <button type="button" data-action="reset" @click=${this.#reset}>Undo changes</button>
        </div>
        <p class="confirmation" part="message" role="status" aria-live="polite" data-message>${this.message}</p>
      </form>
      <alis-audit-trail
        .collapsible=${true}
        .client=${this.#session.client}
        .subjectType=${'settings'}
        .subjectId=${'community'}
        .heading=${'History of these settings'}
        .headingLevel=${4}
        .pageSize=${10}
        .locale=${this.locale}
      ></alis-audit-trail>
    `;
  }

  /** What the switches that changed will do, next to Save; portal off quotes what payers will read. */
  #renderConsequences(consequences: SwitchConsequence[], feeLines: string[], draft: SettingsDraft, saved: CommunitySettings): TemplateResult {
    const office = draftOffice(draft) ?? saved.billingOffice;
    return html`
      <div class="consequences" part="consequences" id="consequences" data-consequences>
        <p><strong>When you save:</strong></p>
        ${consequences.map(
          (c) => html`<p data-consequence=${c.field}>
            ${c.text}
            ${c.field === 'portalEnabled' && !c.on
              ? html`Payers will read: <span class="quote">“${portalOffMessage({ communityName: saved.communityName, billingOffice: office })}”</span>`
              : nothing}
          </p>`,
        )}
        ${feeLines.map((line) => html`<p data-fee-consequence>${line}</p>`)}
      </div>
    `;
  }

  /**
   * Who pays a fee and on what: the surcharge switch, which cards pay the card fee, a flat part and
   * a cap per method type, and whether refunds give the fee back.
   */
  #renderFeeRules(draft: SettingsDraft): TemplateResult {
    const fundingsError = this.fieldErrors.cardFeeFundings;
    const refundError = this.fieldErrors.feeOnRefund;
    const money = { type: 'text' as const, max: 16, inputmode: 'decimal' as const, className: 'days' };
    return html`
      ${this.#renderSwitch(
        'cardSurchargesProhibited',
        'Card surcharges are not allowed in our state',
        'no card pays a convenience fee while this is on, whatever else is set here. This is a setting, not legal advice: check your state’s rules with your own advisor',
        draft.cardSurchargesProhibited,
      )}
      <fieldset aria-describedby=${`card-fee-fundings-hint${fundingsError ? ' card-fee-fundings-error' : ''}`}>
        <legend>Cards that pay the card fee</legend>
        <p class="hint" id="card-fee-fundings-hint">
          Card network rules forbid surcharging debit and prepaid cards, so by default only credit cards pay. A card whose type the
          card network does not report counts as unknown.
        </p>
        ${CARD_FUNDINGS.map(
          (funding) => html`
            <label class="option" for=${`card-fee-${funding}`}>
              <input
                type="checkbox"
                id=${`card-fee-${funding}`}
                name="cardFeeFundings"
                .value=${funding}
                .checked=${draft.cardFeeFundings.includes(funding)}
                ?disabled=${draft.cardSurchargesProhibited}
                @change=${(event: Event) => this.#toggleFunding(funding, (event.currentTarget as HTMLInputElement).checked)}
              />
              <span><strong>${FUNDING_LABELS[funding]}</strong></span>
            </label>
          `,
        )}
        ${fundingsError ? html`<p class="field-error" id="card-fee-fundings-error" data-field-error="cardFeeFundings">${fundingsError}</p>` : nothing}
      </fieldset>
      ${this.#renderText('cardFeeFlatCents', 'Card fee: flat part', draft.cardFlat, (value) => this.#edit({ cardFlat: value }, 'cardFeeFlatCents'), {
        ...money,
        hint: 'Added to the percentage on each card payment that pays the fee. Leave blank for none.',
      })}
      ${this.#renderText('cardFeeCapCents', 'Card fee: at most', draft.cardCap, (value) => this.#edit({ cardCap: value }, 'cardFeeCapCents'), {
        ...money,
        hint: 'The most one card payment pays in fees. Leave blank for no cap.',
      })}
      ${this.#renderText('bankFeeFlatCents', 'Bank account fee: flat part', draft.bankFlat, (value) => this.#edit({ bankFlat: value }, 'bankFeeFlatCents'), {
        ...money,
        hint: 'Added to the percentage on each bank account payment. Leave blank for none.',
      })}
      ${this.#renderText('bankFeeCapCents', 'Bank account fee: at most', draft.bankCap, (value) => this.#edit({ bankCap: value }, 'bankFeeCapCents'), {
        ...money,
        hint: 'The most one bank account payment pays in fees. Leave blank for no cap.',
      })}
      <fieldset aria-describedby=${refundError ? 'fee-on-refund-error' : nothing}>
        <legend>When a payment is refunded</legend>
        ${refundPolicies.map(
          (policy) => html`
            <label class="option">
              <input
                type="radio"
                name="feeOnRefund"
                id=${`fee-on-refund-${policy.value}`}
                .value=${policy.value}
                .checked=${draft.feeOnRefund === policy.value}
                aria-describedby=${`fee-on-refund-${policy.value}-explanation`}
                @change=${() => this.#edit({ feeOnRefund: policy.value }, 'feeOnRefund')}
              />
              <span>
                <strong>${policy.label}</strong>
                <span class="hint" id=${`fee-on-refund-${policy.value}-explanation`}>${refundPolicySentence(policy.value)}</span>
              </span>
            </label>
          `,
        )}
        ${refundError ? html`<p class="field-error" id="fee-on-refund-error">${refundError}</p>` : nothing}
      </fieldset>
    `;
  }

  #toggleFunding(funding: CardFunding, on: boolean): void {
    const current = this.draft?.cardFeeFundings ?? [];
    const next = on ? [...current, funding] : current.filter((f) => f !== funding);
    this.#edit({ cardFeeFundings: CARD_FUNDINGS.filter((f) => next.includes(f)) }, 'cardFeeFundings');
  }

  /** The draft's amounts read as cents: null where the text cannot be read, undefined caps stay as saved. */
  #draftFees(draft: SettingsDraft): DraftFees {
    const options = { locale: this.locale, currency: this.saved?.currency };
    const flat = (text: string): number | null => {
      const read = parseAmount(text, options);
      return read.kind === 'empty' ? 0 : read.kind === 'ok' ? read.cents : null;
    };
    const cap = (text: string): number | null | undefined => {
      const read = parseAmount(text, options);
      return read.kind === 'empty' ? null : read.kind === 'ok' && read.cents > 0 ? read.cents : undefined;
    };
    return { cardFeeFlatCents: flat(draft.cardFlat), cardFeeCapCents: cap(draft.cardCap), bankFeeFlatCents: flat(draft.bankFlat), bankFeeCapCents: cap(draft.bankCap) };
  }

  /** The fee rules the draft would save, parts that cannot be read yet taken as saved. */
  #draftRules(draft: SettingsDraft, saved: CommunitySettings): FeeRules {
    const fees = this.#draftFees(draft);
    const card = parseFee(draft.cardFee, this.locale);
    const bank = parseFee(draft.bankFee, this.locale);
    return {
      currency: saved.currency,
      cardFeeBasisPoints: card.ok ? card.basisPoints : saved.cardFeeBasisPoints,
      bankFeeBasisPoints: bank.ok ? bank.basisPoints : saved.bankFeeBasisPoints,
      cardFeeFundings: draft.cardFeeFundings,
      cardFeeFlatCents: fees.cardFeeFlatCents ?? saved.cardFeeFlatCents,
      cardFeeCapCents: fees.cardFeeCapCents === undefined ? saved.cardFeeCapCents : fees.cardFeeCapCents,
      bankFeeFlatCents: fees.bankFeeFlatCents ?? saved.bankFeeFlatCents,
      bankFeeCapCents: fees.bankFeeCapCents === undefined ? saved.bankFeeCapCents : fees.bankFeeCapCents,
      cardSurchargesProhibited: draft.cardSurchargesProhibited,
      feeOnRefund: draft.feeOnRefund,
    };
  }

  #renderText(
    field: SettingsField,
    label: string,
    value: string,
    onInput: (value: string) => void,
    options: { type: TextType; max: number; hint: string; inputmode?: 'numeric' | 'decimal'; className?: string },
  ): TemplateResult {
    const id = fieldIds[field];
    const error = this.fieldErrors[field];
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          name=${field}
          type=${options.type}
          class=${options.className ?? 'wide'}
          inputmode=${options.inputmode ?? nothing}
          autocomplete="off"
          maxlength=${options.max}
          .value=${value}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${`${id}-hint${error ? ` ${id}-error` : ''}`}
          @input=${(event: Event) => onInput((event.currentTarget as HTMLInputElement).value)}
        />
        <span class="hint" id=${`${id}-hint`}>${options.hint}</span>
        ${error ? html`<p class="field-error" id=${`${id}-error`} data-field-error=${field}>${error}</p>` : nothing}
      </div>
    `;
  }

  #renderSwitch(field: 'gatewayEnabled' | 'portalEnabled' | 'cardSurchargesProhibited', name: string, what: string, on: boolean): TemplateResult {
    const id = fieldIds[field];
    const error = this.fieldErrors[field];
    return html`
      <label class="option" for=${id}>
        <input
          type="checkbox"
          role="switch"
          id=${id}
          name=${field}
          .checked=${on}
          aria-describedby=${`${id}-what${error ? ` ${id}-error` : ''}`}
          @change=${(event: Event) => this.#edit({ [field]: (event.currentTarget as HTMLInputElement).checked }, field)}
        />
        <span>
          <strong>${name} <span class="state" aria-hidden="true">(${on ? 'on' : 'off'})</span></strong>
          <span class="hint" id=${`${id}-what`}>${what.charAt(0).toUpperCase()}${what.slice(1)}.</span>
        </span>
      </label>
      ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    `;
  }

  #renderFee(field: 'cardFeeBasisPoints' | 'bankFeeBasisPoints', id: string, label: string, text: string): TemplateResult {
    const error = this.fieldErrors[field];
    const parsed = parseFee(text, this.locale);
    const equivalence = parsed.ok ? `${basisPointsAsPercentNumber(parsed.basisPoints, this.locale)}% = ${parsed.basisPoints} basis points.` : '';
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <span class="percent">
          <input
            id=${id}
            name=${field}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            .value=${text}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${`${id}-bp${error ? ` ${id}-error` : ''}`}
            @input=${(event: Event) => this.#edit(field === 'cardFeeBasisPoints' ? { cardFee: (event.currentTarget as HTMLInputElement).value } : { bankFee: (event.currentTarget as HTMLInputElement).value }, field)}
          />
          <span aria-hidden="true">%</span>
        </span>
        <span class="hint" id=${`${id}-bp`} data-basis-points=${field}>${equivalence || 'Percent, e.g. 2.50.'}</span>
        ${error ? html`<p class="field-error" id=${`${id}-error`} data-field-error=${field}>${error}</p>` : nothing}
      </div>
    `;
  }

  /** Takes the engine's settings as both the saved state and the form's values. */
  #adopt(settings: CommunitySettings): void {
    this.saved = settings;
    this.draft = {
      gatewayEnabled: settings.gatewayEnabled,
      portalEnabled: settings.portalEnabled,
      cardFee: basisPointsAsPercentNumber(settings.cardFeeBasisPoints, this.locale),
      bankFee: basisPointsAsPercentNumber(settings.bankFeeBasisPoints, this.locale),
      allocationPolicy: settings.allocationPolicy,
      officeName: settings.billingOffice.name,
      officePhone: settings.billingOffice.phone ?? '',
      officeEmail: settings.billingOffice.email ?? '',
      officeHours: settings.billingOffice.hours ?? '',
      leadDays: String(settings.pullNoticeLeadDays),
      cardSurchargesProhibited: settings.cardSurchargesProhibited,
      cardFeeFundings: [...settings.cardFeeFundings],
      cardFlat: this.#amountText(settings.cardFeeFlatCents, settings.currency),
      cardCap: settings.cardFeeCapCents === null ? '' : this.#amountText(settings.cardFeeCapCents, settings.currency),
      bankFlat: this.#amountText(settings.bankFeeFlatCents, settings.currency),
      bankCap: settings.bankFeeCapCents === null ? '' : this.#amountText(settings.bankFeeCapCents, settings.currency),
      feeOnRefund: settings.feeOnRefund,
    };
    this.fieldErrors = {};
    this.formError = null;
  }

  /** Cents for an amount field; zero is blank (no flat part). */
  #amountText(cents: number, currency: string): string {
    return cents === 0 ? '' : formatAmountForInput(cents, { locale: this.locale, currency });
  }

  #edit(change: Partial<SettingsDraft>, field: SettingsField): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    if (this.fieldErrors[field]) {
      const { [field]: _cleared, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
    this.message = '';
  }

  #reset(): void {
    if (this.saved) this.#adopt(this.saved);
    this.message = 'Your changes were undone.';
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    const draft = this.draft;
    const saved = this.saved;
    // Set before the first await, so a second press while saving sends nothing.
    if (!api || !draft || !saved || this.saving) return;
    this.formError = null;
    this.message = '';
    const errors: Partial<Record<SettingsField, string>> = {};
    const card = parseFee(draft.cardFee, this.locale);
    const bank = parseFee(draft.bankFee, this.locale);
    if (!card.ok) errors.cardFeeBasisPoints = card.error;
    if (!bank.ok) errors.bankFeeBasisPoints = bank.error;
    const leadDays = parseLeadDays(draft.leadDays);
    if (leadDays === null) errors.pullNoticeLeadDays = `Enter a whole number of days from 1 to ${MAX_LEAD_DAYS}.`;
    const office = draftOffice(draft);
    if (office === null) errors['billingOffice.name'] = 'Enter the name payers should ask for, e.g. “Business office”.';
    const fees = this.#draftFees(draft);
    const amountError = 'Enter an amount such as 1.00, or leave it blank.';
    if (fees.cardFeeFlatCents === null) errors.cardFeeFlatCents = amountError;
    if (fees.bankFeeFlatCents === null) errors.bankFeeFlatCents = amountError;
    if (fees.cardFeeCapCents === undefined) errors.cardFeeCapCents = 'Enter the most a fee may be, such as 50.00, or leave it blank for no cap.';
    if (fees.bankFeeCapCents === undefined) errors.bankFeeCapCents = 'Enter the most a fee may be, such as 50.00, or leave it blank for no cap.';
    if (Object.keys(errors).length > 0) {
      this.fieldErrors = errors;
      await this.#focusFirstError();
      return;
    }
    const change: UpdateSettingsRequest = {};
    if (draft.gatewayEnabled !== saved.gatewayEnabled) change.gatewayEnabled = draft.gatewayEnabled;
    if (draft.portalEnabled !== saved.portalEnabled) change.portalEnabled = draft.portalEnabled;
    if (card.ok && card.basisPoints !== saved.cardFeeBasisPoints) change.cardFeeBasisPoints = card.basisPoints;
    if (bank.ok && bank.basisPoints !== saved.bankFeeBasisPoints) change.bankFeeBasisPoints = bank.basisPoints;
    if (draft.allocationPolicy !== saved.allocationPolicy) change.allocationPolicy = draft.allocationPolicy;
    if (leadDays !== null && leadDays !== saved.pullNoticeLeadDays) change.pullNoticeLeadDays = leadDays;
    // The API takes the office whole: all four parts, blanks as null.
    if (office !== null && !sameOffice(office, saved.billingOffice)) change.billingOffice = office;
    if (draft.cardSurchargesProhibited !== saved.cardSurchargesProhibited) change.cardSurchargesProhibited = draft.cardSurchargesProhibited;
    if (draft.cardFeeFundings.join() !== saved.cardFeeFundings.join()) change.cardFeeFundings = draft.cardFeeFundings;
    if (fees.cardFeeFlatCents !== null && fees.cardFeeFlatCents !== saved.cardFeeFlatCents) change.cardFeeFlatCents = fees.cardFeeFlatCents;
    if (fees.cardFeeCapCents !== undefined && fees.cardFeeCapCents !== saved.cardFeeCapCents) change.cardFeeCapCents = fees.cardFeeCapCents;
    if (fees.bankFeeFlatCents !== null && fees.bankFeeFlatCents !== saved.bankFeeFlatCents) change.bankFeeFlatCents = fees.bankFeeFlatCents;
    if (fees.bankFeeCapCents !== undefined && fees.bankFeeCapCents !== saved.bankFeeCapCents) change.bankFeeCapCents = fees.bankFeeCapCents;
    if (draft.feeOnRefund !== saved.feeOnRefund) change.feeOnRefund = draft.feeOnRefund;
    if (Object.keys(change).length === 0) {
      this.fieldErrors = {};
      this.message = 'Nothing to save: no setting was changed.';
      return;
    }
    this.saving = true;
    const consequences = switchConsequences(saved, draft);
    const feeLines = feeConsequences(saved, this.#draftRules(draft, saved), this.locale);
    try {
      const updated = await api.settings.update(change);
      this.#adopt(updated);
      this.message = [`Settings saved: ${describeChange(change, updated, this.locale)}.`, ...consequences.map((c) => c.text), ...feeLines].join(' ');
      // An open History shows the change at once (a closed one loads afresh when opened).
      void this.renderRoot.querySelector('alis-audit-trail')?.refresh();
    } catch (error) {
      // Another user signed in (their form starts afresh), or the panel left the page mid-save.
      if (isSessionAbort(error)) {
        if (this.saved === saved) this.formError = 'The settings may not have been saved. Save again to be sure.';
        return;
      }
      this.#showRefusal(error);
      await this.#focusFirstError();
    } finally {
      this.saving = false;
    }
  }

  #showRefusal(error: unknown): void {
    if (!isAlisApiError(error)) {
      this.formError =
        error instanceof AlisNetworkError
          ? 'We could not reach the billing service, so the settings may not have been saved. Check your connection and save again.'
          : 'Something went wrong while saving. Please save again.';
      return;
    }
    const fields: Partial<Record<SettingsField, string>> = {};
    const unplaced: string[] = [];
    for (const [path, text] of Object.entries(error.fields)) {
      // A refusal of the whole office (`billingOffice`) is shown at its first field.
      const field = path === 'billingOffice' ? 'billingOffice.name' : path;
      if (field in fieldIds) fields[field as SettingsField] = text;
      else unplaced.push(text);
    }
    this.fieldErrors = fields;
    // A refusal that names no field of the form (e.g. `forbidden`) is shown above Save, in the engine's words.
    if (Object.keys(fields).length === 0 || unplaced.length > 0) this.formError = [error.message, ...unplaced].join(' ');
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first = (Object.keys(fieldIds) as SettingsField[]).find((field) => this.fieldErrors[field]);
    const target = first
      ? first === 'allocationPolicy'
        ? this.renderRoot.querySelector<HTMLElement>('input[name="allocationPolicy"]:checked')
        : this.renderRoot.querySelector<HTMLElement>(`#${fieldIds[first]}`)
      : this.renderRoot.querySelector<HTMLElement>('[data-form-error]');
    if (target && !target.hasAttribute('tabindex') && target.matches('p')) target.setAttribute('tabindex', '-1');
    target?.focus();
  }
}

type FeeParse = { ok: true; basisPoints: number } | { ok: false; error: string };

/** A fee typed in percent ("1.75", "1,75", "2", "0.5 %") as whole basis points, or the sentence saying what to type. */
function parseFee(text: string, locale?: string): FeeParse {
  const parsed = parsePercent(text, { min: 0, max: MAX_FEE_BASIS_POINTS });
  if (parsed.ok) return parsed;
  switch (parsed.refusal) {
    case 'not_a_percent':
      return { ok: false, error: 'Enter the fee in percent, such as 2.50 (or 0 for no fee).' };
    case 'too_many_decimals':
      return { ok: false, error: 'Use at most two decimals, such as 1.75: fees are whole basis points.' };
    case 'out_of_range':
      return { ok: false, error: `The fee can be at most ${basisPointsAsPercentNumber(MAX_FEE_BASIS_POINTS, locale)}% (${MAX_FEE_BASIS_POINTS} basis points).` };
  }
}

/** The lead time typed, as whole days from 1 to 30, or null. */
function parseLeadDays(text: string): number | null {
  const match = /^\s*(\d{1,2})\s*$/.exec(text);
  const days = match ? Number(match[1]) : NaN;
  return Number.isInteger(days) && days >= 1 && days <= MAX_LEAD_DAYS ? days : null;
}

/** The office as the draft holds it, trimmed, blanks as null; null when it has no name. */
function draftOffice(draft: SettingsDraft): BillingOffice | null {
  const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());
  const name = draft.officeName.trim();
  if (name === '') return null;
  return { name, phone: optional(draft.officePhone), email: optional(draft.officeEmail), hours: optional(draft.officeHours) };
}

function sameOffice(a: BillingOffice, b: BillingOffice): boolean {
  return a.name === b.name && a.phone === b.phone && a.email === b.email && a.hours === b.hours;
}

function describeChange(change: UpdateSettingsRequest, settings: CommunitySettings, locale: string | undefined): string {
  const parts: string[] = [];
  if (change.gatewayEnabled !== undefined) parts.push(`ALIS Pay ${settings.gatewayEnabled ? 'on' : 'off'}`);
  if (change.portalEnabled !== undefined) parts.push(`ALIS Connect ${settings.portalEnabled ? 'on' : 'off'}`);
  if (change.cardFeeBasisPoints !== undefined) {
    parts.push(`card fee ${basisPointsAsPercentNumber(settings.cardFeeBasisPoints, locale)}% (${settings.cardFeeBasisPoints} basis points)`);
  }
  if (change.bankFeeBasisPoints !== undefined) {
    parts.push(`bank fee ${basisPointsAsPercentNumber(settings.bankFeeBasisPoints, locale)}% (${settings.bankFeeBasisPoints} basis points)`);
  }
  if (change.allocationPolicy !== undefined) {
    parts.push(`allocation “${policies.find((p) => p.value === settings.allocationPolicy)?.label ?? settings.allocationPolicy}”`);
  }
  if (change.billingOffice !== undefined) parts.push('the billing office’s contact');
  if (change.pullNoticeLeadDays !== undefined) parts.push(`advance notice ${formatDayCount(settings.pullNoticeLeadDays, locale)} before each pull`);
  if (change.cardSurchargesProhibited !== undefined) parts.push(`card surcharges ${settings.cardSurchargesProhibited ? 'not allowed' : 'allowed'}`);
  if (change.cardFeeFundings !== undefined || change.cardFeeFlatCents !== undefined || change.cardFeeCapCents !== undefined) parts.push('who pays the card fee and how much');
  if (change.bankFeeFlatCents !== undefined || change.bankFeeCapCents !== undefined) parts.push('the bank account fee’s flat part and cap');
  if (change.feeOnRefund !== undefined) parts.push(settings.feeOnRefund === 'kept' ? 'refunds keep the fee' : 'refunds give the fee back');
  return parts.join(', ');
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-settings': AlisPcSettings;
  }
}
