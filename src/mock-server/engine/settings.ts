// The community's billing settings as the billing team reads and changes them. Payers read the same
// settings through `GET /me`, so a change here (e.g. the gateway switched off) shows there at once.
import { EngineError } from './errors.js';
import { requirePermission } from './auth.js';
import { settingsView, type CommunitySettings } from './views.js';
import type { AllocationPolicy, BillingState, Permission, UserRecord } from './state.js';

/** What `PATCH /staff/settings` may change (the contract's `UpdateSettingsRequest`). */
export interface SettingsChange {
  gatewayEnabled?: boolean;
  portalEnabled?: boolean;
  cardFeeBasisPoints?: number;
  bankFeeBasisPoints?: number;
  allocationPolicy?: AllocationPolicy;
}

/** The largest convenience fee SPEC allows: 3%. */
export const MAX_FEE_BASIS_POINTS = 300;

const ALLOCATION_POLICIES: readonly AllocationPolicy[] = ['oldest_first', 'newest_first', 'unapplied_credit'];

/** The message payers get from staff-only paths. */
export const STAFF_ONLY_MESSAGE = 'This page is for the community billing team.';

/**
 * Refuses with 403 `forbidden` unless the user is staff holding `permission`. The role is checked
 * first so a payer always gets the same "staff only" answer, whatever their profile says.
 */
export function requireStaff(state: BillingState, user: UserRecord, permission: Permission): void {
  if (user.role !== 'staff') throw new EngineError('forbidden', STAFF_ONLY_MESSAGE);
  requirePermission(state, user, permission);
}

/** `GET /staff/settings`. */
export function getSettings(state: BillingState, user: UserRecord): CommunitySettings {
  requireStaff(state, user, 'staff_settings');
  return settingsView(state.settings);
}

/**
 * `PATCH /staff/settings` on a draft store (run it inside `MockBackend.mutate`). The document
 * already validates the body; the checks here keep the engine safe when called directly.
 */
export function updateSettings(draft: BillingState, user: UserRecord, change: SettingsChange): CommunitySettings {
  requireStaff(draft, user, 'staff_settings');
  const fields: Record<string, string> = {};
  for (const name of ['cardFeeBasisPoints', 'bankFeeBasisPoints'] as const) {
    const value = change[name];
    if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > MAX_FEE_BASIS_POINTS)) {
      fields[name] = `Must be a whole number of basis points from 0 to ${MAX_FEE_BASIS_POINTS}.`;
    }
  }
  if (change.allocationPolicy !== undefined && !ALLOCATION_POLICIES.includes(change.allocationPolicy)) {
    fields['allocationPolicy'] = `Must be one of: ${ALLOCATION_POLICIES.join(', ')}.`;
  }
  if (Object.keys(fields).length > 0) throw EngineError.validation(fields);
  const settings = draft.settings;
  if (change.gatewayEnabled !== undefined) settings.gatewayEnabled = change.gatewayEnabled;
  if (change.portalEnabled !== undefined) settings.portalEnabled = change.portalEnabled;
  if (change.cardFeeBasisPoints !== undefined) settings.cardFeeBasisPoints = change.cardFeeBasisPoints;
  if (change.bankFeeBasisPoints !== undefined) settings.bankFeeBasisPoints = change.bankFeeBasisPoints;
  if (change.allocationPolicy !== undefined) settings.allocationPolicy = change.allocationPolicy;
  return settingsView(settings);
}
