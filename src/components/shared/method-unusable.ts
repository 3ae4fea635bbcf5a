import type { TemplateResult } from 'lit';
import { methodUnusableSentence } from '../../core/payment-method-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { PaymentMethod } from '../../sdk/types.js';
import { serviceText } from './service-text.js';

/**
 * Why a saved method cannot pay now, for display: in the reader's words when the method's fields
 * explain it (see `methodUnusableSentence`), else the service's English marked `lang="en"`; null
 * when it can pay.
 */
export function renderMethodUnusable(method: PaymentMethod, t: Translate): TemplateResult | string | null {
  const sentence = methodUnusableSentence(method, t);
  if (sentence === null) return null;
  return sentence === method.unusableReason ? serviceText(sentence, t) : sentence;
}
