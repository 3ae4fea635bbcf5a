// The sentences of the "How to pay bills" guide that depend on the community's settings, as plain
// functions so that what the guide promises is decided in one place. Its fee sentence is
// `guideFeeSentence` in core/fee-words.ts, beside every other fee sentence.
import type { AllocationPolicy, PublicCommunity } from '../../sdk/types.js';
import { english, type Translate } from '../../core/i18n/translate.js';

/** Which invoices a payment of everything addressed to the payer goes to first. */
export function allocationSentence(policy: AllocationPolicy, t: Translate = english): string {
  switch (policy) {
    case 'oldest_first':
      return t('It pays the invoices with the oldest due date first.');
    case 'newest_first':
      return t('It pays the most recent invoices first.');
    case 'unapplied_credit':
      return t('It is kept as a credit on the account, and the billing office applies it to your invoices.');
  }
}

/** What the two switches are set to now, in one sentence. */
export function switchesNow(community: Pick<PublicCommunity, 'portalEnabled' | 'gatewayEnabled'>, t: Translate = english): string {
  if (!community.portalEnabled) return t('Right now the resident portal is switched off.');
  return community.gatewayEnabled
    ? t('Right now the resident portal and online payments are both on.')
    : t('Right now the resident portal is on, and online payments are switched off.');
}
