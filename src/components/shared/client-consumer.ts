import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { alisClientContext } from './client-context.js';
import type { AlisClient } from '../../sdk/index.js';
import { english, type Translate } from '../../core/i18n/translate.js';

/**
 * Subscribes `host` to the nearest `<alis-billing-provider>`'s client. Elements read
 * `element.client ?? consumer.value`, so an explicitly set `client` property always wins.
 */
export function consumeAlisClient(host: ReactiveControllerHost & HTMLElement): ContextConsumer<typeof alisClientContext, ReactiveControllerHost & HTMLElement> {
  return new ContextConsumer(host, { context: alisClientContext, subscribe: true });
}

/** The sentence shown when an element has neither a provider nor a `client` property. */
export function missingClientSentence(t: Translate = english): string {
  return t('This billing widget is not connected: place it inside <alis-billing-provider> or set its client property.');
}

/** {@link missingClientSentence} in English. */
export const missingClientMessage = missingClientSentence();

export type { AlisClient };
