// The table of portal users and invitations: who, for which resident, with which profile, their
// status and dates, and each row's actions with the confirmation open under it. Plain templates
// over the loaded list and the AccessActionsController, so the element keeps one shadow root.
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { renderSortableHeader } from '../shared/staff.js';
import { renderConfirmationPanel } from './confirmation-panel.js';
import { requestMethodPart } from '../payment-center/on-demand-parts.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatDateOfInstant, formatDateTime } from '../../core/format.js';
import { paymentMethodRequestsOffSentence } from '../../core/switch-consequences.js';
import { describeRelationship } from '../../core/access-words.js';
import { describeUserStatus, lastChangeOf, userName, userSortValue, type ConnectAccessSortKey } from '../../core/portal-users.js';
import type { AccessActionsController } from './access-actions.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { ConnectUser, Me, UserProfile } from '../../sdk/types.js';

/** What the table shows and how it is sorted. */
export interface UsersTable {
  me: Me;
  profiles: readonly UserProfile[];
  users: readonly ConnectUser[];
  /** Whether more users are left to load (the count then says "shown"). */
  more: boolean;
  refreshing: boolean;
  sort: SortState<ConnectAccessSortKey> | null;
  onSort: (next: SortState<ConnectAccessSortKey>) => void;
  locale: string | undefined;
  /** The client `<alis-pc-request-method>` asks with. */
  client: AlisClient | undefined;
  actions: AccessActionsController;
  /** The element's words. */
  t: Translate;
}

/** The users, sorted, with the open row action under its row. */
export function renderUsersTable(table: UsersTable): TemplateResult {
  const profiles = new Map(table.profiles.map((p) => [p.id, p]));
  const rows = sortRows(table.users, table.sort, (user, key) => userSortValue(user, key, profiles));
  const { t } = table;
  const header = (label: string, key: ConnectAccessSortKey) => renderSortableHeader(label, key, table.sort, table.onSort);
  return html`
    <div class="table-wrap users">
      <table part="table" role="table" aria-busy=${table.refreshing ? 'true' : 'false'}>
        <caption>
          ${t('Portal users and invitations')}
          <span class="muted">${table.more ? t.plural(rows.length, { one: '({count} shown)', other: '({count} shown)' }) : `(${rows.length})`}</span>
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${header(t('Name and email'), 'name')} ${header(t('Resident'), 'resident')} ${header(t('Profile'), 'profile')} ${header(t('Status'), 'status')}
            ${header(t.ctx('date column', 'Invited'), 'invited')} ${header(t('Last change'), 'changed')}
            <th role="columnheader" scope="col">${t('Actions')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map((user) => renderRow(user, table, profiles))}
        </tbody>
      </table>
    </div>
  `;
}

/** Why nobody can be asked to add a payment method now (a switch is off), as a line above the list. */
export function renderRequestsOff(me: Me, t: Translate): TemplateResult | typeof nothing {
  const sentence = paymentMethodRequestsOffSentence(me.community, t);
  return sentence ? html`<p class="muted" data-kind="request-off">${sentence}</p>` : nothing;
}

function renderRow(user: ConnectUser, table: UsersTable, profiles: Map<string, UserProfile>): TemplateResult {
  const { t } = table;
  const timeZone = table.me.community.timeZone;
  const date = (iso: string | null | undefined) => formatDateOfInstant(iso, timeZone, table.locale);
  // An expiry is a moment: the link stops working at that time on the community's clock.
  const moment = (iso: string) => formatDateTime(iso, timeZone, table.locale);
  const invitation = user.invitation;
  const open = table.actions.state.action?.userId === user.id ? table.actions.state.action : null;
  return html`
    <tr role="row" data-user-id=${user.id} data-status=${user.status}>
      <th role="rowheader" scope="row" class="name" tabindex="-1" data-label=${t('Name and email')}>
        <span class="person">${userName(user)}</span>${userName(user) === user.email ? nothing : html`<span class="email">${renderEmail(user.email)}</span>`}
      </th>
      <td role="cell" class="resident" data-label=${t('Resident')}>${renderLink(user, t)}</td>
      <td role="cell" class="profile" data-label=${t('Profile')} data-profile-id=${user.profileId}>${profiles.get(user.profileId)?.name ?? user.profileId}</td>
      <td role="cell" class="status" data-label=${t('Status')}>
        <span class="badge" part="status" data-status=${user.status}>${describeUserStatus(user, t)}</span>
        ${statusDetail(user, date, moment, t)}
      </td>
      <td role="cell" class="date invited" data-label=${t.ctx('date column', 'Invited')}>
        ${invitation ? date(invitation.sentAt) : '—'}
        ${invitation && invitation.sentCount > 1 ? html`<span class="muted detail">${t.plural(invitation.sentCount, { one: 'Sent {count} time', other: 'Sent {count} times' })}</span>` : nothing}
      </td>
      <td role="cell" class="date changed" data-label=${t('Last change')}>${date(lastChangeOf(user)) || '—'}</td>
      <td role="cell" class="row-actions">${renderRowActions(user, table, canBeAskedForMethod(user, table.me, profiles))}</td>
    </tr>
    ${open
      ? html`<tr role="row" class="action-row" data-action-for=${user.id}>
          <td role="cell" colspan="7">${renderConfirmationPanel(user, open, table.profiles, table.actions, t)}</td>
        </tr>`
      : nothing}
  `;
}

/** An email address that wraps before its `@` when the column is narrow, not in the middle of a name. */
function renderEmail(email: string): TemplateResult | string {
  const at = email.lastIndexOf('@');
  return at > 0 ? html`${email.slice(0, at)}<wbr />${email.slice(at)}` : email;
}

/** The resident, and who the user is to them ("Son", or "Daniel Whitaker, Son" when the names differ). */
function renderLink(user: ConnectUser, t: Translate): TemplateResult | string {
  const party = user.party;
  if (!party) return user.residentName ?? '—';
  const relationship = describeRelationship(party, t);
  const who = party.name === userName(user) ? relationship : `${party.name}, ${relationship}`;
  return html`${user.residentName ?? party.name}<span class="muted detail" data-party-id=${party.id}>${who}</span>`;
}

function statusDetail(
  user: ConnectUser,
  date: (iso: string | null | undefined) => string,
  moment: (iso: string) => string,
  t: Translate,
): TemplateResult | typeof nothing {
  switch (user.status) {
    case 'invited':
      return user.invitation
        ? html`<span class="muted detail">${renderUnbroken(t('Not yet accepted; the link expires {moment}', { moment: moment(user.invitation.expiresAt) }))}</span>`
        : nothing;
    case 'expired':
      return user.invitation
        ? html`<span class="muted detail">${renderUnbroken(t('Expired {moment}; resend to give a new link', { moment: moment(user.invitation.expiresAt) }))}</span>`
        : nothing;
    case 'active':
      return user.acceptedAt ? html`<span class="muted detail">${renderUnbroken(t('Since {date}', { date: date(user.acceptedAt) }))}</span>` : nothing;
    case 'revoked':
      return user.revokedAt ? html`<span class="muted detail">${renderUnbroken(t('On {date}', { date: date(user.revokedAt) }))}</span>` : nothing;
    default:
      return nothing;
  }
}

/**
 * Whether "Ask to add a payment method" can reach this user: both switches on, and an active user
 * whose profile lets them save methods (the engine refuses anyone else with `conflict`).
 */
function canBeAskedForMethod(user: ConnectUser, me: Me, profiles: Map<string, UserProfile>): boolean {
  return (
    // Whether a switch is off (the sentence's words do not matter here).
    paymentMethodRequestsOffSentence(me.community) === null &&
    user.status === 'active' &&
    user.party !== null &&
    (profiles.get(user.profileId)?.permissions.includes('manage_payment_methods') ?? false)
  );
}

function renderRowActions(user: ConnectUser, table: UsersTable, canAskForMethod: boolean): TemplateResult {
  const { actions, t } = table;
  const name = userName(user);
  const busy = actions.busy;
  // Short visible words; screen readers also hear whom each button acts on.
  const label = (text: string, rest: string) => html`${text}<span class="visually-hidden"> ${rest}</span>`;
  if (user.status === 'revoked') {
    return html`<div class="actions">
      <button type="button" data-action="invite-again" ?disabled=${busy} @click=${() => actions.openInvite(user)}>
        ${label(t('Invite again'), t.ctx('whom “Invite again” is for', '{name}', { name }))}
      </button>
    </div>`;
  }
  const pending = user.status === 'invited' || user.status === 'expired';
  const party = canAskForMethod ? user.party : null;
  // Usually here already (Connect access prefetches it with the list); the element upgrades when it arrives.
  if (party) requestMethodPart.prefetch();
  return html`<div class="actions">
    ${pending && user.invitation
      ? html`<button type="button" data-action="resend" ?disabled=${busy} @click=${() => actions.openAction('resend', user)}>
          ${label(t('Resend'), t('the invitation to {email}', { email: user.email }))}
        </button>`
      : nothing}
    <button type="button" data-action="profile" ?disabled=${busy} @click=${() => actions.openAction('profile', user)}>
      ${label(t('Change profile'), t('of {name}', { name }))}
    </button>
    <button type="button" data-action="revoke" ?disabled=${busy} @click=${() => actions.openAction('revoke', user)}>
      ${pending ? label(t('Cancel invitation'), t.ctx('after “Cancel invitation”', 'to {name}', { name })) : label(t('Revoke'), t('the access of {name}', { name }))}
    </button>
    ${party
      ? html`<alis-pc-request-method .client=${table.client} .partyId=${party.id} .payerName=${name} .email=${user.email}></alis-pc-request-method>`
      : nothing}
  </div>`;
}
