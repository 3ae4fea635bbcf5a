// The profile form and the delete confirmation load when one is first opened, not with the list
// (issue 15): most visits to User profiles only read them. Their own module so that both the
// element (which renders them) and its actions controller (which waits for them before moving
// focus into them) share one load.
import { onDemandModule } from '../shared/on-demand-element.js';

/** `profile-form.ts`: `renderProfileForm` and `renderDeleteConfirmation`. */
export const profileFormPart = onDemandModule(() => import('./profile-form.js'));
