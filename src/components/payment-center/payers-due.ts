// The Payers panel's "Pulls due today": each due pull with its advance notice and a Pull button, and
// "Pull all due" standing in for the table while it runs. Render functions over the panel's due task.
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { TaskStatus, type Task } from '@lit/task';
import { renderLoadTask } from '../shared/states.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { noticeWords, payerRole } from '../../core/payer-words.js';
import { pullAllDuePart } from './on-demand-parts.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisPaymentPulledEvent } from '../../events/staff-events.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CommunitySettings, DuePull, DuePulls } from '../../sdk/types.js';

/** What the due section draws from, and what it calls back. */
export interface DueSection<Args extends ReadonlyArray<unknown>> {
  task: Task<Args, DuePulls | undefined>;
  community: CommunitySettings;
  client: AlisClient | undefined;
  locale: string | undefined;
  /** The panel's words. */
  t: Translate;
  /** "Pull all due" is reviewing or running: its own list stands in for the due table. */
  pullingAll: boolean;
  openPull: (item: DuePull) => void;
  onPulled: (event: AlisPaymentPulledEvent) => void;
  onPullAllStart: () => void;
  onPullAllClose: () => void;
}

/** The section (`part="due"`) with its focusable heading `#due-heading`. */
export function renderDueSection<Args extends ReadonlyArray<unknown>>(due: DueSection<Args>): TemplateResult {
  const { task, t } = due;
  return html`
    <section class="due" part="due" aria-labelledby="due-heading">
      <h4 id="due-heading" tabindex="-1">${t('Pulls due today')}</h4>
      ${
        // While "Pull all due" runs, a failed refresh of the list (likely when the connection
        // drops) must not replace the run: its progress and "Pull the rest again" stay.
        due.pullingAll && task.status === TaskStatus.ERROR && task.value
          ? renderDueList(due, task.value)
          : renderLoadTask(task, {
              loading: t('Loading the pulls due today…'),
              // In English: the shared load states translate the widgets' subjects.
              subject: 'pulls due today',
              retry: () => task.run(),
              view: (list) => renderDueList(due, list),
              t,
            })
      }
    </section>
  `;
}

function renderDueList<Args extends ReadonlyArray<unknown>>(due: DueSection<Args>, list: DuePulls): TemplateResult {
  const date = formatDate(list.date, due.locale, 'long');
  if (list.items.length === 0 && !due.pullingAll) return html`<p class="muted" data-kind="no-due">${renderUnbroken(due.t('No pulls are due today, {date}.', { date }))}</p>`;
  // Usually here already (the Payers tab loads it, the panel prefetches it with the list); the
  // element upgrades when it arrives.
  if (due.community.gatewayEnabled) pullAllDuePart.prefetch();
  return html`
    ${due.community.gatewayEnabled
      ? html`<alis-pc-pull-all-due
          .client=${due.client}
          .items=${list.items}
          .locale=${due.locale}
          @alis-payment-pulled=${due.onPulled}
          @alis-pc-pull-all-start=${due.onPullAllStart}
          @alis-pc-pull-all-close=${due.onPullAllClose}
        ></alis-pc-pull-all-due>`
      : nothing}
    ${due.pullingAll ? nothing : renderDueTable(due, list, date)}
  `;
}

function renderDueTable<Args extends ReadonlyArray<unknown>>(due: DueSection<Args>, list: DuePulls, date: string): TemplateResult {
  const { t } = due;
  return html`
    <div class="table-wrap">
      <table role="table">
        <caption>${renderUnbroken(t('Due {date}: billing-team arrangements with a balance, and what each method pulls', { date }))}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${t('Payer')}</th>
            <th role="columnheader" scope="col">${t('Resident')}</th>
            <th role="columnheader" scope="col" class="amount">${t('Amount')}</th>
            <th role="columnheader" scope="col">${t.ctx('pulled from', 'From')}</th>
            <th role="columnheader" scope="col">${t('Advance notice')}</th>
            <th role="columnheader" scope="col"><span class="visually-hidden">${t('Actions')}</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${list.items.map((item) => renderDueRow(due, item))}
        </tbody>
      </table>
    </div>
  `;
}

function renderDueRow<Args extends ReadonlyArray<unknown>>(due: DueSection<Args>, item: DuePull): TemplateResult {
  const { community, locale, t } = due;
  return html`
    <tr role="row" data-due-payer-id=${item.payer.id}>
      <td role="cell" data-label=${t('Payer')}><span class="who"><span class="name">${item.payer.name}</span><span class="muted small">${payerRole(item.payer.kind, item.payer.relationship, t)}</span></span></td>
      <td role="cell" data-label=${t('Resident')}>${item.residentName}</td>
      <td role="cell" class="amount" data-label=${t('Amount')}>${formatMoney(item.outstanding, locale)}</td>
      <td role="cell" data-label=${t.ctx('pulled from', 'From')}>
        <ul class="due-parts">
          ${item.parts.map((part) => html`<li><span class="method-label">${renderUnbroken(part.method.label)}</span>: ${formatMoney(part.amount, locale)}</li>`)}
        </ul>
      </td>
      <td role="cell" data-label=${t('Advance notice')} data-advance-notice>
        ${item.advanceNotice
          ? renderUnbroken(noticeWords(item.advanceNotice, community, locale, t))
          : html`<span class="muted"
              >${t.plural(community.pullNoticeLeadDays, {
                one: 'None sent (the arrangement may be newer than the {count}-day notice period).',
                other: 'None sent (the arrangement may be newer than the {count}-day notice period).',
              })}</span
            >`}
      </td>
      <td role="cell" class="row-actions">
        ${community.gatewayEnabled
          ? html`<button type="button" class="primary" data-action="pull" @click=${() => due.openPull(item)}>
              ${t.ctx('button', 'Pull')}<span class="visually-hidden"> ${t('{amount} from {payer}', { amount: formatMoney(item.outstanding, locale), payer: item.payer.name })}</span>
            </button>`
          : nothing}
      </td>
    </tr>
  `;
}
