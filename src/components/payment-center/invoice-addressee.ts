// Changing who an invoice is addressed to, inside an invoice's options in the invoices panel: which
// editor is open, the person chosen, the save and its outcome, and the residents (with contacts) to
// choose from. It holds its own state and re-renders its host, so the panel keeps only the list.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { Task, TaskStatus } from '@lit/task';
import type { SessionController } from '../shared/session.js';
import { renderLoading, renderLoadTask } from '../shared/states.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { addresseeChoices, chooseAddresseeSentence, readdressedSentence, readdressEffectSentence } from '../../core/invoice-words.js';
import { refusalSentence } from '../../core/refusal-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import { PendingAction } from '../shared/pending-action.js';
import { auditTrailPart } from './on-demand-parts.js';
import type { Words } from './live-words.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Invoice, Resident } from '../../sdk/types.js';

/** The element the editor lives in: it re-renders, and its shadow root holds the options. */
type EditorHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/** An id that is safe in `id` and ARIA references, whatever the server's ids look like. */
export const domId = (prefix: string, id: string): string => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Stands in a translated sentence for a name drawn in bold, so each language puts the name where it belongs. */
const marker = '\u0001';

/** `sentence` (holding {@link marker} once) with `name` in bold where the marker stands. */
function withStrong(sentence: string, name: string): TemplateResult {
  const at = sentence.indexOf(marker);
  if (at < 0) return html`${sentence}`;
  return html`${sentence.slice(0, at)}<strong>${name}</strong>${sentence.slice(at + marker.length)}`;
}

/** What the options of an invoice are drawn with. */
export interface OptionsRendering {
  client: AlisClient | undefined;
  locale: string | undefined;
  /** The level of the History heading inside the options. */
  historyHeadingLevel: 3 | 4;
}

interface EditorOptions {
  session: SessionController;
  /** The host's words in the reader's language, as they are now. */
  t: () => Translate;
  /** The engine's new copy of a readdressed invoice, and the id of whom it was addressed to before. */
  onReaddressed: (updated: Invoice, previousId: string) => void;
  /** Says `text` in the panel's live region. */
  announce: (text: string) => void;
}

/** The addressee editor of the invoices panel; see the comment at the top of this file. */
export class AddresseeEditorController {
  readonly #host: EditorHost;
  readonly #options: EditorOptions;
  /** The invoice whose addressee is being edited. */
  #editing: string | null = null;
  /** The party chosen in the editor. */
  #choice: string | null = null;
  /** A Save is being sent: a double click saves once. */
  readonly #saving: PendingAction;
  /** Why the save did not happen, said in the words in force. */
  #error: Words | null = null;
  /** What the last readdress did, said in the words in force. */
  #outcome: { invoiceId: string; text: Words } | null = null;

  /** Residents with their contacts: loaded when an editor first opens (again for another user). */
  readonly #residents: Task<readonly [AlisClient | undefined], { client: AlisClient | undefined; list: Resident[] }>;

  constructor(host: EditorHost, options: EditorOptions) {
    this.#host = host;
    this.#options = options;
    this.#saving = new PendingAction(host);
    this.#residents = new Task(host, {
      args: () => [options.session.client] as const,
      task: async ([client], { signal }) => {
        const api = options.session.requireApi();
        return { client, list: client && api ? await api.staff.residents.list({}, { signal }) : [] };
      },
      autoRun: false,
    });
    options.session.reloads(this.#residents);
  }

  /** Nothing open, chosen or said: for another user signing in (or out). */
  forget(): void {
    this.#close();
    this.#saving.reset();
    this.#outcome = null;
  }

  /** The invoice's options are closing: its editor goes with them. */
  optionsClosing(invoiceId: string): void {
    if (this.#editing === invoiceId) this.#close();
  }

  /** An invoice's opened options (`part="options"`): facts, the outcome of a readdress, the editor or its button, and History. */
  render(invoice: Invoice, rendering: OptionsRendering): TemplateResult {
    const { locale } = rendering;
    const t = this.#options.t();
    const outcome = this.#outcome?.invoiceId === invoice.id ? this.#outcome : null;
    // History (collapsed) is loaded with the first invoice's options; its element upgrades when here.
    auditTrailPart.prefetch();
    return html`
      <div class="options-inner" part="options" data-options-for=${invoice.id}>
        <p class="facts">
          ${t('{number} for {resident}, issued {date}: paid so far {paid} of {total}.', {
            number: invoice.number,
            resident: invoice.residentName,
            date: formatDate(invoice.issueDate, locale),
            paid: formatMoney(invoice.paid, locale),
            total: formatMoney(invoice.total, locale),
          })}
          ${withStrong(t('Addressed to {addressee}, the only person who can pay it online.', { addressee: marker }), invoice.addressee.name)}
        </p>
        ${outcome ? html`<p class="confirmation" data-outcome tabindex="-1">${renderUnbroken(outcome.text(t))}</p>` : nothing}
        ${this.#editing === invoice.id
          ? this.#renderEditor(invoice, t)
          : html`<div class="actions">
              <button type="button" data-action="edit-addressee" @click=${() => this.#start(invoice)}>
                ${t('Edit addressee')}<span class="visually-hidden"> ${t('of invoice {number}', { number: invoice.number })}</span>
              </button>
            </div>`}
        <alis-audit-trail
          .collapsible=${true}
          .client=${rendering.client}
          .subjectType=${'invoice'}
          .subjectId=${invoice.id}
          .heading=${t('History of {number}', { number: invoice.number })}
          .headingLevel=${rendering.historyHeadingLevel}
          .pageSize=${5}
          .locale=${locale}
        ></alis-audit-trail>
      </div>
    `;
  }

  #renderEditor(invoice: Invoice, t: Translate): TemplateResult {
    const titleId = domId('editor-title', invoice.id);
    const loading = t('Loading {resident}’s contacts…', { resident: invoice.residentName });
    const client = this.#options.session.client;
    return html`
      <form
        class="panel editor"
        data-editor-for=${invoice.id}
        aria-labelledby=${titleId}
        aria-busy=${this.#saving.busy ? 'true' : 'false'}
        novalidate
        @submit=${(event: SubmitEvent) => this.#save(event, invoice)}
      >
        <p class="editor-title" id=${titleId} tabindex="-1">${renderUnbroken(t('Change who {number} is addressed to', { number: invoice.number }))}</p>
        ${renderLoadTask(this.#residents, {
          loading,
          subject: 'residents and contacts',
          t,
          retry: () => this.#residents.run(),
          // The residents of another user's session are never offered.
          view: (loaded) => (loaded.client === client ? this.#renderChoices(invoice, loaded.list, t) : renderLoading(loading)),
        })}
        ${this.#error ? html`<p class="problem" role="alert" data-error>${this.#error(t)}</p>` : nothing}
        <div class="actions">
          <button type="button" data-action="cancel-addressee" @click=${() => this.#end(invoice.id)}>${t('Cancel')}</button>
          <button type="submit" class="primary" data-action="save-addressee" aria-disabled=${this.#saving.busy ? 'true' : 'false'}>
            ${this.#saving.busy ? t('Saving…') : t('Save addressee')}
          </button>
        </div>
      </form>
    `;
  }

  #renderChoices(invoice: Invoice, residents: Resident[], t: Translate): TemplateResult {
    const choices = addresseeChoices(invoice, residents, t);
    const chosen = choices.find((c) => c.id === this.#choice);
    const changed = chosen !== undefined && chosen.id !== invoice.addressee.id;
    const effectId = domId('effect', invoice.id);
    return html`
      <fieldset class="choices" aria-describedby=${effectId}>
        <legend>${renderUnbroken(t('Address {number} to', { number: invoice.number }))}</legend>
        ${choices.map(
          (choice) => html`
            <label class="choice">
              <input type="radio" name="addressee" .value=${choice.id} .checked=${choice.id === this.#choice} @change=${() => this.#choose(choice.id)} />
              <span>
                ${choice.name}
                <span class="muted">${choice.id === invoice.addressee.id ? t('({role}, addressed now)', { role: choice.role }) : `(${choice.role})`}</span>
              </span>
            </label>
          `,
        )}
      </fieldset>
      <p class="effect" id=${effectId} aria-live="polite" data-effect>${renderUnbroken(
        changed ? readdressEffectSentence(invoice, chosen, t) : chooseAddresseeSentence(invoice, t),
      )}</p>
    `;
  }

  async #start(invoice: Invoice): Promise<void> {
    this.#editing = invoice.id;
    this.#choice = invoice.addressee.id;
    this.#error = null;
    if (this.#outcome?.invoiceId === invoice.id) this.#outcome = null;
    this.#host.requestUpdate();
    const residents = this.#residents;
    const loadedForThisUser = residents.status === TaskStatus.COMPLETE && residents.value?.client === this.#options.session.client;
    if (!loadedForThisUser && residents.status !== TaskStatus.PENDING) void residents.run();
    await this.#host.updateComplete;
    this.#form(invoice.id)?.querySelector<HTMLElement>('.editor-title')?.focus();
    await residents.taskComplete.catch(() => undefined);
    await this.#host.updateComplete;
    // Once the choices are there, focus goes to the one chosen now (arrow keys move between them).
    if (this.#editing === invoice.id) this.#form(invoice.id)?.querySelector<HTMLElement>('input[name="addressee"]:checked')?.focus();
  }

  #form(invoiceId: string): HTMLFormElement | null {
    return this.#host.renderRoot.querySelector<HTMLFormElement>(`form[data-editor-for="${CSS.escape(invoiceId)}"]`);
  }

  #optionsRoot(invoiceId: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`[data-options-for="${CSS.escape(invoiceId)}"]`);
  }

  #close(): void {
    this.#editing = null;
    this.#choice = null;
    this.#error = null;
    this.#host.requestUpdate();
  }

  async #end(invoiceId: string): Promise<void> {
    this.#close();
    await this.#host.updateComplete;
    this.#optionsRoot(invoiceId)?.querySelector<HTMLElement>('[data-action="edit-addressee"]')?.focus();
  }

  #choose(partyId: string): void {
    this.#choice = partyId;
    this.#error = null;
    this.#host.requestUpdate();
  }

  async #save(event: SubmitEvent, invoice: Invoice): Promise<void> {
    event.preventDefault();
    const api = this.#options.session.api;
    // `saving` is set before the first await, so a double click saves once.
    if (!api || this.#saving.busy) return;
    const addresseeId = this.#choice;
    if (!addresseeId || addresseeId === invoice.addressee.id) {
      this.#error = (t) => chooseAddresseeSentence(invoice, t);
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#form(invoice.id)?.querySelector<HTMLElement>('input[name="addressee"]:checked, input[name="addressee"]')?.focus();
      return;
    }
    this.#error = null;
    const previous = invoice.addressee;
    await this.#saving.run(() => api.staff.invoices.update(invoice.id, { addresseeId }), {
      answered: async (updated) => {
        this.#close();
        const text: Words = (t) => readdressedSentence(updated, previous.name, t);
        this.#outcome = { invoiceId: invoice.id, text };
        this.#options.announce(text(this.#options.t()));
        this.#options.onReaddressed(updated, previous.id);
        // An open History shows the change at once (a closed one loads afresh when opened).
        void this.#optionsRoot(invoice.id)?.querySelector('alis-audit-trail')?.refresh();
        await this.#host.updateComplete;
        this.#optionsRoot(invoice.id)?.querySelector<HTMLElement>('[data-outcome]')?.focus();
      },
      // An abort (another user signed in, the editor going with the previous one, or the panel left
      // the page) says nothing.
      refused: (error) => {
        const said: Words = (t) =>
          isAlisApiError(error)
            ? refusalSentence(error, t)
            : error instanceof AlisNetworkError
              ? t('We could not reach the billing service; the invoice was not changed. Please try again.')
              : t('Something went wrong; the invoice was not changed.');
        this.#error = said;
        this.#options.announce(said(this.#options.t()));
      },
    });
  }
}
