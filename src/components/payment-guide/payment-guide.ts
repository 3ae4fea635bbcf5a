import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { missingClientSentence } from '../shared/client-consumer.js';
import { SessionController } from '../shared/session.js';
import { renderLoadTask, renderNotice, settled } from '../shared/states.js';
import { officeContact } from '../../core/billing-access.js';
import { formatDayCount } from '../../core/format.js';
import { mailtoHref } from '../../core/mailto.js';
import { allocationSentence, switchesNow } from './guide-words.js';
import { guideFeeSentence } from '../../core/fee-words.js';
import { paymentGuideStyles } from './payment-guide.styles.js';
import type { AlisClient } from '../../sdk/index.js';
import type { BillingOffice, PublicCommunity } from '../../sdk/types.js';
import type { Translate } from '../../core/i18n/translate.js';

/**
 * "How to pay bills": the printable guide for residents and their families, written from the
 * community's own settings (`GET /community`, which needs no sign-in). It names the community and
 * its billing office (phone, email, hours); says what the resident portal offers (seeing invoices
 * and who each is addressed to, paying by card or bank account with any convenience fee as a
 * percentage, saved methods); walks through signing in, adding a payment method, paying one
 * invoice and paying everything addressed to you; explains that only an invoice's addressee pays
 * it and that the office can re-address it; says whether the billing team collects automatically
 * and how many days ahead it emails the advance notice; and what happens while the portal or
 * online payments are switched off. **Print this guide** prints it without its buttons.
 *
 * It works with no one signed in: inside an `<alis-billing-provider>` without a token, or through
 * its `client` property.
 *
 * @tagname alis-payment-guide
 * @summary The printable "How to pay bills" guide.
 *
 * @csspart heading - The guide's title.
 * @csspart notice - State messages (loading, errors, a switched-off service).
 * @csspart print-button - The Print this guide button (hidden when printing).
 * @csspart office - The billing office's contact details.
 * @csspart section - Each section of the guide.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-text-muted - Secondary text.
 * @cssprop --alis-color-primary - Links and the Print button.
 * @cssprop --alis-color-surface - Background of the office's card.
 * @cssprop --alis-color-border - Borders.
 * @cssprop --alis-radius - Corner radius.
 * @cssprop --alis-target-size - Minimum size of the Print button and links (44px).
 */
export class AlisPaymentGuide extends AlisElement {
  static override styles = [hostStyles, commonStyles, paymentGuideStyles];

  static override properties = {
    client: { attribute: false },
    heading: {},
    portalUrl: { attribute: 'portal-url' },
    locale: {},
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`; it needs no token. */
  declare client: AlisClient | undefined;

  /** The guide's title; "How to pay bills", in the reader's language, when unset. */
  declare heading: string | undefined;

  /** Where the resident portal is, printed in the sign-in steps (e.g. `https://willowcreek.example/billing`). */
  declare portalUrl: string | undefined;

  /** BCP 47 locale for percentages; the browser's language when unset. */
  declare locale: string | undefined;

  /** The connection the guide reads the community with; it holds nothing of the signed-in user's. */
  readonly #session = new SessionController(this);

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: async ([client], { signal }): Promise<PublicCommunity | undefined> => {
      const api = this.#session.requireApi();
      return client && api ? api.community.get({ signal }) : undefined;
    },
  });

  constructor() {
    super();
    this.heading = undefined;
    this.#session.reloads(this.#loadTask);
  }

  /** Reads the community's settings again. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  protected override render() {
    const t = this.t;
    return html`
      <article class="guide" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading ?? t('How to pay bills')}</h2>
        ${this.#session.client
          ? renderLoadTask(this.#loadTask, {
              loading: t('Loading the guide…'),
              subject: 'guide',
              retry: () => this.refresh(),
              view: (community) => this.#renderGuide(community, t),
              t,
            })
          : renderNotice(missingClientSentence(t), 'danger')}
      </article>
    `;
  }

  #renderGuide(community: PublicCommunity, t: Translate): TemplateResult {
    const portalOn = community.portalEnabled;
    const paysOnline = portalOn && community.gatewayEnabled;
    const locale = this.formatLocale;
    const office = officeContact(community.billingOffice);
    return html`
      <div class="intro">
        <p class="lead">
          ${withParts(t('For residents of {community} and their families: how to see and pay bills online, and whom to ask.'), {
            community: html`<strong class="community">${community.communityName}</strong>`,
          })}
        </p>
        <button type="button" class="print" part="print-button" @click=${() => window.print()}>${t('Print this guide')}</button>
      </div>
      ${!portalOn
        ? renderNotice(
            t('The resident portal is switched off for now, so bills cannot be seen or paid online. To pay or to ask about a bill, contact {office}.', { office }),
            'warning',
          )
        : !community.gatewayEnabled
          ? renderNotice(t('Paying online is switched off for now. You can still sign in to see invoices and payments; to pay, contact {office}.', { office }), 'warning')
          : nothing}
      ${this.#renderOffice(community.billingOffice, t)}
      ${this.#section(
        'offers',
        t('What the resident portal offers'),
        html`<ul>
          <li>
            ${t(
              "See the resident's invoices with their charges, balances and who each is addressed to, and the payments made, if your access includes billing.",
            )}
          </li>
          ${paysOnline
            ? html`
                <li data-fact="card-fee">${t('Pay online by card. {fee}', { fee: guideFeeSentence('card', community, locale, t) })}</li>
                <li data-fact="bank-fee">
                  ${t('Pay online from a bank account (a US checking or savings account). {fee}', { fee: guideFeeSentence('bank account', community, locale, t) })}
                </li>
                <li>${t('Save cards and bank accounts for next time. Only their last four digits are shown, and card numbers never reach the community.')}</li>
                <li>${t('A receipt for every payment, on screen and by email.')}</li>
              `
            : html`<li data-fact="no-online-payments">${t('Paying online and saving payment methods are switched off for now.')}</li>`}
        </ul>`,
      )}
      ${this.#section(
        'addressee',
        t('Who pays which invoice'),
        html`
          <p>
            ${t(
              'Each invoice is addressed to one person: the resident or a family member. Different invoices can be addressed to different people, for example the rent to one son and the pharmacy to his sister.',
            )}
          </p>
          <p>
            ${t(
              "Everyone whose access includes billing sees all of the resident's invoices, but only the person an invoice is addressed to can pay it online. The portal shows who each invoice is addressed to.",
            )}
          </p>
          <p>${t('If an invoice should be addressed to someone else, ask the billing office: they can re-address it.')}</p>
        `,
      )}
      ${portalOn ? this.#renderSteps(community, paysOnline, t) : nothing}
      ${this.#section(
        'automatic',
        t('Automatic payments by the billing team'),
        community.billingTeamPulls
          ? html`
              <p>
                ${withParts(
                  t(
                    'The billing team can collect what you owe automatically on an agreed day of the month, from a card or bank account you authorize. Choose {allow} on that payment method and tell the billing office which day suits you.',
                  ),
                  { allow: html`<q>${t('Allow automatic payments')}</q>` },
                )}
              </p>
              <p data-fact="advance-notice">
                ${withParts(
                  t(
                    'Before every collection you are emailed the amount, the account and the date, {ahead}. If you pay some of it before then, the billing team collects less. To change the day or the account, contact the billing office before that date: {office}.',
                    { office },
                  ),
                  { ahead: html`<strong>${t('{days} ahead', { days: formatDayCount(community.pullNoticeLeadDays, locale, t) })}</strong>` },
                )}
              </p>
              <p data-fact="stop-automatic">
                ${withParts(
                  t(
                    'You can stop the automatic collections yourself at any time: choose {stop} on that payment method. The billing team then no longer collects, and you pay your bills yourself by their due dates; collections already made still go through.',
                  ),
                  { stop: html`<q>${t('Stop automatic payments')}</q>` },
                )}
              </p>
            `
          : html`<p data-fact="no-automatic">${t('The billing team does not collect payments automatically at the moment: you pay each invoice yourself.')}</p>`,
      )}
      ${this.#section(
        'emails',
        t('Emails you receive'),
        html`<p>
          ${t(
            'A receipt for every payment and a note when a card payment is declined (you can turn these two off in the portal); and always: a returned bank payment with what to do, the advance notice of each automatic collection, and requests from the billing office.',
          )}
        </p>`,
      )}
      ${this.#section(
        'switched-off',
        t('If online services are switched off'),
        html`
          <ul>
            <li>
              ${t(
                'If the community switches the resident portal off, nobody can sign in to see or pay bills until it is back on. Contact the billing office about anything to do with billing.',
              )}
            </li>
            <li>
              ${t(
                'If online payments are switched off, you can still sign in and see invoices and payments, but nobody can pay or save a payment method online, and the billing team does not collect automatically. Pay the billing office another way.',
              )}
            </li>
          </ul>
          <p data-fact="switches-now"><strong>${switchesNow(community, t)}</strong></p>
        `,
      )}
    `;
  }

  #renderOffice(office: BillingOffice, t: Translate): TemplateResult {
    return this.#section(
      'office',
      t('Your billing office'),
      html`
        <dl class="office" part="office">
          <div><dt>${t.ctx('billing office', 'Office')}</dt><dd>${office.name}</dd></div>
          ${office.phone
            ? html`<div><dt>${t('Phone')}</dt><dd><a href=${`tel:${office.phone.replace(/[^\d+]/g, '')}`}>${office.phone}</a></dd></div>`
            : nothing}
          ${office.email ? html`<div><dt>${t('Email')}</dt><dd><a href=${mailtoHref(office.email)}>${office.email}</a></dd></div>` : nothing}
          ${office.hours ? html`<div><dt>${t('Hours')}</dt><dd>${office.hours}</dd></div>` : nothing}
        </dl>
        <p>${t('Ask them about any bill, for an invitation to the portal, or to change who an invoice is addressed to.')}</p>
      `,
    );
  }

  #renderSteps(community: PublicCommunity, paysOnline: boolean, t: Translate): TemplateResult {
    const portal = this.portalUrl
      ? withParts(t('on the resident portal at {url}'), { url: html`<a href=${this.portalUrl}>${this.portalUrl}</a>` })
      : t("on the resident portal of {community}'s website", { community: community.communityName });
    const q = (label: string) => html`<q>${label}</q>`;
    return this.#section(
      'steps',
      t('Step by step'),
      html`
        <h4>${t('Sign in')}</h4>
        <ol>
          <li>
            ${withParts(t('The billing office invites you by email. Open the email and choose {accept}. The link works once and expires.'), {
              accept: q(t('Accept the invitation')),
            })}
          </li>
          <li>${t('Check your name and accept: you are signed in.')}</li>
          <li>${withParts(t('Next time, sign in {where} with the email address the invitation was sent to.'), { where: portal })}</li>
        </ol>
        ${paysOnline
          ? html`
              <h4>${t('Add a payment method')}</h4>
              <ol>
                <li>${withParts(t('Under your payment methods, choose {add}.'), { add: q(t('+ Add payment method')) })}</li>
                <li>
                  ${t(
                    'Choose a card or a bank account. For a card, type its number in the secure card fields; for a bank account, type the routing number and the account number (twice, to catch a typing mistake).',
                  )}
                </li>
                <li>${t("Enter the billing address, or copy the resident's, and save.")}</li>
                <li>${withParts(t('Choose {makeDefault} on the method you want chosen first when you pay.'), { makeDefault: q(t('Make default')) })}</li>
              </ol>
              <h4>${t('Pay one invoice')}</h4>
              <ol>
                <li>${withParts(t("In the list of invoices, {details} shows an invoice's charges."), { details: q(t('Details')) })}</li>
                <li>
                  ${withParts(t('Choose {pay} on an invoice addressed to you. An invoice addressed to someone else says whom instead.'), {
                    pay: q(t('Pay')),
                  })}
                </li>
                <li>
                  ${withParts(t('Choose the payment method and the amount (all of the balance or part of it), then {review}.'), {
                    review: q(t('Review payment')),
                  })}
                </li>
                <li>
                  ${withParts(t('Check the amount, any fee and the total, then confirm with {pay}. A receipt appears on screen and comes by email.'), {
                    pay: q(t('Pay')),
                  })}
                </li>
              </ol>
              <h4>${t('Pay everything addressed to you')}</h4>
              <ol>
                <li>
                  ${t('The balance shows the total of the invoices addressed to you. {allocation}', {
                    allocation: allocationSentence(community.allocationPolicy, t),
                  })}
                </li>
                <li>
                  ${withParts(t('Choose {pay}, then the payment method, and review.'), { pay: q(t('Pay outstanding balance')) })}
                </li>
                <li>
                  ${withParts(
                    t(
                      "Confirm with {pay}. The balance also says what else is due on the resident's account and to whom it is addressed, so nobody thinks the account is settled when it is not.",
                    ),
                    { pay: q(t('Pay')) },
                  )}
                </li>
              </ol>
            `
          : html`<p>${t('Paying online is switched off for now: to pay, contact the billing office.')}</p>`}
      `,
    );
  }

  #section(id: string, title: string, body: TemplateResult): TemplateResult {
    return html`
      <section class="section" part="section" data-section=${id} aria-labelledby=${`${id}-heading`}>
        <h3 id=${`${id}-heading`}>${title}</h3>
        ${body}
      </section>
    `;
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
    'alis-payment-guide': AlisPaymentGuide;
  }
}
