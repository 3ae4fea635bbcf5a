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

// Persisted, so a payment made in the demo is still there after a reload ("Reset demo data" clears it).
await startMockWorker({ delayMs: 250, persist: true });

// Development card entry: clearly labelled test-mode fields whose test numbers match the mock
// gateway. A real site passes createStripeTokenizer({ publishableKey }) instead.
provider.tokenizer = createTestTokenizer();

const personas = await loadPersonas();
renderPersonaOptions(personas);
usePersona(pickInitialPersona(personas));

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
}
