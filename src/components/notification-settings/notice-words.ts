// What each email the billing service sends is called, when it comes, and why a payer cannot turn
// the required ones off, in words for residents and families. The engine decides which are
// required; these words only explain it.
import { english, type Translate } from '../../core/i18n/translate.js';
import type { NoticeType } from '../../sdk/types.js';

/** How the settings and the demo's mailbox name and explain one kind of email. */
export interface NoticeWords {
  /** A short name, e.g. "Payment receipts". */
  title: string;
  /** When it is sent, one sentence. */
  when: string;
  /** Why it is always sent (shown for required emails). */
  whyRequired: string;
}

/**
 * The words for `notice`. `leadDays` is the community's `pullNoticeLeadDays`: how long before a
 * billing-team collection its advance notice is sent.
 */
export function noticeWords(notice: NoticeType, leadDays: number, t: Translate = english): NoticeWords {
  switch (notice) {
    case 'payment_receipt':
      return {
        title: t('Payment receipts'),
        when: t('After every payment: one you make online, and each one the billing team collects as you authorized.'),
        whyRequired: t('Your receipt is your record of what was paid.'),
      };
    case 'card_declined':
      return {
        title: t('Declined card payments'),
        when: t("When the card's bank declines a card payment, so you can pay another way."),
        whyRequired: t('It tells you that your invoices are still open.'),
      };
    case 'bank_return':
      return {
        title: t('Returned bank payments'),
        when: t('When your bank sends back a payment taken from your account, with what to do next.'),
        whyRequired: t('A returned payment reopens your invoices and needs you to act, so this email is always sent.'),
      };
    case 'pull_advance_notice':
      return {
        title: t('Advance notice of an automatic collection'),
        when: t.plural(leadDays, {
          one: '{count} day before the billing team collects from an account you authorized: the amount, the account and the date.',
          other: '{count} days before the billing team collects from an account you authorized: the amount, the account and the date.',
        }),
        whyRequired: t('The amount can change from month to month, and the Nacha rules for bank debits require a notice before each such collection, so this email is always sent.'),
      };
    case 'payment_method_request':
      return {
        title: t('Requests from the billing office'),
        when: t('When the billing office asks you to do something, such as add a payment method.'),
        whyRequired: t('These come from the billing office itself, so they are always sent.'),
      };
    case 'invitation':
      return {
        title: t('Invitations to the resident portal'),
        when: t('When the community invites you to see a resident’s billing.'),
        whyRequired: t('The link in it is how you accept.'),
      };
    case 'authorization_withdrawn':
      return {
        title: t('Automatic payments withdrawn'),
        when: t('To the billing office, when a payer stops automatic payments from an account.'),
        whyRequired: t('The billing team must not collect from that account again.'),
      };
  }
}
