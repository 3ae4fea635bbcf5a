// The demo community website: registers the widgets, starts the mock billing backend in a service
// worker, and lets a visitor switch between the seeded personas (each payer, and the billing team).
// Pages: the billing widgets (/), the mailbox of emails the mock sent (/mailbox), the "How to pay
// bills" guide (/how-to-pay) and the invitation page (/accept-invitation?token=…). The first three
// switch in place (the widgets keep their state); the invitation link loads the page afresh.
import '../src/index.js';
import './mailbox.js';
import { startMockWorker } from '../src/mock-server/browser.js';
import { createTestTokenizer, themeStylesheet, type AlisBillingProvider } from '../src/index.js';
import type { components } from '../src/contract/types.js';
import type { DemoMailbox } from './mailbox.js';

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
  mailbox: required<HTMLElement>('#mailbox-view'),
  guide: required<HTMLElement>('#guide-view'),
};
const mailbox = required<DemoMailbox>('demo-mailbox');
const intro = required<HTMLElement>('.intro h1');
const introText = required<HTMLElement>('.intro p');
const payerIntro = [...introText.childNodes].map((node) => node.cloneNode(true));

/** The pages that switch in place, by path. */
const routes = { '/': 'billing', '/mailbox': 'mailbox', '/how-to-pay': 'guide' } as const;
type Route = (typeof routes)[keyof typeof routes];
const routeOf = (path: string): Route | undefined => (Object.hasOwn(routes, path) ? routes[path as keyof typeof routes] : undefined);
let route: Route = routeOf(location.pathname) ?? 'billing';
let personaRole: Persona['role'] = 'payer';

/** The views of widgets inside the provider: only those of whoever is signed in are on the page. */
type WidgetView = 'payer' | 'staff' | 'invitation';
/** Where each view taken off the page stood, so it goes back to the same place. */
const parked = new Map<WidgetView, Comment>();

/**
 * Puts on the page the widgets of `wanted` and takes the others off it. A widget that is merely
 * hidden still loads as the signed-in user (the payer widgets would ask for a staff member's bills);
 * one off the page aborts what it was doing and asks for nothing. Put back, it carries on.
 */
function mountOnly(...wanted: WidgetView[]): void {
  for (const name of ['payer', 'staff', 'invitation'] as const) {
    const view = views[name];
    const placeholder = parked.get(name);
    if (wanted.includes(name)) {
      if (placeholder) {
        placeholder.replaceWith(view);
        parked.delete(name);
      }
    } else if (!placeholder) {
      const mark = document.createComment(` ${view.id} `);
      view.replaceWith(mark);
      parked.set(name, mark);
    }
  }
}

// Nobody is signed in until the mock answers and a persona is chosen: no widget asks for anything yet.
mountOnly();

// Persisted, so a payment made in the demo is still there after a reload ("Reset demo data" clears it).
await startMockWorker({ delayMs: 250, persist: true });

// Development card entry: clearly labelled test-mode fields whose test numbers match the mock
// gateway. A real site passes createStripeTokenizer({ publishableKey }) instead.
provider.tokenizer = createTestTokenizer({ enabled: true });
// The guide, in a provider with no token (it is public), added only now that the mock answers.
const guide = document.createElement('alis-payment-guide');
guide.heading = 'A guide for residents and families';
guide.portalUrl = `${location.origin}/`; // printed in its sign-in steps
required<HTMLElement>('#public-provider').append(guide);

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

// Links to the pages above (the top bars, the guide's link in an email) switch in place; focus goes
// to the new page's heading. Anything else (the invitation link) loads normally.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
  if (!link || link.target || link.origin !== location.origin) return;
  const next = routeOf(link.pathname);
  if (!next || link.search) return;
  event.preventDefault();
  if (link.pathname !== location.pathname) history.pushState(null, '', link.pathname);
  showRoute(next, { focus: true });
});
window.addEventListener('popstate', () => {
  const next = routeOf(location.pathname);
  if (next) showRoute(next, { focus: true });
});

// "Look": the ready-made themes as a community's page would use them (their stylesheets, and
// `theme` on the provider), and a second community's brand set through the same tokens.
const themeSheet = document.createElement('style');
themeSheet.textContent = `${themeStylesheet('dark')}\n${themeStylesheet('large-text')}`;
document.head.append(themeSheet);
const look = required<HTMLSelectElement>('#look');
look.addEventListener('change', () => {
  const value = look.value;
  if (value) document.documentElement.dataset['look'] = value;
  else delete document.documentElement.dataset['look'];
  provider.theme = value === 'dark' || value === 'large-text' ? value : undefined;
});

// "Widgets' language": `lang` on the provider, so the widgets switch while this English demo page
// stays English; a Spanish site would set `<html lang="es">` and the widgets would follow it.
const language = required<HTMLSelectElement>('#language');
language.addEventListener('change', () => {
  provider.lang = language.value;
});

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
  personaRole = persona.role;
  mountOnly(persona.role === 'staff' ? 'staff' : 'payer');
  showRoute(route);
}

/** Shows `next`: on the billing page, the payer's or the billing team's widgets for the persona. */
function showRoute(next: Route, { focus = false } = {}): void {
  route = next;
  if (next === 'mailbox') {
    showView('mailbox');
    void mailbox.refresh();
  } else if (next === 'guide') {
    showView('guide');
  } else {
    showView(personaRole === 'staff' ? 'staff' : 'payer');
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-route]')) {
    if (link.dataset.route === next) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (focus) intro.focus();
}

function showView(view: keyof typeof views): void {
  for (const [name, element] of Object.entries(views)) element.hidden = name !== view;
  const [title, text] =
    view === 'staff'
      ? ['Billing office', "Deposit the week's payments, pull payments on the agreed days, fix who an invoice goes to, and manage who may use the portal."]
      : view === 'invitation'
        ? ['Welcome to resident billing', null]
        : view === 'mailbox'
          ? ['Mailbox', 'Every email the mock billing service has sent, newest first: invitations, receipts, declines, bank returns, advance notices and requests from the billing office. A real service sends them to each inbox.']
          : view === 'guide'
            ? ['How to pay bills', null]
            : ['Resident billing', null];
  intro.textContent = title;
  if (text === null) introText.replaceChildren(...(view === 'payer' || view === 'invitation' ? payerIntro.map((node) => node.cloneNode(true)) : []));
  else introText.textContent = text;
  introText.hidden = view === 'guide';
  document.title = `${title} · Willow Creek Senior Living`;
}

function showInvitation(token: string): void {
  provider.token = undefined;
  description.textContent = 'Accepting an invitation: nobody is signed in yet.';
  mountOnly('invitation');
  const accept = views.invitation.querySelector<HTMLElement & { token: string }>('#accept-invitation');
  if (!accept) throw new Error('The demo page lacks #accept-invitation.');
  accept.token = token;
  showView('invitation');
  accept.addEventListener('alis-invitation-accepted', (event) => {
    // The new user is signed in with the session's token: their billing appears below the welcome.
    provider.token = event.session.token;
    description.textContent = `Signed in as ${event.session.user.displayName}, who just accepted an invitation.`;
    history.replaceState(null, '', '/');
    personaRole = 'payer';
    route = 'billing';
    mountOnly('invitation', 'payer');
    showView('payer');
    views.invitation.hidden = false;
  });
}
