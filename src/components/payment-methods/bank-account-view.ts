// The bank-account group's fields on screen: kept apart so the element holds only its state and events.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HOLDER_NAME_MAX_LENGTH, type BankAccountField, type BankAccountType } from '../../core/bank-account.js';
import type { Translate } from '../../core/i18n/translate.js';
import { keepInside, renderFieldError } from './field-group.js';

/** Every field of the group: the account's own, and the account number typed again. */
export type BankAccountFormField = BankAccountField | 'confirmAccountNumber';

/** The fields whose digits live only in their inputs. */
export type BankAccountNumberField = 'routingNumber' | 'accountNumber' | 'confirmAccountNumber';

const LABELS: Record<BankAccountFormField, (t: Translate) => string> = {
  holderName: (t) => t("Account holder's name"),
  accountType: (t) => t('Account type'),
  routingNumber: (t) => t('Routing number'),
  accountNumber: (t) => t('Account number'),
  confirmAccountNumber: (t) => t('Confirm account number'),
};

/** What the bank-account fields show, and where their events go. */
export interface BankAccountView {
  legend: string;
  holderName: string;
  accountType: BankAccountType;
  /** The message under each field now. */
  messages: Partial<Record<BankAccountFormField, string>>;
  disabled: boolean;
  onInput: (event: Event) => void;
  onChange: () => void;
  onBlur: (event: FocusEvent) => void;
  onAccountType: (event: Event) => void;
  /** The group's words, in the reader's language. */
  t: Translate;
}

/** The group: holder, account type, where to find the numbers, then the numbers, each with its label, hint and error. */
export function renderBankAccountFields(view: BankAccountView): TemplateResult {
  const { messages, t } = view;
  const invalid = (field: BankAccountFormField) => (messages[field] ? 'true' : 'false');
  // The numbers are never bound to a value: the input is the only place they exist.
  const number = (field: BankAccountNumberField, hint: string, maxlength?: number) => html`
    <div class="field">
      <label for=${field} part="label">${LABELS[field](t)}</label>
      <p id="${field}-hint" class="hint" part="hint">${hint}</p>
      <input
        id=${field}
        part="input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        autocapitalize="off"
        maxlength=${ifDefined(maxlength)}
        aria-required="true"
        aria-invalid=${invalid(field)}
        aria-describedby="${field}-hint ${field}-error"
        @input=${view.onInput}
        @change=${view.onChange}
        @blur=${view.onBlur}
      />
      ${renderFieldError(field, messages[field])}
    </div>
  `;
  return html`
    <fieldset part="fieldset" ?disabled=${view.disabled}>
      <legend part="legend">${view.legend}</legend>
      <div class="fields">
        <div class="field">
          <label for="holderName" part="label">${LABELS.holderName(t)}</label>
          <input
            id="holderName"
            part="input"
            type="text"
            autocomplete="name"
            maxlength=${HOLDER_NAME_MAX_LENGTH}
            .value=${live(view.holderName)}
            aria-required="true"
            aria-invalid=${invalid('holderName')}
            aria-describedby="holderName-error"
            @input=${view.onInput}
            @change=${view.onChange}
            @blur=${view.onBlur}
          />
          ${renderFieldError('holderName', messages.holderName)}
        </div>
        <fieldset class="account-type" aria-describedby="accountType-error">
          <legend part="label">${LABELS.accountType(t)}</legend>
          <div class="options">
            ${(['checking', 'savings'] as const).map(
              (type) => html`
                <label class="choice">
                  <input
                    type="radio"
                    name="account-type"
                    value=${type}
                    .checked=${live(view.accountType === type)}
                    @input=${keepInside}
                    @change=${view.onAccountType}
                  />
                  ${type === 'checking' ? t.ctx('account type', 'Checking') : t.ctx('account type', 'Savings')}
                </label>
              `,
            )}
          </div>
          ${renderFieldError('accountType', messages.accountType)}
        </fieldset>
        ${renderNumbersHelp(t)}
        ${number('routingNumber', t('The 9 digits at the bottom left of a check'), 9)}
        ${number('accountNumber', t('4 to 17 digits'))}
        ${number('confirmAccountNumber', t("Type it again, so a typo can't send a payment to the wrong account."))}
      </div>
    </fieldset>
  `;
}

/** "Where do I find these numbers?", with a sketch of the bottom of a check. */
function renderNumbersHelp(t: Translate): TemplateResult {
  return html`
    <details part="help">
      <summary><span>${t('Where do I find these numbers?')}</span></summary>
      <p>
        ${t(
          "They are printed along the bottom of a check. From the left: the 9-digit routing number, then your account number, then the check number. Your bank's app or statement shows them too.",
        )}
      </p>
      <div class="check" aria-hidden="true">
        <div><span class="digits">123456789</span><span class="caption">${t.ctx('check sketch', 'Routing')}</span></div>
        <div><span class="digits">0001234567</span><span class="caption">${t.ctx('check sketch', 'Account')}</span></div>
        <div><span class="digits">1001</span><span class="caption">${t.ctx('check sketch', 'Check')}</span></div>
      </div>
    </details>
  `;
}
