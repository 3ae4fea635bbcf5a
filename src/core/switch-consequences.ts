// What switching ALIS Pay (the gateway) or ALIS Connect (the portal) on or off does, said before
// staff save it. The engine enforces it: portal off refuses every payer path (`portal_disabled`),
// gateway off refuses saving methods and moving money (`gateway_disabled`), for staff too.
import { english, type Translate } from './i18n/translate.js';

/** The two switches of the community's settings. */
export interface Switches {
  gatewayEnabled: boolean;
  portalEnabled: boolean;
}

/** One switch that changed, and what that does. */
export interface SwitchConsequence {
  field: keyof Switches;
  /** The switch's new position. */
  on: boolean;
  /** What changes for payers and the billing team, in sentences. */
  text: string;
}

/** What the portal being off means, with the gateway as `gatewayEnabled`, after "ALIS Connect off:" or "…switched off at …:". */
function portalOffEffects(gatewayEnabled: boolean, t: Translate): string {
  return gatewayEnabled
    ? t(
        'payers cannot sign in to see or pay their bills; every payer widget shows only a sentence with the billing office’s contact, and invitations cannot be accepted. The billing team can still pull payments from authorized methods.',
      )
    : t(
        'payers cannot sign in to see or pay their bills; every payer widget shows only a sentence with the billing office’s contact, and invitations cannot be accepted.',
      );
}

/** What the gateway being off means. */
function gatewayOffEffects(t: Translate): string {
  return t(
    'nobody can save a payment method or pay, and the billing team cannot pull, void, refund or present a payment again. Invoices and payment history stay readable.',
  );
}

/**
 * The consequences of saving `next` over `saved`, only for the switches that changed (portal
 * first, then gateway); what a sentence says may depend on the other switch's new position.
 */
export function switchConsequences(saved: Switches, next: Switches, t: Translate = english): SwitchConsequence[] {
  const consequences: SwitchConsequence[] = [];
  if (saved.portalEnabled !== next.portalEnabled) {
    consequences.push({
      field: 'portalEnabled',
      on: next.portalEnabled,
      text: next.portalEnabled
        ? t('ALIS Connect on: payers can sign in again to see and pay what their profiles allow, and invitations can be accepted again.')
        : t('ALIS Connect off: {effects}', { effects: portalOffEffects(next.gatewayEnabled, t) }),
    });
  }
  if (saved.gatewayEnabled !== next.gatewayEnabled) {
    consequences.push({
      field: 'gatewayEnabled',
      on: next.gatewayEnabled,
      text: next.gatewayEnabled
        ? next.portalEnabled
          ? t('ALIS Pay on: payment methods can be saved and payments taken again; the billing team can pull, void, refund and present payments again.')
          : t(
              'ALIS Pay on: payment methods can be saved and payments taken again (payers pay online only once ALIS Connect is on too); the billing team can pull, void, refund and present payments again.',
            )
        : t('ALIS Pay off: {effects}', { effects: gatewayOffEffects(t) }),
    });
  }
  return consequences;
}

/**
 * What is switched off now and what that means, one sentence per switch that is off (portal
 * first), e.g. "ALIS Pay is switched off at Willow Creek: nobody can save a payment method…".
 * Empty when both are on.
 */
export function switchedOffNow(community: Switches & { communityName: string }, t: Translate = english): string[] {
  const sentences: string[] = [];
  const name = community.communityName;
  if (!community.portalEnabled) {
    sentences.push(t('ALIS Connect is switched off at {community}: {effects}', { community: name, effects: portalOffEffects(community.gatewayEnabled, t) }));
  }
  if (!community.gatewayEnabled) sentences.push(t('ALIS Pay is switched off at {community}: {effects}', { community: name, effects: gatewayOffEffects(t) }));
  return sentences;
}

/**
 * Why the billing team cannot ask payers to add a payment method now, or null when they can: the
 * engine refuses the request while either switch is off (`portal_disabled`: nobody could sign in to
 * add one; `gateway_disabled`: no method can be saved).
 */
export function paymentMethodRequestsOffSentence(community: Switches & { communityName: string }, t: Translate = english): string | null {
  if (!community.portalEnabled) {
    return t('Asking payers to add a payment method is off while ALIS Connect is switched off at {community}: they could not sign in to add one.', {
      community: community.communityName,
    });
  }
  if (!community.gatewayEnabled) {
    return t('Asking payers to add a payment method is off while ALIS Pay is switched off at {community}: no payment method can be saved.', {
      community: community.communityName,
    });
  }
  return null;
}
