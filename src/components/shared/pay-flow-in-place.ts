// The pay flow a payer widget opens in place of its own content (Pay invoice, Pay outstanding).
import { html, type TemplateResult } from 'lit';
import '../pay-flow/pay-flow.js';
import type { PayTarget } from '../pay-flow/pay-flow.js';
import type { AlisClient } from '../../sdk/index.js';

/**
 * `<alis-pay-flow>` for `target` in `client`'s session; `onClose` runs when the payer closes it
 * (after a payment or without one), for the widget to take its place back and refresh.
 */
export function renderPayFlowInPlace(client: AlisClient, target: PayTarget, locale: string | undefined, onClose: () => unknown): TemplateResult {
  return html`<alis-pay-flow .client=${client} .target=${target} .locale=${locale} @alis-pay-flow-close=${onClose}></alis-pay-flow>`;
}
