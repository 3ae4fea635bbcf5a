// The pay flow a payer widget opens in place of its own content (Pay invoice, Pay outstanding).
// Its code (the flow, the amount field, the method and review steps) is not part of the widgets
// that open it: it loads on the first Pay, or earlier when a Pay button is hovered or focused
// (`prefetchPayFlow`), so a page that only lists invoices never downloads it (issue 15).
import { html, type TemplateResult } from 'lit';
import { onDemand, whenLoaded } from './on-demand.js';
import type { PayTarget } from '../pay-flow/pay-flow.js';
import type { AlisClient } from '../../sdk/index.js';
import { english, type Translate } from '../../core/i18n/translate.js';

/** `<alis-pay-flow>` and what it uses, loaded once per page whichever widget asks first. */
export const payFlowPart = onDemand(() => import('../../define/alis-pay-flow.js'));

/** For a Pay button's pointerenter and focusin: the flow's code starts loading before the click. */
export const prefetchPayFlow = payFlowPart.prefetch;

/**
 * `<alis-pay-flow>` for `target` in `client`'s session; `onClose` runs when the payer closes it
 * (after a payment or without one), for the widget to take its place back and refresh. Until the
 * flow's code has loaded it says so, in the words of `t` (the widget's `this.t`); a failed load
 * offers Try again and Close.
 */
export function renderPayFlowInPlace(client: AlisClient, target: PayTarget, locale: string | undefined, onClose: () => unknown, t: Translate = english): TemplateResult {
  return html`${whenLoaded(
    payFlowPart,
    () => html`<alis-pay-flow .client=${client} .target=${target} .locale=${locale} @alis-pay-flow-close=${onClose}></alis-pay-flow>`,
    'the payment form',
    { onClose: () => void onClose(), where: 'after' },
    t,
  )}`;
}
