// What every form-associated element must do inside a real <form>, as a native field does; each
// form element's test file runs it (after Shoelace's runFormControlBaseTests, on observable behaviour).
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { textOf } from './dom.js';

/** A form element under test: a Lit element with a `disabled` property and a `form` getter. */
export type FormControlElement = LitElement & { disabled: boolean; readonly form: HTMLFormElement | null };

/** How the suite drives one form element. */
export interface FormControlSuiteOptions<Element extends FormControlElement> {
  /** Attributes the element needs besides `name`, e.g. `label="Amount to pay"`. */
  attributes?: string;
  /** Makes the element valid and complete as a payer would, on the keyboard. */
  fill(element: Element): Promise<void>;
  /** The form's data for the element once filled: `[name, value]` pairs (none for a group the host reads itself). */
  submitted: ReadonlyArray<readonly [string, string]>;
  /** Shows every error (`reportValidity()` or `validate()`) and returns whether the element is valid. */
  report(element: Element): boolean;
  /** The inner control focus moves to when the empty element reports its errors. */
  firstControl(element: Element): HTMLElement;
  /** Gives the element a message from its host (e.g. the server refused it), which makes it invalid. */
  setHostError(element: Element, message: string): void;
  /** A value the element starts with and returns to on reset: its attributes and the form data it gives. */
  withDefault?: { attributes: string; submitted: ReadonlyArray<readonly [string, string]> };
  /** Whether the element also exposes `validity`, `validationMessage` and `willValidate`, as a native input does. */
  nativeValidity?: boolean;
}

/** Every control inside the element's shadow root. */
function innerControls(element: HTMLElement): Array<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement> {
  return [...element.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')];
}

/** The error messages on screen. */
function shownErrors(element: HTMLElement): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part="error"]')].map(textOf).filter(Boolean);
}

/** What the element's live regions say now. */
function liveTexts(element: HTMLElement): string[] {
  return [...element.shadowRoot!.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].map(textOf).filter(Boolean);
}

/** The form's data, without the submit button (which is only there to submit). */
function formEntries(form: HTMLFormElement): Array<[string, string]> {
  return [...new FormData(form)].map(([name, value]) => [name, String(value)]);
}

export function runFormControlTests<Element extends FormControlElement>(tagName: string, options: FormControlSuiteOptions<Element>): void {
  const attributes = options.attributes ?? '';

  async function inForm(extra = ''): Promise<{ form: HTMLFormElement; fieldset: HTMLFieldSetElement; element: Element }> {
    const form = await fixture<HTMLFormElement>(
      `<form><fieldset><${tagName} name="control" ${attributes} ${extra}></${tagName}></fieldset><button>Submit</button></form>`,
    );
    const element = form.querySelector(tagName) as Element;
    await element.updateComplete;
    return { form, fieldset: form.querySelector('fieldset')!, element };
  }

  /** Counts the submissions the form lets through. */
  function countSubmissions(form: HTMLFormElement): { count: number } {
    const submissions = { count: 0 };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submissions.count++;
    });
    return submissions;
  }

  describe(`<${tagName}> as a form control`, () => {
    it('belongs to the form around it, and to none outside one', async () => {
      const { form, element } = await inForm();
      expect(element.form).to.equal(form);
      expect([...form.elements]).to.include(element);
      const alone = await fixture<Element>(`<${tagName} ${attributes}></${tagName}>`);
      expect(alone.form).to.equal(null);
    });

    it('submits its name and value once complete, and lets the form submit', async () => {
      const { form, element } = await inForm();
      const submissions = countSubmissions(form);
      await options.fill(element);
      await element.updateComplete;
      expect(element.matches(':valid'), 'matches :valid').to.be.true;
      expect(form.checkValidity()).to.be.true;
      expect(formEntries(form)).to.deep.equal(options.submitted);
      form.requestSubmit();
      expect(submissions.count).to.equal(1);
    });

    it('blocks submission while empty, with the flags and message of a missing value', async () => {
      const { form, element } = await inForm();
      const submissions = countSubmissions(form);
      let invalidEvents = 0;
      element.addEventListener('invalid', () => invalidEvents++);
      expect(element.matches(':invalid'), 'matches :invalid').to.be.true;
      expect(form.checkValidity()).to.be.false;
      expect(invalidEvents, 'form.checkValidity() fires invalid on the element').to.equal(1);
      form.requestSubmit();
      expect(submissions.count, 'an empty required element blocks submission').to.equal(0);
      expect(formEntries(form)).to.deep.equal([]);
      if (options.nativeValidity) {
        const native = element as unknown as { validity: ValidityState; validationMessage: string; willValidate: boolean };
        expect(native.willValidate).to.be.true;
        expect(native.validity.valid).to.be.false;
        expect(native.validity.valueMissing).to.be.true;
        expect(native.validationMessage).to.not.equal('');
      }
    });

    it('on report shows its errors, moves focus to the first field and announces it', async () => {
      const { element } = await inForm();
      expect(shownErrors(element), 'nothing is shown before the payer did anything').to.deep.equal([]);
      expect(options.report(element)).to.be.false;
      await element.updateComplete;
      expect(shownErrors(element)).to.not.be.empty;
      expect(element.shadowRoot!.activeElement).to.equal(options.firstControl(element));
      expect(liveTexts(element), 'a live region says what needs attention').to.not.be.empty;

      await options.fill(element);
      await element.updateComplete;
      expect(options.report(element)).to.be.true;
      await element.updateComplete;
      expect(shownErrors(element)).to.deep.equal([]);
    });

    it('is invalid with a message from its host, which shows at once', async () => {
      const { form, element } = await inForm();
      await options.fill(element);
      await element.updateComplete;
      options.setHostError(element, 'The service refused this.');
      await element.updateComplete;
      expect(shownErrors(element)).to.include('The service refused this.');
      expect(element.matches(':invalid')).to.be.true;
      expect(form.checkValidity()).to.be.false;
      if (options.nativeValidity) expect((element as unknown as { validity: ValidityState }).validity.customError).to.be.true;
    });

    it('is emptied by a form reset, with its errors and its host’s', async () => {
      const { form, element } = await inForm();
      options.report(element);
      await options.fill(element);
      options.setHostError(element, 'The service refused this.');
      await element.updateComplete;
      form.reset();
      await element.updateComplete;
      expect(shownErrors(element)).to.deep.equal([]);
      expect(formEntries(form)).to.deep.equal([]);
      expect(element.matches(':invalid'), 'empty and required again').to.be.true;
      for (const control of innerControls(element)) {
        if (control instanceof HTMLInputElement && control.type !== 'text') continue;
        if (control instanceof HTMLSelectElement) continue;
        expect(control.value, `#${control.id} is empty`).to.equal('');
      }
    });

    if (options.withDefault) {
      const { attributes: defaultAttributes, submitted } = options.withDefault;
      it('returns to its default on a form reset', async () => {
        const { form, element } = await inForm(defaultAttributes);
        expect(formEntries(form)).to.deep.equal(submitted);
        await options.fill(element);
        await element.updateComplete;
        expect(formEntries(form)).to.not.deep.equal(submitted);
        form.reset();
        await element.updateComplete;
        expect(formEntries(form)).to.deep.equal(submitted);
        expect(form.checkValidity()).to.be.true;
      });
    }

    it('follows a disabled fieldset: its fields disabled, left out of validation and of the data', async () => {
      const { form, fieldset, element } = await inForm();
      await options.fill(element);
      fieldset.disabled = true;
      await element.updateComplete;
      expect(element.matches(':disabled')).to.be.true;
      for (const control of innerControls(element)) expect(control.matches(':disabled'), `#${control.id || control.name} disabled`).to.be.true;
      expect(formEntries(form)).to.deep.equal([]);
      if (options.nativeValidity) expect((element as unknown as { willValidate: boolean }).willValidate).to.be.false;

      fieldset.disabled = false;
      await element.updateComplete;
      for (const control of innerControls(element)) expect(control.matches(':disabled'), `#${control.id || control.name} enabled`).to.be.false;
      expect(formEntries(form)).to.deep.equal(options.submitted);
    });

    it('is disabled the same way by its disabled property and attribute', async () => {
      const { form, element } = await inForm();
      element.disabled = true;
      await element.updateComplete;
      expect(element.hasAttribute('disabled'), 'the property is reflected').to.be.true;
      expect(element.matches(':disabled')).to.be.true;
      for (const control of innerControls(element)) expect(control.matches(':disabled')).to.be.true;
      expect(form.checkValidity(), 'a disabled element is not validated').to.be.true;

      element.removeAttribute('disabled');
      await element.updateComplete;
      expect(element.disabled).to.be.false;
      for (const control of innerControls(element)) expect(control.matches(':disabled')).to.be.false;
      expect(form.checkValidity()).to.be.false;

      element.setAttribute('disabled', '');
      await element.updateComplete;
      expect(element.disabled).to.be.true;
      expect(form.checkValidity()).to.be.true;
    });

    it('labels every field and passes axe, empty and showing its errors', async () => {
      const { form, element } = await inForm();
      for (const control of innerControls(element)) expect(control.labels?.length ?? 0, `#${control.id || control.name} has a label`).to.be.greaterThan(0);
      await expect(form).to.be.accessible();
      options.report(element);
      await element.updateComplete;
      await expect(form).to.be.accessible();
    });
  });
}
