// The demo community website: registers the widgets, starts the mock billing backend in a service
// worker, and lets a visitor switch between the seeded personas (each payer, and the billing team).
import '../src/index.js';
import { startMockWorker } from '../src/mock-server/browser.js';
import { createTestTokenizer, type AlisBillingProvider } from '../src/index.js';
import type { components } from '../src/sdk/generated/openapi-schema.js';

type Persona = components['schemas']['MockPersona'];

const storageKey = 'alis-demo-persona';
const provider = required<AlisBillingProvider>('#provider');
const select = required<HTMLSelectElement>('#persona');
const description = required<HTMLElement>('#persona-description');
const resetButton = required<HTMLButtonElement>('#reset');
const views = {
  payer: required<HTMLElement>('#payer-view'),
  staff: required<HTMLElement>('#staff-view'),
  invitation: required<HTMLElement>('#invitation-view'),
};
const intro = required<HTMLElement>('.intro h1');
const introText = required<HTMLElement>('.intro p');
const payerIntro = introText.textContent ?? '';

// Persisted, so a payment made in the demo is still there after a reload ("Reset demo data" clears it).
await startMockWorker({ delayMs: 250, persist: true });

// Development card entry: clearly labelled test-mode fields whose test numbers match the mock
// gateway. A real site passes createStripeTokenizer({ publishableKey }) instead.
provider.tokenizer = createTestTokenizer();

const personas = await loadPersonas();
renderPersonaOptions(personas);
// The invitation email's link (/accept-invitation?token=…) opens the acceptance page; accepting
// signs the new user in, as a real portal would.
const invitationToken = new URLSearchParams(location.search).get('token');
if (location.pathname.endsWith('/accept-invitation') && invitationToken) {
  showInvitation(invitationToken);
} else {
  usePersona(pickInitialPersona(personas));
}

select.addEventListener('change', () => {
  const persona = personas.find((p) => p.userId === select.value);
  if (persona) usePersona(persona);
});

resetButton.addEventListener('click', async () => {
  await fetch('/api/v1/__mock/reset', { method: 'POST' });
  location.reload();
});

async function loadPersonas(): Promise<Persona[]> {
  const response = await fetch('/api/v1/__mock/personas');
  const body = (await response.json()) as { items: Persona[] };
  return body.items;
}

function renderPersonaOptions(list: Persona[]): void {
  select.replaceChildren(
    ...list.map((persona) => {
      const option = document.createElement('option');
      option.value = persona.userId;
      option.textContent = persona.role === 'staff' ? `${persona.displayName} (billing team)` : persona.displayName;
      return option;
    }),
  );
  select.disabled = false;
}

function pickInitialPersona(list: Persona[]): Persona {
  const wanted = new URLSearchParams(location.search).get('persona') ?? localStorage.getItem(storageKey);
  const persona = list.find((p) => p.userId === wanted) ?? list[0];
  if (!persona) throw new Error('The mock backend has no personas.');
  return persona;
}

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The demo page lacks ${selector}.`);
  return element;
}

function usePersona(persona: Persona): void {
  select.value = persona.userId;
  localStorage.setItem(storageKey, persona.userId);
  description.textContent = persona.description;
  provider.token = persona.token;
  showView(persona.role === 'staff' ? 'staff' : 'payer');
}

function showView(view: keyof typeof views): void {
  for (const [name, element] of Object.entries(views)) element.hidden = name !== view;
  intro.textContent = view === 'staff' ? 'Billing office' : view === 'invitation' ? 'Welcome to resident billing' : 'Resident billing';
  introText.textContent =
    view === 'staff'
      ? "Deposit the week's payments, pull payments on the agreed days, fix who an invoice goes to, and manage who may use the portal."
      : payerIntro;
}

function showInvitation(token: string): void {
  provider.token = undefined;
  description.textContent = 'Accepting an invitation: nobody is signed in yet.';
  const accept = required<HTMLElement & { token: string }>('#accept-invitation');
  accept.token = token;
  showView('invitation');
  accept.addEventListener('alis-invitation-accepted', (event) => {
    // The new user is signed in with the session's token: their billing appears below the welcome.
    provider.token = event.session.token;
    description.textContent = `Signed in as ${event.session.user.displayName}, who just accepted an invitation.`;
    history.replaceState(null, '', '/');
    showView('payer');
    views.invitation.hidden = false;
  });
}
