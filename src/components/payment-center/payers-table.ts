// The Payers panel's search form and table: one row a payer with balance, methods and arrangement in
// words, the buttons that open a flow, and the Details row (email, "Ask to add a payment method",
// history). Render functions over the panel's state; the flows themselves stay in the panel.
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { renderSortableHeader } from '../shared/staff.js';
import { renderListTable } from './list-table.js';
import { mark, renderMarked, unusableText } from './method-part.js';
import './request-payment-method.js';
import '../audit-trail/audit-trail.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { paymentMethodRequestsOffSentence } from '../../core/switch-consequences.js';
import { arrangementWords, canPull, endedWords, nextNoticeWords, payerRole, payersCaption, payerSortValue, type PayerSortKey } from '../../core/payer-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CommunitySettings, Payer, PaymentMethod } from '../../sdk/types.js';

/** What the search form and table draw from, and what they call back. */
export interface PayersTable {
  client: AlisClient | undefined;
  community: CommunitySettings;
  locale: string | undefined;
  /** The panel's words. */
  t: Translate;
  /** The search in force (payer or resident name). */
  search: string;
  sort: SortState<PayerSortKey> | null;
  /** Party ids of payers whose details are open. */
  detailsOpen: ReadonlySet<string>;
  onSearch: (event: SubmitEvent) => void;
  clearSearch: () => void;
  onSort: (next: SortState<PayerSortKey>) => void;
  toggleDetails: (partyId: string) => void;
  openEditor: (payer: Payer) => void;
  openCredit: (payer: Payer) => void;
  openPull: (payer: Payer) => void;
}

export function renderPayerSearch(table: PayersTable): TemplateResult {
  const { t } = table;
  return html`
    <form class="search" role="search" aria-label=${t('Payers')} @submit=${table.onSearch}>
      <div class="field">
        <label for="search">${t('Search by payer or resident name')}</label>
        <input id="search" name="search" type="search" maxlength="100" autocomplete="off" .value=${table.search} />
      </div>
      <button type="submit">${t('Search')}</button>
      ${table.search ? html`<button type="button" data-action="clear-search" @click=${table.clearSearch}>${t('Show all')}</button>` : nothing}
    </form>
  `;
}

/** The table (`part="table"`), busy while a reload runs with the old rows on screen. */
export function renderPayersTable(table: PayersTable, payers: Payer[], more: boolean, refreshing: boolean): TemplateResult {
  const { t } = table;
  const rows = sortRows(payers, table.sort, (payer, key) => payerSortValue(payer, key, table.locale, t));
  const header = (label: string, key: PayerSortKey, numeric = false) => renderSortableHeader(label, key, table.sort, table.onSort, { numeric });
  return renderListTable(
    payersCaption(table.search, payers.length, more, t),
    html`
      ${header(t('Payer'), 'payer')} ${header(t('Resident'), 'resident')} ${header(t('Outstanding'), 'outstanding', true)}
      ${header(t('Open invoices'), 'invoices', true)}
      <th role="columnheader" scope="col">${t('Saved methods')}</th>
      ${header(t('Arrangement'), 'arrangement')}
      <th role="columnheader" scope="col"><span class="visually-hidden">${t('Actions')}</span></th>
    `,
    rows.map((payer) => renderRow(table, payer)),
    refreshing,
  );
}

/**
 * A payer's row, and the row of their details. The payer's cell takes focus from the panel (not
 * the Tab key) when a flow closes and the button that opened it is gone, e.g. "Apply credit" once
 * all of it was applied.
 */
function renderRow(table: PayersTable, payer: Payer): TemplateResult {
  const { community, locale, t } = table;
  const name = payer.party.name;
  const next = payer.arrangement.mode === 'billing_team_pulls' ? payer.arrangement.nextPullDate : null;
  const open = table.detailsOpen.has(payer.party.id);
  const detailsId = `details-${payer.party.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const hasCredit = payer.creditOnAccount.amountCents > 0;
  return html`
    <tr role="row" data-payer-id=${payer.party.id}>
      <td role="cell" class="payer" data-label=${t('Payer')} tabindex="-1" data-payer-cell>
        <span class="who">
          <span class="name">${name}</span>
          <span class="muted small">${payerRole(payer.party.kind, payer.party.relationship, t)}</span>
        </span>
      </td>
      <td role="cell" data-label=${t('Resident')}>${payer.residentName}</td>
      <td role="cell" class="amount" data-label=${t('Outstanding')} data-outstanding>
        ${formatMoney(payer.outstanding, locale)}
        ${hasCredit
          ? html`<br /><span class="muted small" data-credit>${t('Credit on account {amount}', { amount: formatMoney(payer.creditOnAccount, locale) })}</span>`
          : nothing}
      </td>
      <td role="cell" class="amount" data-label=${t('Open invoices')} data-open-invoices>${payer.openInvoiceCount}</td>
      <td role="cell" data-label=${t('Saved methods')}>${renderMethods(payer.methods, t)}</td>
      <td role="cell" data-label=${t('Arrangement')} data-arrangement>
        <span class="arrangement">${renderUnbroken(arrangementWords(payer.arrangement, payer.outstanding.currency, locale, t))}</span>
        ${next ? html`<br /><span class="muted small">${renderUnbroken(t('Next pull {date}', { date: formatDate(next, locale) }))}</span>` : nothing}
        ${next ? html`<br /><span class="muted small" data-notice>${renderUnbroken(nextNoticeWords(payer.arrangement, community, locale, t))}</span>` : nothing}
        ${payer.arrangement.ended ? html`<br /><span class="small" data-ended>${renderUnbroken(endedWords(payer.arrangement.ended, locale, t))}</span>` : nothing}
      </td>
      <td role="cell" class="row-actions">
        <div class="actions">
          <button type="button" data-action="edit" @click=${() => table.openEditor(payer)}>
            ${t('Edit arrangement')}<span class="visually-hidden"> ${t('of {payer}', { payer: name })}</span>
          </button>
          ${hasCredit
            ? html`<button type="button" data-action="apply-credit" @click=${() => table.openCredit(payer)}>
                ${t('Apply credit')}<span class="visually-hidden"> ${t('of {payer}', { payer: name })}</span>
              </button>`
            : nothing}
          ${canPull(payer, community)
            ? html`<button type="button" class="primary" data-action="pull" @click=${() => table.openPull(payer)}>
                ${t('Pull payment')}<span class="visually-hidden"> ${t('from {payer}', { payer: name })}</span>
              </button>`
            : nothing}
          <button type="button" data-action="details" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => table.toggleDetails(payer.party.id)}>
            ${t('Details')}<span class="visually-hidden"> ${t('of {payer}', { payer: name })}</span>
          </button>
        </div>
      </td>
    </tr>
    <tr role="row" class="details-row" id=${detailsId} data-details-for=${payer.party.id} ?hidden=${!open}>
      <td role="cell" colspan="7">${open ? renderDetails(table, payer) : nothing}</td>
    </tr>
  `;
}

function renderDetails(table: PayersTable, payer: Payer): TemplateResult {
  const { t } = table;
  const name = payer.party.name;
  const requestsOff = paymentMethodRequestsOffSentence(table.community, t);
  // The request is part of the payer's history: the trail beside it shows it at once.
  const onRequested = (event: Event) => void (event.currentTarget as HTMLElement).querySelector('alis-audit-trail')?.refresh();
  return html`
    <div class="details-inner" @alis-payment-method-requested=${onRequested}>
      <p>
        ${payer.email
          ? renderMarked(t('Email: {email}', { email: mark(0) }), [html`<span data-email>${payer.email}</span>`])
          : html`<span class="muted">${t('No email on file.')}</span>`}
      </p>
      ${requestsOff
        ? html`<p class="muted" data-kind="request-off">${requestsOff}</p>`
        : // No email: the payer's address may be a contact's own, not a portal sign-in the request goes to.
          html`<alis-pc-request-method .client=${table.client} .partyId=${payer.party.id} .payerName=${name}></alis-pc-request-method>`}
      <alis-audit-trail
        .client=${table.client}
        .subjectType=${'payer'}
        .subjectId=${payer.party.id}
        .heading=${t('History of {payer}', { payer: name })}
        .headingLevel=${4}
        .pageSize=${5}
        .locale=${table.locale}
      ></alis-audit-trail>
    </div>
  `;
}

function renderMethods(methods: PaymentMethod[], t: Translate): TemplateResult {
  if (methods.length === 0) return html`<span class="muted">${t('None saved')}</span>`;
  return html`
    <ul class="methods">
      ${methods.map(
        (method) => html`
          <li data-method-id=${method.id}>
            <span class="method-label">${renderUnbroken(method.label)}</span>
            ${!method.usable
              ? html`<span class="auth small" data-blocked>${unusableText(method, t, t('Cannot be used now'))}</span>`
              : method.recurringAuthorization
                ? html`<span class="auth small" data-recurring>${t('Authorized for recurring')}</span>`
                : html`<span class="auth small muted">${t('Not authorized for recurring')}</span>`}
          </li>
        `,
      )}
    </ul>
  `;
}
