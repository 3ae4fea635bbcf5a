// What the billing team's elements share: sortable column headers with real table semantics, and
// the "staff only" answer a payer's token gets instead of an odd failure, and a panel's heading.
import { html, type TemplateResult } from 'lit';
import { nextSort, type SortState } from '../../core/sorting.js';
import { renderNotice } from './states.js';
import type { Me } from '../../sdk/types.js';
import { english, type Translate } from '../../core/i18n/translate.js';

/**
 * A `<th>` whose button sorts the table by `key`: `aria-sort` on the header tells screen readers
 * the current order, and the button's name says what activating it will do. `className` names
 * the column, for a layout that leaves it out where the table is narrow.
 */
export function renderSortableHeader<K extends string>(
  label: string,
  key: K,
  sort: SortState<K> | null,
  onSort: (next: SortState<K>) => void,
  options: { numeric?: boolean; className?: string } = {},
): TemplateResult {
  const active = sort?.key === key;
  const ariaSort = active ? sort.direction : 'none';
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
  const className = [options.numeric ? 'amount' : '', options.className ?? ''].filter(Boolean).join(' ');
  return html`
    <th role="columnheader" scope="col" aria-sort=${ariaSort} class=${className}>
      <button type="button" class="sort" @click=${() => onSort(nextSort(sort, key))}>
        ${label}<span aria-hidden="true" class="sort-arrow">${arrow}</span>
      </button>
    </th>
  `;
}

/** True when the signed-in user may work in the Payment Center. */
export function isStaff(me: Me): boolean {
  return me.user.role === 'staff';
}

/**
 * The one calm sentence a payer's token reads in a staff element (which asks for nothing but `/me`).
 * `what` starts the sentence ("The Payment Center"), translated by the caller.
 */
export function staffOnlySentence(what: string, t: Translate = english): string {
  return t("{what} is for the community's billing team (staff only); sign in with a staff account to use it.", { what });
}

/** The notice a payer (or anyone without the permission) sees in a staff element: calm, announced politely. */
export function renderStaffOnly(what: string, t: Translate = english): TemplateResult {
  return renderNotice(staffOnlySentence(what, t), 'info');
}

/**
 * A panel's focusable heading (`id="heading"`, `part="heading"`) at level 3 inside the Payment
 * Center's tabs, or level 2 when the panel stands alone on a page.
 */
export function renderPanelHeading(level: 2 | 3, text: string): TemplateResult {
  return level === 3
    ? html`<h3 id="heading" part="heading" tabindex="-1">${text}</h3>`
    : html`<h2 id="heading" part="heading" tabindex="-1">${text}</h2>`;
}
