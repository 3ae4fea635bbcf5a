// One saved method on screen: its summary, its outcome message and its actions or open panel.
// Plain render functions, so <alis-payment-methods> only loads and lays out the list.
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { formatDateOfInstant } from '../../core/format.js';
import { blockReasonWords, methodDetails, methodKindName, stopsPullsSentence } from '../../core/payment-method-words.js';
import { renderMethodUnusable } from '../shared/method-unusable.js';
import { serviceText } from '../shared/service-text.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { MethodBlock, PaymentMethod } from '../../sdk/types.js';
import type { MethodActionsController } from './method-actions.js';

/** How a method is drawn: whether the payer may change it, the actions, how dates read, and in which words. */
export interface MethodViewContext {
  canManage: boolean;
  actions: MethodActionsController;
  locale: string | undefined;
  /** The community's time zone: an authorization late in its evening is dated that day, not UTC's next. */
  timeZone: string | undefined;
  /** The list's words, in the reader's language. */
  t: Translate;
}

/**
 * A method's card (`part="method"`), labelled by its name and busy while a change to it is saved.
 * Focusable by script only: focus lands on it when a change takes away the button that made it
 * ("Make default" once the method is the default).
 */
export function renderMethod(method: PaymentMethod, context: MethodViewContext): TemplateResult {
  const { actions, t } = context;
  const busy = actions.busyMethodId === method.id;
  const message = actions.message?.methodId === method.id ? actions.message : null;
  const titleId = `method-${method.id}`;
  const date = (instant: string) => formatDateOfInstant(instant, context.timeZone, context.locale);
  return html`
    <li class="method" part="method" tabindex="-1" data-method-id=${method.id} data-status=${method.usable ? 'usable' : 'unusable'} aria-labelledby=${titleId} aria-busy=${busy ? 'true' : 'false'}>
      <div class="summary">
        <p class="title" id=${titleId}>
          <span class="name">${method.nickname ?? methodKindName(method, t)}</span>
          <span class="masked">${renderUnbroken(method.label)}</span>
          ${method.isDefault ? html`<span class="badge" data-badge="default">${t.ctx('payment method', 'Default')}</span>` : nothing}
        </p>
        <p class="details">${renderUnbroken(methodDetails(method, context.locale, t))}</p>
        ${method.recurringAuthorization
          ? html`<p class="details" data-recurring>${renderUnbroken(renderAuthorization(method, date(method.recurringAuthorization.authorizedAt), t))}</p>`
          : nothing}
        ${method.block
          ? html`<p class="problem" data-blocked>
              ${renderBlock(method.block, date(method.block.blockedAt), t)}
            </p>`
          : !method.usable
            ? html`<p class="problem">${renderMethodUnusable(method, t)}</p>`
            : nothing}
      </div>
      ${message
        ? // A refusal is said here; a change that was saved is said once, by the list's live region.
          message.tone === 'danger'
          ? html`<p class="problem" role="alert">${renderUnbroken(message.text)}</p>`
          : html`<p class="confirmation">${renderUnbroken(message.text)}</p>`
        : nothing}
      ${context.canManage ? renderActions(method, busy, actions, t) : nothing}
    </li>
  `;
}

/** Why a bank account is blocked: the return, what it means (the service's English, marked, for a code we do not know) and when. */
function renderBlock(block: MethodBlock, date: string, t: Translate): TemplateResult | string {
  const reason = blockReasonWords(block, t);
  const marked = reason === block.reason && t.lang !== 'en';
  // A marked reason stands where its placeholder is left, in the reader's word order.
  const sentence = t('Blocked after a bank return ({code}: {reason}) on {date}. Add another account to keep paying online.', {
    code: block.returnCode,
    date,
    ...(marked ? {} : { reason }),
  });
  if (!marked) return renderUnbroken(sentence);
  const [before, after] = sentence.split('{reason}');
  return html`${renderUnbroken(before ?? '')}${serviceText(reason, t)}${renderUnbroken(after ?? '')}`;
}

/** Who allowed automatic payments from the method and when, and whether the billing team collects from it. */
function renderAuthorization(method: PaymentMethod, date: string, t: Translate): string {
  const params = { name: method.recurringAuthorization?.authorizedBy ?? '', date };
  // A blocked or expired method is authorized still, but nothing can be collected from it.
  if (!method.usable) return t('Allowed for automatic payments — authorized by {name} on {date} — but the billing team cannot collect from it while it cannot be used.', params);
  return method.usedByArrangement
    ? t('Used for automatic payments — authorized by {name} on {date}. The billing team collects your balance from it.', params)
    : t('Used for automatic payments — authorized by {name} on {date}.', params);
}

/** The method's buttons, or the panel open on it: the rename form or a confirmation. */
function renderActions(method: PaymentMethod, busy: boolean, actions: MethodActionsController, t: Translate): TemplateResult {
  const name = method.nickname ?? method.label;
  switch (actions.panelOf(method.id)) {
    case 'rename':
      return html`
        <form class="rename" @submit=${(event: SubmitEvent) => actions.rename(event, method)}>
          <label for=${`nickname-${method.id}`}>${t('Nickname for {method}', { method: method.label })}</label>
          <input id=${`nickname-${method.id}`} name="nickname" maxlength="40" autocomplete="off" .value=${method.nickname ?? ''} />
          <div class="actions">
            <button type="button" @click=${() => actions.endRename(method.id)}>${t('Cancel')}</button>
            <button type="submit" class="primary" ?disabled=${busy}>${t('Save name')}</button>
          </div>
        </form>
      `;
    case 'remove':
      return renderConfirmation(
        t('Remove {name}?', { name }),
        method.usedByArrangement
          ? `${t('Payments already made with it keep their record.')} ${stopsPullsSentence(t)}`
          : t('Payments already made with it keep their record.'),
        ['keep', t('Keep it'), () => actions.endRemoval(method.id)],
        ['confirm-remove', t('Remove'), () => actions.remove(method)],
        busy,
      );
    case 'withdraw':
      return renderConfirmation(
        t('Stop automatic payments from {name}?', { name }),
        stopsPullsSentence(t),
        ['keep-authorization', t('Keep automatic payments'), () => actions.endWithdrawal(method.id)],
        ['confirm-withdraw', t('Stop automatic payments'), () => actions.withdraw(method)],
        busy,
      );
    default:
      return renderButtons(method, busy, actions, name, t);
  }
}

/** A confirmation's button: its `data-action`, its words, what it does. */
type ConfirmationButton = readonly [action: string, label: string, run: () => unknown];

/** A yes/no question about a method, with what it means: keep it as it is, or go ahead (disabled while a change is saved). */
function renderConfirmation(question: string, meaning: string, keep: ConfirmationButton, confirm: ConfirmationButton, busy: boolean): TemplateResult {
  return html`
    <div class="confirm" role="group" aria-label=${question}>
      <p>${question} ${meaning}</p>
      <div class="actions">
        <button type="button" data-action=${keep[0]} @click=${keep[2]}>${keep[1]}</button>
        <button type="button" class="danger" data-action=${confirm[0]} ?disabled=${busy} @click=${confirm[2]}>${confirm[1]}</button>
      </div>
    </div>
  `;
}

function renderButtons(method: PaymentMethod, busy: boolean, actions: MethodActionsController, name: string, t: Translate): TemplateResult {
  // Visible words stay short; screen readers hear which method each button acts on.
  const label = (text: string, hidden = name) => html`${text}<span class="visually-hidden"> ${hidden}</span>`;
  const fromMethod = t('from {name}', { name });
  const button = (action: string, text: TemplateResult, run: () => unknown) =>
    html`<button type="button" data-action=${action} ?disabled=${busy} @click=${run}>${text}</button>`;
  return html`
    <div class="actions">
      ${!method.isDefault && method.usable ? button('default', label(t('Make default')), () => actions.update(method, { isDefault: true })) : nothing}
      ${button('rename', label(t('Rename')), () => actions.startRename(method.id))}
      ${method.recurringAuthorization
        ? button('withdraw', label(t('Stop automatic payments'), fromMethod), () => actions.startWithdrawal(method))
        : method.usable
          ? button('authorize', label(t('Allow automatic payments'), fromMethod), () => actions.update(method, { recurringAuthorization: true }))
          : nothing}
      ${button('remove', label(t('Remove')), () => actions.startRemoval(method.id))}
    </div>
  `;
}
