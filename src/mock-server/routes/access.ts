// Settings, residents, portal access and invitations. Changes run inside `backend.mutate`, so a
// refused request leaves the store exactly as it was.
import {
  acceptInvitation,
  createInvitation,
  listProfiles,
  listResidents,
  listUsers,
  previewInvitation,
  resendInvitation,
  updateUser,
  type ConnectUserStatus,
  type ListUsersQuery,
} from '../engine/access.js';
import type { MockBackend } from '../engine/backend.js';
import { getSettings, updateSettings, type SettingsChange } from '../engine/settings.js';
import type { AllocationPolicy } from '../engine/state.js';
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
        return ok(backend.mutate((draft) => updateSettings(draft, user, settingsChange(body))));
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
  return change;
}

/** A string property the document already required (empty when absent, which the engine refuses). */
function stringProperty(body: unknown, name: string): string {
  const value = property(body, name);
  return typeof value === 'string' ? value : '';
}
