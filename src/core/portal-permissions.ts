// What each portal permission lets a payer do, in the words staff read when they give a profile
// and in the sentences that say what a change of a profile does to the people who have it.
import { english, type Translate } from './i18n/translate.js';
import type { PortalPermission } from '../sdk/types.js';

/** The three permissions a portal profile may grant, in the order they are shown. */
export const PORTAL_PERMISSIONS: readonly PortalPermission[] = ['view_billing', 'pay_bills', 'manage_payment_methods'];

interface PermissionWords {
  /** As a checkbox label and in a list of what a profile allows. */
  label: (t: Translate) => string;
  /** What it means, plainly, under the checkbox. */
  explanation: (t: Translate) => string;
  /** After "will be able to" / "will no longer be able to". */
  ability: (t: Translate) => string;
}

const words: Record<PortalPermission, PermissionWords> = {
  view_billing: {
    label: (t) => t("Sees all of the resident's billing"),
    explanation: (t) =>
      t('Every invoice of the resident, whoever it is addressed to, with its line items and balance, and the payments made on the account with who made them.'),
    ability: (t) => t("see all of the resident's billing"),
  },
  pay_bills: {
    label: (t) => t('Pays invoices addressed to them'),
    explanation: (t) => t('Pays online the invoices addressed to them, and only those. Without "sees all of the resident\'s billing" they see only those invoices.'),
    ability: (t) => t('pay the invoices addressed to them'),
  },
  manage_payment_methods: {
    label: (t) => t('Saves payment methods'),
    explanation: (t) => t('Saves, renames and removes their cards and bank accounts, and may allow the billing team to collect automatically.'),
    ability: (t) => t('save payment methods'),
  },
};

/** Whether a permission is one a portal profile may grant. */
export function isPortalPermission(permission: string): permission is PortalPermission {
  return (PORTAL_PERMISSIONS as readonly string[]).includes(permission);
}

/** The permission as a short label, e.g. "Pays invoices addressed to them". */
export function portalPermissionLabel(permission: PortalPermission, t: Translate = english): string {
  return words[permission].label(t);
}

/** What the permission means, in a sentence or two. */
export function portalPermissionExplanation(permission: PortalPermission, t: Translate = english): string {
  return words[permission].explanation(t);
}

/** What the permission lets someone do, to follow "will be able to". */
export function portalPermissionAbility(permission: PortalPermission, t: Translate = english): string {
  return words[permission].ability(t);
}
