import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AlisAddressFields } from '../../src/components/payment-methods/address-fields.js';
import { AlisBankAccountFields } from '../../src/components/payment-methods/bank-account-fields.js';
import { US_STATES } from '../../src/core/address.js';
import type { Address } from '../../src/sdk/types.js';
import { textOf } from '../support/dom.js';
import { runFormControlTests } from '../support/form-control-suite.js';
import { typeInto } from '../support/session.js';

// The lead registers the tags in a define module; the test registers them itself.
AlisAddressFields.define('alis-address-fields');
AlisBankAccountFields.define('alis-bank-account-fields');

const CHECKSUM_MESSAGE =
  "This routing number doesn't check out — the 9 digits fail the bank's check-digit test, so one is probably mistyped. " +
  'It is the first number printed at the bottom left of a check.';

const residentHome: Address = {
  name: 'Margaret Ellison',
  line1: '1200 Maple Grove Ln',
  line2: 'Apt 4B',
  city: 'Springfield',
  state: 'IL',
  postalCode: '62704',
  country: 'US',
};

type Host = AlisAddressFields | AlisBankAccountFields;

const control = (element: Host, id: string) => element.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>(`#${id}`)!;
const errorOf = (element: Host, id: string) => textOf(element.shadowRoot!.getElementById(`${id}-error`));
const labelOf = (element: Host, id: string) => textOf(element.shadowRoot!.querySelector(`label[for="${id}"]`));
const statusOf = (element: Host) => textOf(element.shadowRoot!.querySelector('[role="status"]'));
const focused = (element: Host) => element.shadowRoot!.activeElement;

/** The texts an input's aria-describedby points at, in order. */
function descriptionOf(element: Host, id: string): string[] {
  const ids = control(element, id).getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((ref) => textOf(element.shadowRoot!.getElementById(ref))).filter(Boolean);
}

/** Focuses a field and types on the real keyboard, as a payer would. */
async function type(element: Host, id: string, text: string): Promise<void> {
  const input = control(element, id);
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Leaves the focused field with Tab. */
async function leave(element: Host): Promise<void> {
  await sendKeys({ press: 'Tab' });
  await element.updateComplete;
}

/** Picks an option as a payer's click would: the select changes, then fires input and change. */
async function choose(element: Host, id: string, value: string): Promise<void> {
  const select = control(element, id);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function addressFields(template = html`<alis-address-fields></alis-address-fields>`, width?: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${width ? `width: ${width}px` : ''}>${template}<button type="button">Next</button></div>`);
  const element = wrapper.querySelector('alis-address-fields')!;
  await element.updateComplete;
  return element;
}

async function bankFields(template = html`<alis-bank-account-fields></alis-bank-account-fields>`, width?: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${width ? `width: ${width}px` : ''}>${template}<button type="button">Next</button></div>`);
  const element = wrapper.querySelector('alis-bank-account-fields')!;
  await element.updateComplete;
  return element;
}

async function fillAddress(element: AlisAddressFields, address: Partial<Record<'name' | 'line1' | 'line2' | 'city' | 'postalCode', string>> & { state?: string }) {
  for (const [id, text] of Object.entries(address)) {
    if (id === 'state') await choose(element, 'state', text);
    else await type(element, id, text);
  }
}

/** Every interactive control and choice row of the element: each must be a 44px target. */
function targets(element: Host): Element[] {
  return [...element.shadowRoot!.querySelectorAll('input:not([type="checkbox"], [type="radio"]), select, label.choice, summary')];
}

function expectNoSidewaysScroll(element: Host, width: number): void {
  expect(element.scrollWidth, 'element').to.be.at.most(width);
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.right - element.getBoundingClientRect().left, `${node.tagName}#${node.id || node.className}`).to.be.at.most(width + 0.5);
  }
}

describe('<alis-address-fields>', () => {
  it('labels every field, groups them under a legend, and gives the browser autofill hints', async () => {
    const element = await addressFields();
    const root = element.shadowRoot!;
    expect(textOf(root.querySelector('legend'))).to.equal('Billing address');
    const expected: Array<[id: string, label: string, autocomplete: string]> = [
      ['name', 'Full name', 'name'],
      ['country', 'Country', 'country'],
      ['line1', 'Street address', 'address-line1'],
      ['line2', 'Apartment, suite or unit (optional)', 'address-line2'],
      ['city', 'City', 'address-level2'],
      ['state', 'State', 'address-level1'],
      ['postalCode', 'ZIP code', 'postal-code'],
    ];
    for (const [id, label, autocomplete] of expected) {
      expect(labelOf(element, id), id).to.equal(label);
      expect(control(element, id).getAttribute('autocomplete'), id).to.equal(autocomplete);
    }
    expect(control(element, 'state').tagName).to.equal('SELECT');
    expect(control(element, 'country').value).to.equal('US');
    expect(control(element, 'postalCode').getAttribute('inputmode')).to.equal('numeric');
    expect(control(element, 'line2').getAttribute('aria-required')).to.equal('false');
    expect(control(element, 'line1').getAttribute('aria-required')).to.equal('true');
    // The state list offers every USPS code, after a "Choose a state" prompt.
    const options = [...control(element, 'state').options].map((option) => option.value);
    expect(options).to.deep.equal(['', ...US_STATES.map((state) => state.code)]);
    expect(options).to.include.members(['DC', 'PR', 'AE']);
  });

  it('takes legend and name label from the host', async () => {
    const element = await addressFields(html`<alis-address-fields legend="Card billing address" name-label="Name on the card"></alis-address-fields>`);
    expect(textOf(element.shadowRoot!.querySelector('legend'))).to.equal('Card billing address');
    expect(labelOf(element, 'name')).to.equal('Name on the card');
  });

  it('names no account of its own: a standalone group asks for the full name, not the “name on the account”', async () => {
    const element = await addressFields();
    expect(labelOf(element, 'name')).to.equal('Full name');
    expect(textOf(element.shadowRoot)).not.to.contain('account');
  });

  it('without-name leaves the name out, for a form that asks for it elsewhere: not shown, not checked, not counted', async () => {
    const element = await addressFields(html`<alis-address-fields without-name></alis-address-fields>`);
    expect(element.shadowRoot!.querySelector('#name'), 'no name field').to.equal(null);
    expect([...element.shadowRoot!.querySelectorAll('label')].map((label) => textOf(label))).not.to.include('Full name');
    element.errors = { name: 'Enter the name on the billing address.' };
    expect(element.validate()).to.be.false;
    await element.updateComplete;
    expect(statusOf(element), 'the name is not among the fields that need attention').to.equal('4 fields need attention.');
    expect(textOf(element.shadowRoot)).not.to.contain('Enter the name on the billing address.');
    expect(focused(element)).to.equal(control(element, 'line1'));
    await fillAddress(element, { line1: '40 Bay St', city: 'Chicago', state: 'IL', postalCode: '60601' });
    expect(element.validate(), 'complete without a name').to.be.true;
    expect(element.value.name).to.equal('');
  });

  it('on validate() shows every missing field, moves focus to the first, and announces how many need attention', async () => {
    const element = await addressFields();
    expect(errorOf(element, 'name'), 'nothing shown before').to.equal('');
    expect(element.validate()).to.be.false;
    await element.updateComplete;
    expect(errorOf(element, 'name')).to.equal('Enter the full name.');
    expect(errorOf(element, 'line1')).to.equal('Enter the street address.');
    expect(errorOf(element, 'line2')).to.equal('');
    expect(errorOf(element, 'city')).to.equal('Enter the city or town.');
    expect(errorOf(element, 'state')).to.equal('Choose a state.');
    expect(errorOf(element, 'postalCode')).to.equal('Enter the ZIP code.');
    expect(statusOf(element)).to.equal('5 fields need attention.');
    expect(focused(element)).to.equal(control(element, 'name'));
    expect(control(element, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(control(element, 'line2').getAttribute('aria-invalid')).to.equal('false');
    expect(descriptionOf(element, 'postalCode')).to.deep.equal(['Enter the ZIP code.']);

    // With the name typed, the next failed validate() takes the payer to the street address.
    await type(element, 'name', 'David Ellison');
    expect(errorOf(element, 'name'), 'an error goes as soon as the field is fine').to.equal('');
    expect(element.validate()).to.be.false;
    await element.updateComplete;
    expect(focused(element)).to.equal(control(element, 'line1'));
    expect(statusOf(element)).to.equal('4 fields need attention.');

    await fillAddress(element, { line1: '40 Bay St', city: 'Chicago', state: 'IL', postalCode: '60601' });
    expect(element.validate()).to.be.true;
    await element.updateComplete;
    for (const id of ['name', 'line1', 'city', 'state', 'postalCode']) expect(errorOf(element, id), id).to.equal('');
  });

  it('shows a field’s error when the payer leaves it after editing, not while typing or when only tabbing through', async () => {
    const element = await addressFields();
    control(element, 'name').focus();
    await leave(element);
    expect(errorOf(element, 'name'), 'tabbed through').to.equal('');

    await type(element, 'postalCode', '6270');
    expect(errorOf(element, 'postalCode'), 'while typing').to.equal('');
    await leave(element);
    expect(errorOf(element, 'postalCode')).to.equal('Enter a 5-digit ZIP code, like 62704, or ZIP+4, like 62704-1234.');
    expect(statusOf(element)).to.equal('ZIP code: Enter a 5-digit ZIP code, like 62704, or ZIP+4, like 62704-1234.');
    expect(control(element, 'postalCode').getAttribute('aria-invalid')).to.equal('true');

    control(element, 'postalCode').focus();
    await sendKeys({ type: '4' });
    await element.updateComplete;
    expect(errorOf(element, 'postalCode')).to.equal('');
    expect(element.value.postalCode).to.equal('62704');
  });

  it('accepts ZIP+4 with or without its hyphen, and refuses other US postal codes in words', async () => {
    const element = await addressFields();
    const zipMessage = 'Enter a 5-digit ZIP code, like 62704, or ZIP+4, like 62704-1234.';
    for (const [typed, message] of [
      ['62704-1234', ''],
      ['627041234', ''],
      ['62704-12', zipMessage],
      ['M5J 2X2', zipMessage],
    ] as const) {
      await type(element, 'postalCode', typed);
      await leave(element);
      expect(errorOf(element, 'postalCode'), typed).to.equal(message);
    }
    await type(element, 'postalCode', '627041234');
    expect(element.value.postalCode).to.equal('62704-1234');
  });

  it('requires a US state from the list, and asks for a region and postal code in words outside the US', async () => {
    const element = await addressFields();
    element.value = { ...residentHome, state: 'ZZ' };
    await element.updateComplete;
    expect(control(element, 'state').value, 'an unknown code is not selected').to.equal('');
    expect(element.validate()).to.be.false;
    await element.updateComplete;
    expect(errorOf(element, 'state')).to.equal('Choose a state from the list; “ZZ” is not a US state.');
    expect(focused(element)).to.equal(control(element, 'state'));

    await choose(element, 'state', 'WI');
    expect(errorOf(element, 'state')).to.equal('');
    expect(element.value.state).to.equal('WI');

    await choose(element, 'country', 'CA');
    const state = control(element, 'state');
    expect(state.tagName).to.equal('INPUT');
    expect(labelOf(element, 'state')).to.equal('State, province or region');
    expect(state.value, 'a US state does not carry over to Canada').to.equal('');
    expect(labelOf(element, 'postalCode')).to.equal('Postal code');
    expect(control(element, 'postalCode').getAttribute('inputmode')).to.equal('text');
    expect(control(element, 'postalCode').getAttribute('autocomplete')).to.equal('postal-code');
    expect(state.getAttribute('autocomplete')).to.equal('address-level1');

    expect(element.validate()).to.be.false;
    await element.updateComplete;
    expect(errorOf(element, 'state')).to.equal('Enter the state, province or region.');
    expect(errorOf(element, 'postalCode'), 'a ZIP is no postal code in Canada, but it is a postal code').to.equal('');
    await type(element, 'state', 'on');
    await type(element, 'postalCode', 'M5J 2X2');
    expect(element.validate()).to.be.true;
    expect(element.value).to.deep.equal({ ...residentHome, state: 'ON', postalCode: 'M5J 2X2', country: 'CA' });
  });

  it('returns what was typed, trimmed and normalized, and fills the fields from a value set by the host', async () => {
    const element = await addressFields();
    await fillAddress(element, { name: '  David Ellison ', line1: '40 Bay St ', city: ' Chicago', state: 'IL', postalCode: '60601 ' });
    expect(element.value).to.deep.equal({ name: 'David Ellison', line1: '40 Bay St', line2: null, city: 'Chicago', state: 'IL', postalCode: '60601', country: 'US' });

    element.value = { ...residentHome, state: 'illinois', country: 'us' };
    await element.updateComplete;
    expect(control(element, 'line1').value).to.equal('1200 Maple Grove Ln');
    expect(control(element, 'line2').value).to.equal('Apt 4B');
    expect(control(element, 'state').value).to.equal('IL');
    expect(control(element, 'country').value).to.equal('US');
    expect(element.value).to.deep.equal(residentHome);

    // A saved address abroad, in a country outside the short list, keeps its country.
    element.value = { ...residentHome, state: 'Gauteng', postalCode: '2196', country: 'ZA' };
    await element.updateComplete;
    expect(control(element, 'country').value).to.equal('ZA');
    expect(textOf(control(element, 'country').selectedOptions[0])).to.equal('South Africa');
    expect(element.validate()).to.be.true;
  });

  it('fills the address from the resident’s and locks it while “same as the resident’s address” is ticked, keeping the name editable', async () => {
    const element = await addressFields(html`<alis-address-fields .residentAddress=${residentHome}></alis-address-fields>`);
    const checkbox = control(element, 'same-as-resident');
    expect(textOf(checkbox.closest('label'))).to.equal("Same as the resident's address (1200 Maple Grove Ln, Apt 4B, Springfield, IL 62704)");
    expect(checkbox.checked).to.be.false;

    await type(element, 'line1', '9 Elm St');
    checkbox.click();
    await element.updateComplete;
    expect(element.sameAsResident).to.be.true;
    for (const id of ['country', 'line1', 'line2', 'city', 'state', 'postalCode']) {
      expect(control(element, id).disabled, `${id} disabled`).to.be.true;
    }
    expect(control(element, 'line1').value).to.equal('1200 Maple Grove Ln');
    expect(control(element, 'state').value).to.equal('IL');
    expect(control(element, 'postalCode').value).to.equal('62704');
    expect(control(element, 'name').disabled).to.be.false;
    expect(control(element, 'name').value, 'the resident’s name is not copied').to.equal('');

    await type(element, 'name', 'David Ellison');
    expect(element.value).to.deep.equal({ ...residentHome, name: 'David Ellison' });
    expect(element.validate()).to.be.true;

    // Unticked, the resident's address stays in the fields, now editable.
    checkbox.click();
    await element.updateComplete;
    expect(control(element, 'line1').disabled).to.be.false;
    expect(control(element, 'line1').value).to.equal('1200 Maple Grove Ln');
    await type(element, 'line2', 'Apt 5C');
    expect(element.value).to.deep.equal({ ...residentHome, name: 'David Ellison', line2: 'Apt 5C' });
  });

  it('shows errors from the host at once and clears each one when the payer edits its field', async () => {
    const element = await addressFields();
    element.value = residentHome;
    element.errors = { postalCode: 'This ZIP code does not match the card.', city: 'We could not find this city.' };
    await element.updateComplete;
    expect(errorOf(element, 'postalCode')).to.equal('This ZIP code does not match the card.');
    expect(errorOf(element, 'city')).to.equal('We could not find this city.');
    expect(control(element, 'postalCode').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();

    await type(element, 'postalCode', '62701');
    expect(errorOf(element, 'postalCode')).to.equal('');
    expect(control(element, 'postalCode').getAttribute('aria-invalid')).to.equal('false');
    expect(element.errors).to.deep.equal({ city: 'We could not find this city.' });
    expect(errorOf(element, 'city'), 'other fields keep theirs').to.equal('We could not find this city.');

    // An outstanding host error makes validate() fail and take the payer there.
    expect(element.validate()).to.be.false;
    await element.updateComplete;
    expect(focused(element)).to.equal(control(element, 'city'));
    expect(statusOf(element)).to.equal('1 field needs attention.');
  });

  it('fires input and change from the element, once per edit, with value current', async () => {
    const element = await addressFields();
    const seen: string[] = [];
    element.addEventListener('input', () => seen.push(`input:${element.value.city}`));
    element.addEventListener('change', () => seen.push(`change:${element.value.city}`));
    await type(element, 'city', 'Ab');
    await leave(element);
    expect(seen).to.deep.equal(['input:A', 'input:Ab', 'change:Ab']);
  });

  it('blocks a surrounding form while incomplete, and follows a disabled fieldset and its own disabled property', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><alis-address-fields></alis-address-fields></fieldset></form>`);
    const element = form.querySelector('alis-address-fields')!;
    await element.updateComplete;
    expect(form.checkValidity()).to.be.false;
    element.value = residentHome;
    await element.updateComplete;
    expect(form.checkValidity()).to.be.true;

    form.querySelector('fieldset')!.disabled = true;
    await element.updateComplete;
    expect(control(element, 'line1').matches(':disabled')).to.be.true;
    expect(form.checkValidity(), 'a disabled group is not validated').to.be.true;
    form.querySelector('fieldset')!.disabled = false;
    await element.updateComplete;
    expect(control(element, 'line1').matches(':disabled')).to.be.false;

    element.disabled = true;
    await element.updateComplete;
    for (const node of element.shadowRoot!.querySelectorAll('input, select')) expect((node as HTMLInputElement).matches(':disabled')).to.be.true;
  });

  it('moves focus to the name field on focus()', async () => {
    const element = await addressFields(html`<alis-address-fields .residentAddress=${residentHome}></alis-address-fields>`);
    element.focus();
    expect(focused(element)).to.equal(control(element, 'name'));
  });

  it('is accessible clean, with a resident’s address, and showing errors', async () => {
    const element = await addressFields(html`<alis-address-fields .residentAddress=${residentHome}></alis-address-fields>`);
    await expect(element).to.be.accessible();
    element.validate();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    control(element, 'same-as-resident').click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('offers 44px targets and fits a 320px screen, errors and the resident’s address included', async () => {
    const element = await addressFields(html`<alis-address-fields .residentAddress=${{ ...residentHome, line1: '1200 Maple Grove Lane Northwest, Building C' }}></alis-address-fields>`, 320);
    element.validate();
    await element.updateComplete;
    for (const target of targets(element)) {
      expect(target.getBoundingClientRect().height, `${target.tagName}#${target.id}`).to.be.at.least(44);
    }
    expectNoSidewaysScroll(element, 320);
    // Too narrow for city, state and ZIP side by side: city has a line of its own.
    expect(control(element, 'state').getBoundingClientRect().top).to.be.greaterThan(control(element, 'city').getBoundingClientRect().bottom);
  });

  it('puts city, state and ZIP on one line when there is room', async () => {
    const element = await addressFields(undefined, 640);
    const tops = ['city', 'state', 'postalCode'].map((id) => Math.round(control(element, id).getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    expectNoSidewaysScroll(element, 640);
  });
});

describe('<alis-bank-account-fields>', () => {
  const ACCOUNT = '004417520386';

  /** Every place outside the inputs' live values where a number could linger: attributes anywhere, text, the element's own attributes. */
  function tracesOf(element: AlisBankAccountFields, digits: string): string[] {
    const found: string[] = [];
    for (const attribute of element.attributes) if (attribute.value.includes(digits)) found.push(`host @${attribute.name}`);
    for (const node of element.shadowRoot!.querySelectorAll('*')) {
      for (const attribute of node.attributes) if (attribute.value.includes(digits)) found.push(`${node.tagName} @${attribute.name}`);
      if (node instanceof HTMLInputElement && node.value.replace(/\D/g, '').includes(digits)) found.push(`${node.id} value`);
    }
    if ((element.shadowRoot!.textContent ?? '').includes(digits)) found.push('text');
    if (element.outerHTML.includes(digits) || element.shadowRoot!.innerHTML.includes(digits)) found.push('markup');
    return found;
  }

  async function fillBank(element: AlisBankAccountFields, entry: { holderName?: string; routingNumber?: string; accountNumber?: string; confirmAccountNumber?: string }) {
    for (const [id, text] of Object.entries(entry)) await type(element, id, text);
  }

  it('labels every field, links its hint and error, and keeps the numbers out of autofill and spell-check', async () => {
    const element = await bankFields();
    const root = element.shadowRoot!;
    expect(textOf(root.querySelector('legend'))).to.equal('Bank account');
    expect(labelOf(element, 'holderName')).to.equal("Account holder's name");
    expect(control(element, 'holderName').getAttribute('autocomplete')).to.equal('name');
    expect(labelOf(element, 'routingNumber')).to.equal('Routing number');
    expect(labelOf(element, 'accountNumber')).to.equal('Account number');
    expect(labelOf(element, 'confirmAccountNumber')).to.equal('Confirm account number');
    for (const id of ['routingNumber', 'accountNumber', 'confirmAccountNumber']) {
      const input = control(element, id);
      expect(input.getAttribute('inputmode'), id).to.equal('numeric');
      expect(input.getAttribute('autocomplete'), id).to.equal('off');
      expect(input.getAttribute('spellcheck'), id).to.equal('false');
      expect(input.hasAttribute('value'), id).to.be.false;
    }
    expect(control(element, 'routingNumber').maxLength).to.equal(9);
    expect(descriptionOf(element, 'routingNumber')).to.deep.equal(['The 9 digits at the bottom left of a check']);
    expect(descriptionOf(element, 'accountNumber')).to.deep.equal(['4 to 17 digits']);

    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => textOf(radio.closest('label')))).to.deep.equal(['Checking', 'Savings']);
    expect(textOf(radios[0]!.closest('fieldset')!.querySelector('legend'))).to.equal('Account type');
    expect(radios[0]!.checked).to.be.true;
    expect(textOf(root.querySelector('summary'))).to.equal('Where do I find these numbers?');
  });

  it('explains a routing number that fails the check digit in words, when the payer leaves it', async () => {
    const element = await bankFields();
    await type(element, 'routingNumber', '011000016');
    expect(errorOf(element, 'routingNumber'), 'not while typing').to.equal('');
    await leave(element);
    expect(errorOf(element, 'routingNumber')).to.equal(CHECKSUM_MESSAGE);
    expect(control(element, 'routingNumber').getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(element, 'routingNumber')).to.deep.equal(['The 9 digits at the bottom left of a check', CHECKSUM_MESSAGE]);
    expect(statusOf(element)).to.equal(`Routing number: ${CHECKSUM_MESSAGE}`);

    await type(element, 'routingNumber', '011000015');
    expect(errorOf(element, 'routingNumber')).to.equal('');
    expect(control(element, 'routingNumber').getAttribute('aria-invalid')).to.equal('false');
  });

  it('stops the routing number at 9 characters and asks for all 9 digits', async () => {
    const element = await bankFields();
    await type(element, 'routingNumber', '0210000219');
    expect(control(element, 'routingNumber').value).to.equal('021000021');
    await type(element, 'routingNumber', '02100');
    await leave(element);
    expect(errorOf(element, 'routingNumber')).to.equal('A routing number has 9 digits; this has 5.');
  });

  it('says when the two account numbers do not match, and when the account number is too short', async () => {
    const element = await bankFields();
    await fillBank(element, { accountNumber: ACCOUNT, confirmAccountNumber: '004417520387' });
    await leave(element);
    expect(errorOf(element, 'confirmAccountNumber')).to.equal("The account numbers don't match.");
    await type(element, 'confirmAccountNumber', '0044 1752 0386');
    expect(errorOf(element, 'confirmAccountNumber'), 'spacing does not matter').to.equal('');

    await type(element, 'accountNumber', '123');
    await leave(element);
    expect(errorOf(element, 'accountNumber')).to.equal('An account number has 4 to 17 digits; this has 3.');
    expect(errorOf(element, 'confirmAccountNumber'), 'no second message about a number that is itself wrong').to.equal('');
  });

  it('on validate() shows every problem, focuses the first and announces how many', async () => {
    const element = await bankFields();
    expect(element.validate()).to.be.false;
    await element.updateComplete;
    expect(errorOf(element, 'holderName')).to.equal('Enter the name on the bank account.');
    expect(errorOf(element, 'routingNumber')).to.equal('Enter the routing number.');
    expect(errorOf(element, 'accountNumber')).to.equal('Enter the account number.');
    expect(focused(element)).to.equal(control(element, 'holderName'));
    expect(statusOf(element)).to.equal('3 fields need attention.');

    await fillBank(element, { holderName: 'David Ellison', routingNumber: '021000021', accountNumber: ACCOUNT });
    expect(element.validate()).to.be.false;
    await element.updateComplete;
    expect(errorOf(element, 'confirmAccountNumber')).to.equal('Enter the account number again to confirm it.');
    expect(focused(element)).to.equal(control(element, 'confirmAccountNumber'));
    expect(statusOf(element)).to.equal('1 field needs attention.');

    await type(element, 'confirmAccountNumber', ACCOUNT);
    expect(element.validate()).to.be.true;
  });

  it('returns digits only from value, with the account type chosen', async () => {
    const element = await bankFields();
    await fillBank(element, { holderName: ' David Ellison ', routingNumber: '071000013', accountNumber: '0044-1752 0386', confirmAccountNumber: ACCOUNT });
    (element.shadowRoot!.querySelector('input[value="savings"]') as HTMLInputElement).click();
    await element.updateComplete;
    expect(control(element, 'accountNumber').value, 'the input keeps what was typed').to.equal('0044-1752 0386');
    expect(element.value).to.deep.equal({ holderName: 'David Ellison', accountType: 'savings', routingNumber: '071000013', accountNumber: ACCOUNT });
    expect(element.validate()).to.be.true;
  });

  it('clear() empties the number fields so the full account number is nowhere in the element', async () => {
    const element = await bankFields();
    await fillBank(element, { holderName: 'David Ellison', routingNumber: '021000021', accountNumber: ACCOUNT, confirmAccountNumber: ACCOUNT });
    expect(element.value.accountNumber).to.equal(ACCOUNT);
    expect(tracesOf(element, ACCOUNT), 'only in the two inputs while typed').to.deep.equal(['accountNumber value', 'confirmAccountNumber value']);

    element.clear();
    await element.updateComplete;
    for (const id of ['routingNumber', 'accountNumber', 'confirmAccountNumber']) expect(control(element, id).value, id).to.equal('');
    expect(tracesOf(element, ACCOUNT)).to.deep.equal([]);
    expect(tracesOf(element, '0386'), 'not even the last four').to.deep.equal([]);
    expect(element.value).to.deep.equal({ holderName: 'David Ellison', accountType: 'checking', routingNumber: '', accountNumber: '' });
    expect(errorOf(element, 'accountNumber'), 'emptied, not refused').to.equal('');
  });

  it('never writes to localStorage or sessionStorage', async () => {
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      writes.push(`${key}=${value}`);
      setItem.call(this, key, value);
    };
    const before = { local: localStorage.length, session: sessionStorage.length };
    try {
      const element = await bankFields();
      await fillBank(element, { holderName: 'David Ellison', routingNumber: '021000021', accountNumber: ACCOUNT, confirmAccountNumber: ACCOUNT });
      await leave(element);
      element.validate();
      element.clear();
      await element.updateComplete;
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(writes).to.deep.equal([]);
    expect({ local: localStorage.length, session: sessionStorage.length }).to.deep.equal(before);
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) expect(storage.getItem(storage.key(i)!) ?? '').not.to.include(ACCOUNT);
    }
  });

  it('shows errors from the host at once and clears each when the payer edits its field', async () => {
    const element = await bankFields();
    element.errors = { routingNumber: 'This bank does not accept electronic payments.', holderName: 'Use the name the bank has on file.' };
    await element.updateComplete;
    expect(errorOf(element, 'routingNumber')).to.equal('This bank does not accept electronic payments.');
    expect(errorOf(element, 'holderName')).to.equal('Use the name the bank has on file.');
    await expect(element).to.be.accessible();

    await type(element, 'routingNumber', '011000015');
    expect(errorOf(element, 'routingNumber')).to.equal('');
    expect(element.errors).to.deep.equal({ holderName: 'Use the name the bank has on file.' });
    expect(errorOf(element, 'holderName')).to.equal('Use the name the bank has on file.');
  });

  it('blocks a surrounding form while incomplete and follows its own disabled property', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><alis-bank-account-fields></alis-bank-account-fields></form>`);
    const element = form.querySelector('alis-bank-account-fields')!;
    await element.updateComplete;
    expect(form.checkValidity()).to.be.false;
    await fillBank(element, { holderName: 'David Ellison', routingNumber: '021000021', accountNumber: ACCOUNT, confirmAccountNumber: ACCOUNT });
    expect(form.checkValidity()).to.be.true;
    expect([...new FormData(form).values()].join(' '), 'no form data carries the number').not.to.include(ACCOUNT);

    element.disabled = true;
    await element.updateComplete;
    for (const node of element.shadowRoot!.querySelectorAll('input')) expect(node.matches(':disabled')).to.be.true;
  });

  it('moves focus to the holder’s name on focus()', async () => {
    const element = await bankFields();
    element.focus();
    expect(focused(element)).to.equal(control(element, 'holderName'));
  });

  it('is accessible clean and showing errors', async () => {
    const element = await bankFields();
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector('details')!.open = true;
    await fillBank(element, { routingNumber: '011000016', accountNumber: ACCOUNT, confirmAccountNumber: '1234' });
    element.validate();
    await element.updateComplete;
    expect(errorOf(element, 'routingNumber')).to.equal(CHECKSUM_MESSAGE);
    expect(errorOf(element, 'confirmAccountNumber')).to.equal("The account numbers don't match.");
    await expect(element).to.be.accessible();
  });

  it('offers 44px targets and fits a 320px screen with every error and the help open', async () => {
    const element = await bankFields(undefined, 320);
    element.shadowRoot!.querySelector('details')!.open = true;
    await fillBank(element, { routingNumber: '011000016' });
    element.validate();
    await element.updateComplete;
    for (const target of targets(element)) {
      expect(target.getBoundingClientRect().height, `${target.tagName}#${target.id}`).to.be.at.least(44);
    }
    expectNoSidewaysScroll(element, 320);
  });
});

runFormControlTests<AlisAddressFields>('alis-address-fields', {
  async fill(element) {
    const typed = { name: 'Margaret Ellison', line1: '1200 Maple Grove Ln', city: 'Springfield', postalCode: '62704' };
    for (const [id, text] of Object.entries(typed)) await typeInto(control(element, id), text);
    await choose(element, 'state', 'IL');
  },
  submitted: [],
  report: (element) => element.validate(),
  firstControl: (element) => control(element, 'name'),
  setHostError: (element, message) => {
    element.errors = { postalCode: message };
  },
});

runFormControlTests<AlisBankAccountFields>('alis-bank-account-fields', {
  async fill(element) {
    const entry = { holderName: 'David Ellison', routingNumber: '071000013', accountNumber: '004417520386', confirmAccountNumber: '004417520386' };
    for (const [id, text] of Object.entries(entry)) await typeInto(control(element, id), text);
  },
  submitted: [],
  report: (element) => element.validate(),
  firstControl: (element) => control(element, 'holderName'),
  setHostError: (element, message) => {
    element.errors = { routingNumber: message };
  },
});
