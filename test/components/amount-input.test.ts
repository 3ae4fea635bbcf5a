import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/define/alis-amount-input.js';
import type { AlisAmountInput } from '../../src/components/amount-input/amount-input.js';
import { textOf } from '../support/dom.js';
import { runFormControlTests } from '../support/form-control-suite.js';
import { typeInto } from '../support/session.js';

const inputOf = (element: AlisAmountInput) => element.shadowRoot!.querySelector('input')!;
const errorOf = (element: AlisAmountInput) => textOf(element.shadowRoot!.querySelector('[part="error"]'));

/** Focuses the field and types on the real keyboard, as a payer would. */
async function type(element: AlisAmountInput, text: string): Promise<void> {
  inputOf(element).focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Leaves the field with Tab (each fixture has a button after it to move to). */
async function leave(element: AlisAmountInput): Promise<void> {
  await sendKeys({ press: 'Tab' });
  await element.updateComplete;
}

async function field(template = html`<alis-amount-input label="Amount to pay"></alis-amount-input>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}<button type="button">Next</button></div>`);
  const element = wrapper.querySelector('alis-amount-input')!;
  await element.updateComplete;
  return element;
}

async function formWith(template = html`<alis-amount-input name="amount" label="Amount to pay"></alis-amount-input>`) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button>Pay</button></form>`);
  const element = form.querySelector('alis-amount-input')!;
  await element.updateComplete;
  return { form, element };
}

describe('<alis-amount-input>', () => {
  afterEach(() => resetMouse());

  it('reads "1,234.56" typed on the keyboard as 123456 cents and keeps the text as typed', async () => {
    const element = await field();
    const seen: Array<number | null> = [];
    element.addEventListener('input', () => seen.push(element.valueCents));
    await type(element, '1,234.56');
    expect(element.valueCents).to.equal(123456);
    expect(inputOf(element).value).to.equal('1,234.56');
    // One event per key, each after valueCents was updated (the native event does not leak through too).
    expect(seen).to.have.length(8);
    expect(seen.at(-1)).to.equal(123456);
    expect(seen[0]).to.equal(100);
  });

  it('reads "12,5" as a decimal comma and shows how it read it when the payer leaves', async () => {
    const element = await field();
    await type(element, '12,5');
    expect(element.valueCents).to.equal(1250);
    expect(inputOf(element).value).to.equal('12,5');
    await leave(element);
    expect(inputOf(element).value).to.equal('12.50');
    expect(element.valueCents).to.equal(1250);
  });

  it('never reformats while the payer types', async () => {
    const element = await field();
    await type(element, '$1234.5');
    expect(inputOf(element).value).to.equal('$1234.5');
    expect(element.valueCents).to.equal(123450);
    await leave(element);
    expect(inputOf(element).value).to.equal('1,234.50');
  });

  it('fires change when the payer leaves an edited field, with valueCents current', async () => {
    const element = await field();
    await type(element, '20');
    const change = oneEvent(element, 'change');
    await leave(element);
    const event = await change;
    expect(event.composed).to.be.true;
    expect(event.bubbles).to.be.true;
    expect(element.valueCents).to.equal(2000);
  });

  it('is invalid while empty, but says so only on reportValidity(), which also focuses the input', async () => {
    const element = await field();
    expect(element.validity.valueMissing).to.be.true;
    expect(element.validationMessage).to.equal('Enter an amount.');
    expect(element.checkValidity()).to.be.false;
    expect(errorOf(element)).to.equal('');
    expect(inputOf(element).getAttribute('aria-invalid')).to.equal('false');

    expect(element.reportValidity()).to.be.false;
    await element.updateComplete;
    expect(errorOf(element)).to.equal('Enter an amount.');
    expect(inputOf(element).getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element));
  });

  it('is valid while empty when not required, and says "(optional)"', async () => {
    const element = await field(html`<alis-amount-input label="Tip" .required=${false}></alis-amount-input>`);
    expect(element.checkValidity()).to.be.true;
    expect(element.valueCents).to.equal(null);
    expect(textOf(element.shadowRoot!.querySelector('label'))).to.equal('Tip (optional)');
  });

  it('shows its error only after the payer leaves the field, and drops it as soon as the amount is fine', async () => {
    const element = await field();
    await type(element, '12.345');
    expect(element.validity.badInput).to.be.true;
    expect(element.valueCents).to.equal(null);
    expect(errorOf(element), 'no error while typing').to.equal('');

    await leave(element);
    expect(errorOf(element)).to.equal('Use at most 2 digits after the decimal point.');
    expect(inputOf(element).value, 'an unreadable amount is left as typed').to.equal('12.345');

    inputOf(element).focus();
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    expect(element.valueCents).to.equal(1234);
    expect(errorOf(element)).to.equal('');
    expect(element.checkValidity()).to.be.true;
  });

  it('does not show an error when the payer only tabs through an empty field', async () => {
    const element = await field();
    inputOf(element).focus();
    await leave(element);
    expect(errorOf(element)).to.equal('');
  });

  it('refuses letters, zero and more than the balance, in words', async () => {
    const element = await field(html`<alis-amount-input label="Amount to pay" .max=${123456}></alis-amount-input>`);
    await type(element, 'ten');
    await leave(element);
    expect(errorOf(element)).to.equal('Enter the amount in numbers, like 1,234.56.');

    inputOf(element).select();
    await type(element, '0');
    await leave(element);
    expect(element.validity.rangeUnderflow).to.be.true;
    expect(errorOf(element)).to.equal('Enter at least $0.01.');

    inputOf(element).select();
    await type(element, '2000');
    await leave(element);
    expect(element.validity.rangeOverflow).to.be.true;
    expect(element.valueCents).to.equal(200000);
    expect(errorOf(element)).to.equal('The most you can pay here is $1,234.56.');

    inputOf(element).select();
    await type(element, '1234.56');
    await leave(element);
    expect(element.checkValidity()).to.be.true;
    expect(errorOf(element)).to.equal('');
  });

  it('says the limit in the host\'s words when given max-message', async () => {
    const element = await field(html`<alis-amount-input label="Amount to refund" .max=${5000} max-message="At most {max} can still be refunded."></alis-amount-input>`);
    await type(element, '60');
    await leave(element);
    expect(element.validity.rangeOverflow).to.be.true;
    expect(errorOf(element)).to.equal('At most $50.00 can still be refunded.');
    element.maxMessage = 'No more than {max}, please.';
    await element.updateComplete;
    expect(errorOf(element)).to.equal('No more than $50.00, please.');
    expect(element.validationMessage).to.equal('No more than $50.00, please.');
  });

  it('submits the cents under its name in a form, and blocks the form while invalid', async () => {
    const { form, element } = await formWith();
    expect(form.checkValidity(), 'empty and required').to.be.false;
    expect(element.form).to.equal(form);
    expect(element.willValidate).to.be.true;

    await type(element, '1,234.56');
    expect(new FormData(form).get('amount')).to.equal('123456');
    expect(form.checkValidity()).to.be.true;

    inputOf(element).select();
    await type(element, 'abc');
    expect(form.checkValidity()).to.be.false;
    expect(new FormData(form).has('amount')).to.be.false;

    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    expect(submitted, 'an invalid amount blocks submission').to.equal(0);
  });

  it('submits the form when the payer presses Enter in the field', async () => {
    const { form, element } = await formWith();
    await type(element, '25');
    const submit = oneEvent(form, 'submit');
    form.addEventListener('submit', (event) => event.preventDefault());
    await sendKeys({ press: 'Enter' });
    await submit;
    expect(new FormData(form).get('amount')).to.equal('2500');
  });

  it('is cleared by a form reset, or returns to its value-cents attribute', async () => {
    const { form, element } = await formWith();
    await type(element, '12.50');
    form.reset();
    await element.updateComplete;
    expect(element.valueCents).to.equal(null);
    expect(inputOf(element).value).to.equal('');
    expect(new FormData(form).has('amount')).to.be.false;

    const prefilled = await formWith(html`<alis-amount-input name="amount" label="Amount to pay" value-cents="4200"></alis-amount-input>`);
    expect(inputOf(prefilled.element).value).to.equal('42.00');
    expect(new FormData(prefilled.form).get('amount')).to.equal('4200');
    inputOf(prefilled.element).select();
    await type(prefilled.element, '7');
    expect(prefilled.element.valueCents).to.equal(700);
    prefilled.form.reset();
    await prefilled.element.updateComplete;
    expect(prefilled.element.valueCents).to.equal(4200);
    expect(inputOf(prefilled.element).value).to.equal('42.00');
  });

  it('shows a value set by the host, formatted, and keeps what the payer typed when the host echoes it back', async () => {
    const element = await field();
    element.valueCents = 987654;
    await element.updateComplete;
    expect(inputOf(element).value).to.equal('9,876.54');

    inputOf(element).select();
    await type(element, '12,5');
    element.valueCents = 1250;
    await element.updateComplete;
    expect(inputOf(element).value).to.equal('12,5');
  });

  it('follows a disabled fieldset: not validated, not submitted, input disabled', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form><fieldset disabled><alis-amount-input name="amount" label="Amount to pay" value-cents="100"></alis-amount-input></fieldset></form>
    `);
    const element = form.querySelector('alis-amount-input')!;
    await element.updateComplete;
    expect(element.willValidate).to.be.false;
    expect(inputOf(element).disabled).to.be.true;
    expect(new FormData(form).has('amount')).to.be.false;
    form.querySelector('fieldset')!.disabled = false;
    await element.updateComplete;
    expect(inputOf(element).disabled).to.be.false;
    expect(new FormData(form).get('amount')).to.equal('100');
  });

  it('is left out of the form and of validation when disabled', async () => {
    const { form, element } = await formWith(html`<alis-amount-input name="amount" label="Amount to pay" value-cents="100" disabled></alis-amount-input>`);
    expect(element.willValidate).to.be.false;
    expect(inputOf(element).disabled).to.be.true;
    expect(new FormData(form).has('amount')).to.be.false;
    element.disabled = false;
    await element.updateComplete;
    expect(inputOf(element).disabled).to.be.false;
    expect(new FormData(form).get('amount')).to.equal('100');
  });

  it('restores the text the payer typed when the browser restores the form', async () => {
    const { form, element } = await formWith();
    element.formStateRestoreCallback('12,5', 'restore');
    await element.updateComplete;
    expect(inputOf(element).value).to.equal('12,5');
    expect(element.valueCents).to.equal(1250);
    expect(new FormData(form).get('amount')).to.equal('1250');
  });

  it('leaves the error to the host when the host cancels the invalid event', async () => {
    const element = await field();
    element.addEventListener('invalid', (event) => event.preventDefault());
    expect(element.reportValidity()).to.be.false;
    await element.updateComplete;
    expect(errorOf(element)).to.equal('');
  });

  it('shows an error from the host at once, makes the field invalid, and clears it when the payer edits', async () => {
    const { form, element } = await formWith();
    await type(element, '500');
    await leave(element);
    element.errorText = 'That is more than the balance of this invoice.';
    await element.updateComplete;
    expect(errorOf(element)).to.equal('That is more than the balance of this invoice.');
    expect(element.validity.customError).to.be.true;
    expect(form.checkValidity()).to.be.false;
    expect(inputOf(element).getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();

    inputOf(element).focus();
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    expect(element.errorText).to.equal(null);
    expect(errorOf(element)).to.equal('');
    expect(element.checkValidity()).to.be.true;
    // "500" was shown as "500.00" on leaving; one Backspace leaves "500.0".
    expect(inputOf(element).value).to.equal('500.0');
    expect(element.valueCents).to.equal(50000);
  });

  it('links the hint and the error to the input in the same shadow root', async () => {
    const element = await field(html`<alis-amount-input label="Amount to pay" hint="You can pay part of the balance."></alis-amount-input>`);
    element.reportValidity();
    await element.updateComplete;
    const root = element.shadowRoot!;
    const described = inputOf(element).getAttribute('aria-describedby')!.split(' ').map((id) => textOf(root.getElementById(id)));
    expect(described).to.deep.equal(['$', 'You can pay part of the balance.', 'Enter an amount.']);
    expect(root.querySelector('[part="error"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(root.querySelector('[role="alert"]')).to.equal(null);
  });

  it('focuses the input when its label is clicked, or when the element is focused', async () => {
    const element = await field();
    const label = element.shadowRoot!.querySelector('label')!;
    const box = label.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element));

    inputOf(element).blur();
    element.focus();
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element));
  });

  it('offers a 44px target and fits a 320px-wide screen without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 320px">
        <alis-amount-input label="How much would you like to pay toward this month's care invoice?" hint="You can pay part of the balance now and the rest later."></alis-amount-input>
      </div>
    `);
    const element = wrapper.querySelector('alis-amount-input')!;
    await element.updateComplete;
    expect(inputOf(element).getBoundingClientRect().height).to.be.at.least(44);
    expect(element.scrollWidth).to.be.at.most(320);
    expect(element.shadowRoot!.querySelector('.field')!.scrollWidth).to.be.at.most(320);
    expect(inputOf(element).getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
  });

  it('writes and reads euros the German way', async () => {
    const element = await field(html`<alis-amount-input label="Betrag" currency="EUR" locale="de-DE" .max=${100000}></alis-amount-input>`);
    const control = element.shadowRoot!.querySelector('.control')!;
    expect(control.getAttribute('data-currency')).to.equal('end');
    await type(element, '1.234,56');
    expect(element.valueCents).to.equal(123456);
    await leave(element);
    expect(errorOf(element).replace(/\s/g, ' ')).to.equal('The most you can pay here is 1.000,00 €.');
    inputOf(element).select();
    await type(element, '12,5');
    await leave(element);
    expect(inputOf(element).value).to.equal('12,50');
  });

  it('is accessible empty, prefilled, and showing an error', async () => {
    const element = await field(html`<alis-amount-input label="Amount to pay" hint="Up to your balance of $1,234.56."></alis-amount-input>`);
    await expect(element).to.be.accessible();
    element.valueCents = 2500;
    await element.updateComplete;
    await expect(element).to.be.accessible();
    inputOf(element).select();
    await type(element, '12.3.4');
    await leave(element);
    expect(errorOf(element)).to.equal('Use only one decimal point.');
    await expect(element).to.be.accessible();
  });
});

runFormControlTests<AlisAmountInput>('alis-amount-input', {
  attributes: 'label="Amount to pay"',
  fill: (element) => typeInto(inputOf(element), '12.50'),
  submitted: [['control', '1250']],
  report: (element) => element.reportValidity(),
  firstControl: inputOf,
  setHostError: (element, message) => {
    element.errorText = message;
  },
  withDefault: { attributes: 'value-cents="4200"', submitted: [['control', '4200']] },
  nativeValidity: true,
});
