// Settings, residents, portal access and invitations. Changes run inside `backend.mutate`, so a
// refused request leaves the store exactly as it was.
import {
  acceptInvitation,
  createInvitation,
  createProfile,
  deleteProfile,
  listProfiles,
  listResidents,
  listUsers,
  previewInvitation,
  resendInvitation,
  updateProfile,
  updateUser,
  type ConnectUserStatus,
  type ListUsersQuery,
  type ProfileInput,
} from '../engine/access.js';
import { AUDIT_SUBJECT_TYPES, listAuditLog, type AuditLogQuery } from '../engine/audit.js';
import type { MockBackend } from '../engine/backend.js';
import { getSettings, updateSettings, type SettingsChange } from '../engine/settings.js';
import type { AllocationPolicy, BillingOfficeRecord, CardFunding, Permission } from '../engine/state.js';
import { created, ok, property, type Route } from './route.js';

/**
 * `GET|PATCH /staff/settings`, `GET /staff/residents`, `GET /staff/profiles`, `GET /staff/users`,
 * `PATCH /staff/users/{userId}`, `POST /staff/invitations`, `POST /staff/invitations/{id}/resend`,
 * `GET /invitations/{token}` and `POST /invitations/{token}/accept`.
 */
export function accessRoutes(backend: MockBackend): Route[] {
  return [
    {
      method: 'get',
      path: '/staff/settings',
      run: ({ authorization }) => ok(getSettings(backend.state, backend.authenticate(authorization))),
    },
    {
      method: 'patch',
      path: '/staff/settings',
      run: ({ authorization, body }) => {
        const user = backend.authenticate(authorization);
        return ok(backend.mutate((draft, now) => updateSettings(draft, now, user, settingsChange(body))));
      },
    },
    {
      method: 'get',
      path: '/staff/residents',
      run: ({ authorization, query }) => {
        const search = typeof query['search'] === 'string' ? query['search'] : undefined;
        return ok({ items: listResidents(backend.state, backend.authenticate(authorization), search) });
      },
    },
    {
      method: 'get',
      path: '/staff/profiles',
      run: ({ authorization }) => ok({ items: listProfiles(backend.state, backend.authenticate(authorization)) }),
    },
    {
      method: 'post',
      path: '/staff/profiles',
      run: ({ authorization, body }) => {
        const user = backend.authenticate(authorization);
        const input = profileInput(body);
        return created(backend.mutate((draft, now) => createProfile(draft, now, user, { ...input, name: input.name ?? '', permissions: input.permissions ?? [] })));
      },
    },
    {
      method: 'patch',
      path: '/staff/profiles/{profileId}',
      run: ({ authorization, params, body }) => {
        const user = backend.authenticate(authorization);
        return ok(backend.mutate((draft, now) => updateProfile(draft, now, user, params['profileId'] ?? '', profileInput(body))));
      },
    },
    {
      method: 'delete',
      path: '/staff/profiles/{profileId}',
      run: ({ authorization, params }) => {
        const user = backend.authenticate(authorization);
        backend.mutate((draft, now) => deleteProfile(draft, now, user, params['profileId'] ?? ''));
        return { status: 204 };
      },
    },
    {
      method: 'get',
      path: '/staff/audit-log',
      run: ({ authorization, query }) => ok(listAuditLog(backend.state, backend.authenticate(authorization), auditQuery(query))),
    },
    {
      method: 'get',
      path: '/staff/users',
      run: ({ authorization, query }) =>
        ok(listUsers(backend.state, backend.now(), backend.authenticate(authorization), usersQuery(query))),
    },
    {
      method: 'patch',
      path: '/staff/users/{userId}',
      run: ({ authorization, params, body }) => {
        const actor = backend.authenticate(authorization);
        const profileId = property(body, 'profileId');
        const revoked = property(body, 'revoked');
        const change = {
          ...(typeof profileId === 'string' ? { profileId } : {}),
          ...(typeof revoked === 'boolean' ? { revoked } : {}),
        };
        return ok(backend.mutate((draft, now) => updateUser(draft, now, actor, params['userId'] ?? '', change)));
      },
    },
    {
      method: 'post',
      path: '/staff/invitations',
      run: ({ authorization, body }) => {
        const actor = backend.authenticate(authorization);
        const input = {
          email: stringProperty(body, 'email'),
          partyId: stringProperty(body, 'partyId'),
          profileId: stringProperty(body, 'profileId'),
          sensitiveInformationConfirmed: property(body, 'sensitiveInformationConfirmed') === true,
        };
        return created(backend.mutate((draft, now) => createInvitation(draft, now, actor, input)));
      },
    },
    {
      method: 'post',
      path: '/staff/invitations/{invitationId}/resend',
      run: ({ authorization, params }) => {
        const actor = backend.authenticate(authorization);
        return ok(backend.mutate((draft, now) => resendInvitation(draft, now, actor, params['invitationId'] ?? '')));
      },
    },
    {
      method: 'get',
      path: '/invitations/{token}',
      run: ({ params }) => ok(previewInvitation(backend.state, backend.now(), params['token'] ?? '')),
    },
    {
      method: 'post',
      path: '/invitations/{token}/accept',
      run: ({ params, body }) => {
        const displayName = stringProperty(body, 'displayName');
        return created(backend.mutate((draft, now) => acceptInvitation(draft, now, params['token'] ?? '', { displayName })));
      },
    },
  ];
}

const STATUSES: readonly ConnectUserStatus[] = ['invited', 'active', 'expired', 'revoked'];
const POLICIES: readonly AllocationPolicy[] = ['oldest_first', 'newest_first', 'unapplied_credit'];

function usersQuery(query: Record<string, unknown>): ListUsersQuery {
  const result: ListUsersQuery = {};
  const status = STATUSES.find((s) => s === query['status']);
  if (status) result.status = status;
  if (typeof query['limit'] === 'number') result.limit = query['limit'];
  if (typeof query['cursor'] === 'string') result.cursor = query['cursor'];
  return result;
}

/** The validated `CreateProfileRequest` / `UpdateProfileRequest`. */
function profileInput(body: unknown): ProfileInput {
  const input: ProfileInput = {};
  const name = property(body, 'name');
  const description = property(body, 'description');
  const permissions = property(body, 'permissions');
  if (typeof name === 'string') input.name = name;
  if (typeof description === 'string') input.description = description;
  if (Array.isArray(permissions)) input.permissions = permissions.filter((p): p is Permission => typeof p === 'string') as Permission[];
  return input;
}

function auditQuery(query: Record<string, unknown>): AuditLogQuery {
  const result: AuditLogQuery = {};
  const type = AUDIT_SUBJECT_TYPES.find((t) => t === query['subjectType']);
  if (type) result.subjectType = type;
  if (typeof query['subjectId'] === 'string') result.subjectId = query['subjectId'];
  if (typeof query['limit'] === 'number') result.limit = query['limit'];
  if (typeof query['cursor'] === 'string') result.cursor = query['cursor'];
  return result;
}

function settingsChange(body: unknown): SettingsChange {
  const change: SettingsChange = {};
  const gateway = property(body, 'gatewayEnabled');
  const portal = property(body, 'portalEnabled');
  const card = property(body, 'cardFeeBasisPoints');
  const bank = property(body, 'bankFeeBasisPoints');
  const policy = POLICIES.find((p) => p === property(body, 'allocationPolicy'));
  if (typeof gateway === 'boolean') change.gatewayEnabled = gateway;
  if (typeof portal === 'boolean') change.portalEnabled = portal;
  if (typeof card === 'number') change.cardFeeBasisPoints = card;
  if (typeof bank === 'number') change.bankFeeBasisPoints = bank;
  if (policy) change.allocationPolicy = policy;
  const lead = property(body, 'pullNoticeLeadDays');
  if (typeof lead === 'number') change.pullNoticeLeadDays = lead;
  const fundings = property(body, 'cardFeeFundings');
  if (Array.isArray(fundings)) change.cardFeeFundings = fundings as CardFunding[];
  for (const name of ['cardFeeFlatCents', 'bankFeeFlatCents'] as const) {
    const value = property(body, name);
    if (typeof value === 'number') change[name] = value;
  }
  for (const name of ['cardFeeCapCents', 'bankFeeCapCents'] as const) {
    const value = property(body, name);
    if (typeof value === 'number' || value === null) change[name] = value;
  }
  const prohibited = property(body, 'cardSurchargesProhibited');
  if (typeof prohibited === 'boolean') change.cardSurchargesProhibited = prohibited;
  const onRefund = property(body, 'feeOnRefund');
  if (onRefund === 'kept' || onRefund === 'refunded') change.feeOnRefund = onRefund;
  const office = property(body, 'billingOffice');
  if (office !== undefined) {
    const part = (name: string): string | null => {
      const value = property(office, name);
      return typeof value === 'string' ? value : null;
    };
    const billingOffice: BillingOfficeRecord = { name: part('name') ?? '', phone: part('phone'), email: part('email'), hours: part('hours') };
    change.billingOffice = billingOffice;
  }
  return change;
}

/** A string property the document already required (empty when absent, which the engine refuses). */
function stringProperty(body: unknown, name: string): string {
  const value = property(body, name);
  return typeof value === 'string' ? value : '';
}
