// `GET /me` and the mock's persona list.
import { meView, type Me } from './views.js';
import { personas, type Persona } from './seed.js';
import type { BillingState, UserRecord } from './state.js';

/** The signed-in user's session: any authenticated, non-revoked user, staff included. */
export function getMe(state: BillingState, user: UserRecord): Me {
  return meView(state, user);
}

/** The seeded personas still present in the state, in their stable order. */
export function listPersonas(state: BillingState): Persona[] {
  return personas.filter((p) => state.users.some((u) => u.id === p.userId)).map((p) => ({ ...p }));
}
