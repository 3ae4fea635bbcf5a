// Shared by the stories: the seeded personas, fetched from the mock backend the stories run on.
import type { components } from '../src/sdk/generated/openapi-schema.js';

export type Persona = components['schemas']['MockPersona'];

/** A Storybook loader that provides `loaded.personas`. */
export async function loadPersonas(): Promise<{ personas: Persona[] }> {
  const response = await fetch('/api/v1/__mock/personas');
  return { personas: ((await response.json()) as { items: Persona[] }).items };
}

/** The persona a story shows, by kind. */
export function pickPersona(personas: Persona[], kind: 'default-payer' | 'other-payer' | 'revoked' | 'staff'): Persona | undefined {
  const payers = personas.filter((p) => p.role === 'payer' && !/revoked/i.test(p.description));
  switch (kind) {
    case 'default-payer':
      return payers[0];
    case 'other-payer':
      return payers[1];
    case 'revoked':
      return personas.find((p) => /revoked/i.test(p.description));
    case 'staff':
      return personas.find((p) => p.role === 'staff');
  }
}
