// The Payers panel's "Pulls due today": each due pull with its advance notice and a Pull button, and
// "Pull all due" standing in for the table while it runs. Render functions over the panel's due task.
import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { renderLoadTask } from '../shared/states.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { noticeWords, payerRole } from '../../core/payer-words.js';
import { pullAllDuePart } from './on-demand-parts.js';
import type { AlisPaymentPulledEvent } from '../../events/staff-events.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CommunitySettings, DuePull, DuePulls } from '../../sdk/types.js';

/** What the due section draws from, and what it calls back. */
export interface DueSection<Args extends ReadonlyArray<unknown>> {
  task: Task<Args, DuePulls | undefined>;
  community: CommunitySettings;
  client: AlisClient | undefined;
  locale: string | undefined;
  /** "Pull all due" is reviewing or running: its own list stands in for the due table. */
  pullingAll: boolean;
  openPull: (item: DuePull) => void;
  onPulled: (event: AlisPaymentPulledEvent) => void;
  onPullAllStart: () => void;
  onPullAllClose: () => void;
}

/** The section (`part="due"`) with its focusable heading `#due-heading`. */
export function renderDueSection<Args extends ReadonlyArray<unknown>>(due: DueSection<Args>): TemplateResult {
  const task = due.task;
  return html`
    <section class="due" part="due" aria-labelledby="due-heading">
      <h4 id="due-heading" tabindex="-1">Pulls due today</h4>
      ${
        // While "Pull all due" runs, a failed refresh of the list (likely when the connection
        // drops) must not replace the run: its progress and "Pull the rest again" stay.
        due.pullingAll && task.status === TaskStatus.ERROR && task.value
          ? renderDueList(due, task.value)
          : renderLoadTask(task, {
              loading: 'Loading the pulls due today…',
              subject: 'pulls due today',
              retry: () => task.run(),
              view: (list) => renderDueList(due, list),
            })
      }
    </section>
  `;
}

function renderDueList<Args extends ReadonlyArray<unknown>>(due: DueSection<Args>, list: DuePulls): TemplateResult {
  const date = formatDate(list.date, due.locale, 'long');
  if (list.items.length === 0 && !due.pullingAll) return html`<p class="muted" data-kind="no-due">No pulls are due today, ${date}.</p>`;
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
  return html`
    <div class="table-wrap">
      <table>
        <caption>Due ${date}: billing-team arrangements with a balance, and what each method pulls</caption>
        <thead>
          <tr>
            <th scope="col">Payer</th>
            <th scope="col">Resident</th>
            <th scope="col" class="amount">Amount</th>
            <th scope="col">From</th>
            <th scope="col">Advance notice</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${list.items.map((item) => renderDueRow(due, item))}
        </tbody>
      </table>
    </div>
  `;
}

function renderDueRow<Args extends ReadonlyArray<unknown>>(due: DueSection<Args>, item: DuePull): TemplateResult {
  const { community, locale } = due;
  return html`
    <tr data-due-payer-id=${item.payer.id}>
      <td><span class="who"><span class="name">${item.payer.name}</span><span class="muted small">${payerRole(item.payer.kind, item.payer.relationship)}</span></span></td>
      <td>${item.residentName}</td>
      <td class="amount">${formatMoney(item.outstanding, locale)}</td>
      <td>
        <ul class="due-parts">
          ${item.parts.map((part) => html`<li><span class="method-label">${part.method.label}</span>: ${formatMoney(part.amount, locale)}</li>`)}
        </ul>
      </td>
      <td data-advance-notice>
        ${item.advanceNotice
          ? noticeWords(item.advanceNotice, community, locale)
          : html`<span class="muted">None sent (the arrangement may be newer than the ${community.pullNoticeLeadDays}-day notice period).</span>`}
      </td>
      <td class="row-actions">
        ${community.gatewayEnabled
          ? html`<button type="button" class="primary" data-action="pull" @click=${() => due.openPull(item)}>
              Pull<span class="visually-hidden"> ${formatMoney(item.outstanding, locale)} from ${item.payer.name}</span>
            </button>`
          : nothing}
      </td>
    </tr>
  `;
}
