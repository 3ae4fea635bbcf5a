import { renderSessionLoad } from '../shared/states.js';
import { css, html, type TemplateResult } from 'lit';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles, token } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { SessionController } from '../shared/session.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { meTask } from '../shared/load-after-me.js';
import { OnDemandController } from '../shared/on-demand.js';
import { tabPanelParts } from './on-demand-parts.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me } from '../../sdk/types.js';

/** The Payment Center's tabs, in order. */
export const PAYMENT_CENTER_TABS = ['undeposited', 'deposits', 'payers', 'invoices', 'history', 'settings'] as const;

/** One tab of the Payment Center. */
export type PaymentCenterTab = (typeof PAYMENT_CENTER_TABS)[number];

/** A tab's label, in the reader's language. */
function tabLabel(tab: PaymentCenterTab, t: Translate): string {
  switch (tab) {
    case 'undeposited':
      return t('Undeposited payments');
    case 'deposits':
      return t('Deposits');
    case 'payers':
      return t('Payers');
    case 'invoices':
      return t('Invoices');
    case 'history':
      return t('Payment history');
    case 'settings':
      return t('Settings');
  }
}

/**
 * The billing team's Payment Center: undeposited payments and deposits, payers with their
 * arrangements and pulls, invoices and who they are addressed to, the payment history with voids,
 * refunds and bank returns, and the community's billing settings — one tab each. Every action goes
 * through the SDK to the billing engine. A payer's token gets one calm "staff only" sentence, and
 * nothing but `GET /me` is asked with it. When another user signs in (or the user signs out), the
 * previous user's panels, dialogs, selections, typed text and announcements are gone before the new
 * user's first render; removing the element aborts every request it (or a panel) started.
 *
 * Each tab's panel loads its code when the tab is first opened (the open tab's as soon as `/me` says
 * the user is staff: a payer's token asks for nothing more, code included), and a tab prefetches it when the pointer enters it or it (or a tab beside it)
 * gets focus; until it is there the panel says "Loading the … tab…", and a failed load offers Try
 * again in the panel.
 *
 * @tagname alis-payment-center
 * @summary The billing team's Payment Center.
 *
 * @fires {AlisDepositCreatedEvent} alis-deposit-created - Undeposited payments were deposited.
 * @fires {AlisPaymentPulledEvent} alis-payment-pulled - Staff pulled a payment.
 * @fires {AlisPaymentVoidedEvent} alis-payment-voided - A payment was voided.
 * @fires {AlisPaymentRefundedEvent} alis-payment-refunded - A payment was refunded.
 * @fires {AlisPaymentReturnedEvent} alis-payment-returned - A bank return was recorded.
 * @fires {AlisPaymentRepresentedEvent} alis-payment-represented - A returned debit was presented again.
 * @fires {AlisInvoiceAddresseeChangedEvent} alis-invoice-addressee-changed - An invoice was readdressed.
 *
 * @csspart heading - The heading.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart panel - The current tab's panel.
 * @csspart notice - State messages.
 *
 * @cssprop --alis-color-primary - The selected tab and buttons.
 * @cssprop --alis-color-border - Tab and table borders.
 * @cssprop --alis-color-surface - Panel background.
 * @cssprop --alis-target-size - Minimum size of tabs and buttons (44px).
 */
export class AlisPaymentCenter extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [
    hostStyles,
    commonStyles,
    css`
      :host {
        display: block;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: ${token('space-m')};
      }
      h2 {
        margin: 0;
        font-size: ${token('font-size-heading')};
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-xs')};
        border-bottom: 2px solid ${token('color-border')};
      }
      [role='tab'] {
        border: 1px solid transparent;
        border-bottom: none;
        border-radius: ${token('radius-small')} ${token('radius-small')} 0 0;
        background: none;
        color: ${token('color-text')};
        margin-bottom: -2px;
        border-bottom: 2px solid transparent;
      }
      [role='tab'][aria-selected='true'] {
        color: ${token('color-primary')};
        border-color: ${token('color-border')};
        border-bottom: 2px solid ${token('color-surface')};
        background: ${token('color-surface')};
        font-weight: 600;
      }
      [role='tabpanel']:focus {
        outline: none;
      }
      [role='tabpanel']:focus-visible {
        outline: ${token('focus-ring-width')} solid ${token('color-focus-ring')};
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    tab: { reflect: true },
    heading: {},
    locale: {},
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The open tab: `undeposited` (default), `deposits`, `payers`, `invoices`, `history` or `settings`. */
  declare tab: PaymentCenterTab;

  /** The heading above the tabs; "Payment Center", in the reader's language, when unset. */
  declare heading: string | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /**
   * Whose Payment Center this is. A change of user needs nothing of its own to forget: the panels
   * are drawn only for the user whose `/me` loaded, so the previous user's panels (open dialogs,
   * selections, typed text, announcements) leave the page and their work is aborted.
   */
  readonly #session = new SessionController(this);

  /** Who the user is, before any panel asks for billing data: a payer's token asks for nothing more. */
  readonly #meTask = meTask(this, this.#session);

  /** Each tab's panel code: loaded when the tab is first shown, a failure shown in the tab panel. */
  readonly #panels = Object.fromEntries(PAYMENT_CENTER_TABS.map((tab) => [tab, new OnDemandController(this, tabPanelParts[tab])])) as Record<
    PaymentCenterTab,
    OnDemandController
  >;

  constructor() {
    super();
    this.tab = 'undeposited';
    this.heading = undefined;
  }

  /** The open tab, `undeposited` when `tab` names none. */
  get #currentTab(): PaymentCenterTab {
    return PAYMENT_CENTER_TABS.includes(this.tab) ? this.tab : 'undeposited';
  }

  protected override render() {
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading">${this.heading ?? t('Payment Center')}</h2>
        ${renderSessionLoad(this.#session.client, this.#meTask, {
          loading: t('Loading the Payment Center…'),
          subject: 'Payment Center',
          retry: () => this.#meTask.run(),
          view: (view) => this.#renderCenter(view.me, view.client),
          t,
        })}
      </section>
    `;
  }

  #renderCenter(me: Me, client: AlisClient): TemplateResult {
    const t = this.t;
    if (!isStaff(me)) return renderStaffOnly(t.ctx('staff only: what', 'The Payment Center'), t);
    const current = this.#currentTab;
    return html`
      <div role="tablist" aria-label=${t('Payment Center sections')} part="tabs" @keydown=${this.#onTabKey}>
        ${PAYMENT_CENTER_TABS.map(
          (tab) => html`
            <button
              type="button"
              role="tab"
              part="tab"
              id=${`tab-${tab}`}
              aria-selected=${tab === current ? 'true' : 'false'}
              aria-controls=${`panel-${tab}`}
              tabindex=${tab === current ? '0' : '-1'}
              @click=${() => this.#select(tab, false)}
              @pointerenter=${tabPanelParts[tab].prefetch}
              @focus=${() => this.#prefetchAround(tab)}
            >
              ${tabLabel(tab, t)}
            </button>
          `,
        )}
      </div>
      <div role="tabpanel" part="panel" id=${`panel-${current}`} aria-labelledby=${`tab-${current}`} tabindex="0">
        ${this.#panels[current].render(() => this.#renderPanel(current, client), t.ctx('your …', '{tab} tab', { tab: tabLabel(current, t) }), undefined, t)}
      </div>
    `;
  }

  /** A focused tab's panel, and those the arrow keys reach from it next, start loading. */
  #prefetchAround(tab: PaymentCenterTab): void {
    const index = PAYMENT_CENTER_TABS.indexOf(tab);
    const count = PAYMENT_CENTER_TABS.length;
    for (const offset of [0, 1, -1]) {
      const near = PAYMENT_CENTER_TABS[(index + offset + count) % count];
      if (near) tabPanelParts[near].prefetch();
    }
  }

  #renderPanel(tab: PaymentCenterTab, client: AlisClient): TemplateResult {
    switch (tab) {
      case 'undeposited':
        return html`<alis-pc-undeposited .client=${client} .locale=${this.locale}></alis-pc-undeposited>`;
      case 'deposits':
        return html`<alis-pc-deposits .client=${client} .locale=${this.locale}></alis-pc-deposits>`;
      case 'payers':
        return html`<alis-pc-payers .client=${client} .locale=${this.locale}></alis-pc-payers>`;
      case 'invoices':
        return html`<alis-pc-invoices .client=${client} .locale=${this.locale} .headingLevel=${3}></alis-pc-invoices>`;
      case 'history':
        return html`<alis-pc-history .client=${client} .locale=${this.locale} .headingLevel=${3}></alis-pc-history>`;
      case 'settings':
        return html`<alis-pc-settings .client=${client} .locale=${this.locale}></alis-pc-settings>`;
    }
  }

  async #select(tab: PaymentCenterTab, moveFocus: boolean): Promise<void> {
    this.tab = tab;
    if (!moveFocus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** Arrow keys, Home and End move between tabs and select them (the WAI-ARIA tabs pattern). */
  #onTabKey(event: KeyboardEvent): void {
    const index = PAYMENT_CENTER_TABS.indexOf(this.tab);
    const last = PAYMENT_CENTER_TABS.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = PAYMENT_CENTER_TABS[target];
    if (tab) void this.#select(tab, true);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-payment-center': AlisPaymentCenter;
  }
}
