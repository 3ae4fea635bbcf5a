// The Settings panel's form, drawn from the panel's state: the switches, the fees and who pays
// them, allocation, the office contact and the notice days, with what Save will do beside it. Plain
// render functions, so the element keeps only loading, saving and focus.
import { html, nothing, type TemplateResult } from 'lit';
import { CARD_FUNDINGS, fundingLabel, refundPolicySentence } from '../../core/fee-words.js';
import { basisPointsAsPercentNumber } from '../../core/percent.js';
import { portalOffMessage } from '../../core/billing-access.js';
import {
  ALLOCATION_POLICIES,
  draftOffice,
  MAX_LEAD_DAYS,
  parseFee,
  REFUND_POLICIES,
  type SettingsDraft,
  type SettingsErrors,
  type SettingsField,
} from '../../core/settings-draft.js';
import type { SwitchConsequence } from '../../core/switch-consequences.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { CardFunding, CommunitySettings } from '../../sdk/types.js';

/** The id of each field's control, where a refusal of that field moves focus. */
export const settingsFieldIds: Record<SettingsField, string> = {
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

/** What the form draws from, and what it calls back. */
export interface SettingsForm {
  /** The words in the reader's language. */
  t: Translate;
  draft: SettingsDraft;
  saved: CommunitySettings;
  errors: SettingsErrors;
  formError: string | null;
  message: string;
  saving: boolean;
  locale: string | undefined;
  /** What the switches that changed will do, and the fee consequences, shown next to Save. */
  consequences: SwitchConsequence[];
  feeLines: string[];
  edit: (change: Partial<SettingsDraft>, field: SettingsField) => void;
  /** Checks or unchecks a card funding; read against the draft as it is then, two clicks in a row both count. */
  toggleFunding: (funding: CardFunding, on: boolean) => void;
  save: (event: SubmitEvent) => void;
  reset: () => void;
}

type TextType = 'text' | 'tel' | 'email';

/** A text field: its draft key, label, input type, length and hint. */
interface TextField {
  field: SettingsField;
  key: 'officeName' | 'officePhone' | 'officeEmail' | 'officeHours' | 'leadDays' | 'cardFlat' | 'cardCap' | 'bankFlat' | 'bankCap';
  label: string;
  type: TextType;
  max: number;
  hint: string;
  inputmode?: 'numeric' | 'decimal';
  className?: string;
}

/** The office's fields as the draft holds them (not the signed-in user's own details, so no autofill). */
function officeFields(t: Translate): readonly TextField[] {
  return [
    { field: 'billingOffice.name', key: 'officeName', label: t('Name payers ask for'), type: 'text', max: 100, hint: t('e.g. “Business office”. Required.') },
    { field: 'billingOffice.phone', key: 'officePhone', label: t('Phone'), type: 'tel', max: 40, hint: t('Optional.') },
    { field: 'billingOffice.email', key: 'officeEmail', label: t('Email'), type: 'email', max: 254, hint: t('Optional.') },
    {
      field: 'billingOffice.hours',
      key: 'officeHours',
      label: t('Hours'),
      type: 'text',
      max: 100,
      hint: t('As payers should read them, e.g. “Monday to Friday, 9 AM to 5 PM”. Optional.'),
    },
  ];
}

const money = { type: 'text', max: 16, inputmode: 'decimal', className: 'days' } as const;

/** Each method type's flat part and cap, typed as amounts. */
function feeAmountFields(t: Translate): readonly TextField[] {
  return [
    {
      ...money,
      field: 'cardFeeFlatCents',
      key: 'cardFlat',
      label: t('Card fee: flat part'),
      hint: t('Added to the percentage on each card payment that pays the fee. Leave blank for none.'),
    },
    { ...money, field: 'cardFeeCapCents', key: 'cardCap', label: t('Card fee: at most'), hint: t('The most one card payment pays in fees. Leave blank for no cap.') },
    {
      ...money,
      field: 'bankFeeFlatCents',
      key: 'bankFlat',
      label: t('Bank account fee: flat part'),
      hint: t('Added to the percentage on each bank account payment. Leave blank for none.'),
    },
    {
      ...money,
      field: 'bankFeeCapCents',
      key: 'bankCap',
      label: t('Bank account fee: at most'),
      hint: t('The most one bank account payment pays in fees. Leave blank for no cap.'),
    },
  ];
}

function leadDaysField(t: Translate): TextField {
  return {
    field: 'pullNoticeLeadDays',
    key: 'leadDays',
    label: t('Days before each pull'),
    type: 'text',
    max: 2,
    inputmode: 'numeric',
    className: 'days',
    hint: t(
      "Payers whose billing team pulls are emailed the amount, method and date this many days before each pull (1 to {max}). 10 is the default because of Nacha's rule for recurring debits whose amount varies: the payer must be told the amount and date at least 10 days before.",
      { max: MAX_LEAD_DAYS },
    ),
  };
}

const inputValue = (event: Event): string => (event.currentTarget as HTMLInputElement).value;
const inputChecked = (event: Event): boolean => (event.currentTarget as HTMLInputElement).checked;

/** A field's error under it; `marked` fields carry `data-field-error` for the tests and hosts that look for it. */
function renderFieldError(id: string, error: string | undefined, marked?: SettingsField): TemplateResult | typeof nothing {
  return error ? html`<p class="field-error" id=${`${id}-error`} data-field-error=${marked ?? nothing}>${error}</p>` : nothing;
}

/** The settings form, with its outcome line. */
export function renderSettingsForm(form: SettingsForm): TemplateResult {
  const { draft, errors, t } = form;
  const explained = form.consequences.length > 0 || form.feeLines.length > 0;
  return html`
    <form part="form" novalidate @submit=${form.save}>
      <fieldset>
        <legend>${t('ALIS Pay and ALIS Connect')}</legend>
        <p class="hint">${t("Payers pay online only while both are on. The billing team's pulls, voids and refunds need only ALIS Pay.")}</p>
        ${renderSwitch(form, 'gatewayEnabled', 'ALIS Pay', t('The payment gateway: saving cards and bank accounts, payments, and the billing team’s pulls, voids and refunds.'))}
        ${renderSwitch(form, 'portalEnabled', 'ALIS Connect', t('The portal where families sign in to see and pay their bills.'))}
      </fieldset>
      <fieldset>
        <legend>${t('Convenience fees')}</legend>
        <p class="hint">
          ${t(
            'Charged on top of a payment, in percent with up to two decimals, from 0 to 3.00%. The engine stores basis points: {percent}% = 250 basis points. Fees are rounded half-up to the cent.',
            { percent: basisPointsAsPercentNumber(250, form.locale) },
          )}
        </p>
        ${renderFee(form, 'cardFeeBasisPoints', t('Card convenience fee'))} ${renderFee(form, 'bankFeeBasisPoints', t('Bank account convenience fee'))}
        ${renderFeeRules(form)}
      </fieldset>
      <fieldset aria-describedby=${errors.allocationPolicy ? 'policy-error' : nothing}>
        <legend>${t('How Pay Outstanding applies a payment')}</legend>
        ${ALLOCATION_POLICIES.map((policy) =>
          renderRadio('allocationPolicy', 'policy', policy.value, policy.label(t), policy.explanation(t), draft.allocationPolicy === policy.value, () =>
            form.edit({ allocationPolicy: policy.value }, 'allocationPolicy'),
          ),
        )}
        ${renderFieldError('policy', errors.allocationPolicy)}
      </fieldset>
      <fieldset>
        <legend>${t('Billing office contact')}</legend>
        <p class="hint">
          ${t(
            'Every payer widget names this office when it sends someone to the billing team: while ALIS Connect is off, when a profile includes no billing, or when an invoice is addressed to someone else.',
          )}
        </p>
        ${officeFields(t).map((field) => renderText(form, field))}
      </fieldset>
      <fieldset>
        <legend>${t('Advance notice of billing-team pulls')}</legend>
        ${renderText(form, leadDaysField(t))}
      </fieldset>
      ${form.formError ? html`<p class="problem" role="alert" data-form-error>${form.formError}</p>` : nothing}
      ${explained ? renderConsequences(form) : nothing}
      <div class="actions">
        <button type="submit" class="primary" data-action="save" aria-disabled=${form.saving ? 'true' : 'false'} aria-describedby=${explained ? 'consequences' : nothing}>
          ${form.saving ? t('Saving…') : t('Save settings')}
        </button>
        <button type="button" data-action="reset" @click=${form.reset}>${t('Undo changes')}</button>
      </div>
      <p class="confirmation" part="message" role="status" aria-live="polite" data-message>${form.message}</p>
    </form>
  `;
}

/** What the switches that changed will do, next to Save; portal off quotes what payers will read. */
function renderConsequences(form: SettingsForm): TemplateResult {
  const { t } = form;
  const office = draftOffice(form.draft) ?? form.saved.billingOffice;
  return html`
    <div class="consequences" part="consequences" id="consequences" data-consequences>
      <p><strong>${t('When you save:')}</strong></p>
      ${form.consequences.map(
        (c) => html`<p data-consequence=${c.field}>
          ${c.text}
          ${c.field === 'portalEnabled' && !c.on
            ? html`${t('Payers will read:')} <span class="quote">“${portalOffMessage({ communityName: form.saved.communityName, billingOffice: office }, t)}”</span>`
            : nothing}
        </p>`,
      )}
      ${form.feeLines.map((line) => html`<p data-fee-consequence>${line}</p>`)}
    </div>
  `;
}

/**
 * Who pays a fee and on what: the surcharge switch, which cards pay the card fee, a flat part and
 * a cap per method type, and whether refunds give the fee back.
 */
function renderFeeRules(form: SettingsForm): TemplateResult {
  const { draft, errors, t } = form;
  return html`
    ${renderSwitch(
      form,
      'cardSurchargesProhibited',
      t('Card surcharges are not allowed in our state'),
      t('No card pays a convenience fee while this is on, whatever else is set here. This is a setting, not legal advice: check your state’s rules with your own advisor.'),
    )}
    <fieldset aria-describedby=${`card-fee-fundings-hint${errors.cardFeeFundings ? ' card-fee-fundings-error' : ''}`}>
      <legend>${t('Cards that pay the card fee')}</legend>
      <p class="hint" id="card-fee-fundings-hint">
        ${t(
          'Card network rules forbid surcharging debit and prepaid cards, so by default only credit cards pay. A card whose type the card network does not report counts as unknown.',
        )}
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
              @change=${(event: Event) => form.toggleFunding(funding, inputChecked(event))}
            />
            <span><strong>${fundingLabel(funding, t)}</strong></span>
          </label>
        `,
      )}
      ${renderFieldError('card-fee-fundings', errors.cardFeeFundings, 'cardFeeFundings')}
    </fieldset>
    ${feeAmountFields(t).map((field) => renderText(form, field))}
    <fieldset aria-describedby=${errors.feeOnRefund ? 'fee-on-refund-error' : nothing}>
      <legend>${t('When a payment is refunded')}</legend>
      ${REFUND_POLICIES.map((policy) =>
        renderRadio('feeOnRefund', 'fee-on-refund', policy.value, policy.label(t), refundPolicySentence(policy.value, 'now', t), draft.feeOnRefund === policy.value, () =>
          form.edit({ feeOnRefund: policy.value }, 'feeOnRefund'),
        ),
      )}
      ${renderFieldError('fee-on-refund', errors.feeOnRefund)}
    </fieldset>
  `;
}

/** One choice of a radio group, with its explanation read as its description. */
function renderRadio(
  name: 'allocationPolicy' | 'feeOnRefund',
  idPrefix: string,
  value: string,
  label: string,
  explanation: string,
  checked: boolean,
  onChoose: () => void,
): TemplateResult {
  const id = `${idPrefix}-${value}`;
  return html`
    <label class="option">
      <input type="radio" name=${name} id=${id} .value=${value} .checked=${checked} aria-describedby=${`${id}-explanation`} @change=${onChoose} />
      <span>
        <strong>${label}</strong>
        <span class="hint" id=${`${id}-explanation`}>${explanation}</span>
      </span>
    </label>
  `;
}

function renderText(form: SettingsForm, options: TextField): TemplateResult {
  const { field } = options;
  const id = settingsFieldIds[field];
  const error = form.errors[field];
  return html`
    <div class="field">
      <label for=${id}>${options.label}</label>
      <input
        id=${id}
        name=${field}
        type=${options.type}
        class=${options.className ?? 'wide'}
        inputmode=${options.inputmode ?? nothing}
        autocomplete="off"
        maxlength=${options.max}
        .value=${form.draft[options.key]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${`${id}-hint${error ? ` ${id}-error` : ''}`}
        @input=${(event: Event) => form.edit({ [options.key]: inputValue(event) }, field)}
      />
      <span class="hint" id=${`${id}-hint`}>${options.hint}</span>
      ${renderFieldError(id, error, field)}
    </div>
  `;
}

/** A switch named `name`, with `what` (a whole sentence) saying what it turns on or off. */
function renderSwitch(form: SettingsForm, field: 'gatewayEnabled' | 'portalEnabled' | 'cardSurchargesProhibited', name: string, what: string): TemplateResult {
  const { t } = form;
  const id = settingsFieldIds[field];
  const error = form.errors[field];
  const on = form.draft[field];
  return html`
    <label class="option" for=${id}>
      <input
        type="checkbox"
        role="switch"
        id=${id}
        name=${field}
        .checked=${on}
        aria-describedby=${`${id}-what${error ? ` ${id}-error` : ''}`}
        @change=${(event: Event) => form.edit({ [field]: inputChecked(event) }, field)}
      />
      <span>
        <strong>${name} <span class="state" aria-hidden="true">(${on ? t.ctx('switch state', 'on') : t.ctx('switch state', 'off')})</span></strong>
        <span class="hint" id=${`${id}-what`}>${what}</span>
      </span>
    </label>
    ${renderFieldError(id, error)}
  `;
}

function renderFee(form: SettingsForm, field: 'cardFeeBasisPoints' | 'bankFeeBasisPoints', label: string): TemplateResult {
  const { t } = form;
  const id = settingsFieldIds[field];
  const text = field === 'cardFeeBasisPoints' ? form.draft.cardFee : form.draft.bankFee;
  const error = form.errors[field];
  const parsed = parseFee(text, form.locale, t);
  const equivalence = parsed.ok
    ? t.plural(parsed.basisPoints, { one: '{percent}% = {count} basis point.', other: '{percent}% = {count} basis points.' }, { percent: basisPointsAsPercentNumber(parsed.basisPoints, form.locale) })
    : '';
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
          @input=${(event: Event) => form.edit(field === 'cardFeeBasisPoints' ? { cardFee: inputValue(event) } : { bankFee: inputValue(event) }, field)}
        />
        <span aria-hidden="true">%</span>
      </span>
      <span class="hint" id=${`${id}-bp`} data-basis-points=${field}>${equivalence || t('Percent, e.g. 2.50.')}</span>
      ${renderFieldError(id, error, field)}
    </div>
  `;
}
