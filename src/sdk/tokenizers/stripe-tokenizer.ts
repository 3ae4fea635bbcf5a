// Only types come from @stripe/stripe-js statically: the loader itself is imported when card entry
// opens, so pages that never collect a card never download it (nor Stripe.js, which it fetches).
import type {
  PaymentMethodCreateParams,
  Stripe,
  StripeCardElement,
  StripeElements,
  StripeElementLocale,
  StripeElementStyle,
  StripeError,
} from '@stripe/stripe-js';
import type { CardBrand, CardFunding } from '../types.js';
import { CardTokenizeError, type CardBillingDetails, type CardTokenizer, type TokenizedCard } from './card-tokenizer.js';
import { requestSetupIntent } from './setup-intent.js';

/** Options of {@link createStripeTokenizer}. */
export interface StripeTokenizerOptions {
  /**
   * The community's Stripe publishable key (`pk_live_…` / `pk_test_…`), the same one the backend
   * returns with each setup intent. It is needed up front because Stripe must be loaded for the
   * payer to type into its field, before any setup intent exists (`mount` has no client).
   */
  publishableKey: string;
  /**
   * Loads Stripe.js and returns the `Stripe` object, or null where it cannot run. Default: the
   * `loadStripe` of `@stripe/stripe-js/pure`, imported on first `mount`. Tests and stories pass a
   * fake; an app that already loads Stripe can hand over its instance.
   */
  loadStripe?: (publishableKey: string) => Promise<Stripe | null>;
  /**
   * The card field's look (fonts, colours) inside Stripe's iframe, which page CSS and `--alis-*`
   * tokens cannot reach. The Card Element takes `style`, not the Appearance API of the Payment Element.
   */
  style?: StripeElementStyle;
}

const UNAVAILABLE_MESSAGE = 'Card entry could not be loaded. Check your connection, or add a bank account instead.';
const GENERIC_MESSAGE = 'The card could not be saved. Try again, or add a bank account instead.';
const DECLINED_MESSAGE = 'The card was declined by its issuer. Try another card or contact your card issuer.';

const defaultLoadStripe = async (publishableKey: string): Promise<Stripe | null> => {
  // `pure`: loading the module injects no script; Stripe.js is fetched only by this call.
  const { loadStripe } = await import('@stripe/stripe-js/pure');
  return loadStripe(publishableKey);
};

interface Mounted {
  stripe: Stripe;
  elements: StripeElements;
  card: StripeCardElement;
  node: HTMLDivElement;
  /** What the field last reported (it starts empty): `validate` answers from it, never from the card itself. */
  entry: { complete: boolean; error: StripeError | undefined };
}

/**
 * Card entry through Stripe Elements, for production. `mount` loads Stripe (once per tokenizer,
 * retried after a failure) and mounts a Card Element into a `<div>` it appends to the container:
 * that container must be in the light DOM (Stripe cannot mount inside a shadow root), typically a
 * node an element slots into its own shadow root. The postal code field is hidden because the
 * billing address is collected beside it and sent with the card.
 *
 * `tokenize` first has Stripe create a PaymentMethod from the field (so typing mistakes fail before
 * anything is asked of the backend), then asks the backend for a setup intent and confirms the card
 * against it (with 3-D Secure when the bank wants it). It resolves with the `pm_…` id, the setup
 * intent's id and the card's brand, last four digits and expiry. The card number itself stays in
 * Stripe's iframe. Failures reject with a {@link CardTokenizeError} in plain words; an abort rejects
 * with the signal's reason.
 */
export function createStripeTokenizer(options: StripeTokenizerOptions): CardTokenizer {
  const load = options.loadStripe ?? defaultLoadStripe;
  let stripePromise: Promise<Stripe> | null = null;
  let mounted: Mounted | null = null;
  // Bumped by every mount and destroy, so a mount still loading Stripe knows it was superseded.
  let generation = 0;

  const loadOnce = (): Promise<Stripe> => {
    if (stripePromise) return stripePromise;
    stripePromise = (async () => {
      let stripe: Stripe | null;
      try {
        stripe = await load(options.publishableKey);
      } catch (cause) {
        throw new CardTokenizeError('unavailable', UNAVAILABLE_MESSAGE, null, { cause });
      }
      if (!stripe) throw new CardTokenizeError('unavailable', UNAVAILABLE_MESSAGE);
      return stripe;
    })();
    // A failed load (offline, blocked script) is tried again on the next mount.
    stripePromise.catch(() => {
      stripePromise = null;
    });
    return stripePromise;
  };

  const unmount = () => {
    generation++;
    if (!mounted) return;
    const { card, node } = mounted;
    mounted = null;
    card.destroy();
    node.remove();
  };

  return {
    kind: 'stripe',

    async mount(container, mountOptions = {}) {
      unmount();
      const mine = generation;
      const stripe = await loadOnce();
      if (mine !== generation) return; // destroyed or mounted again while Stripe loaded
      const node = container.ownerDocument.createElement('div');
      node.className = 'alis-stripe-card';
      container.append(node);
      try {
        const elements = stripe.elements(mountOptions.locale ? { locale: mountOptions.locale as StripeElementLocale } : undefined);
        const card = elements.create('card', { hidePostalCode: true, ...(options.style ? { style: options.style } : {}) });
        const entry: Mounted['entry'] = { complete: false, error: undefined };
        card.on('change', (event) => {
          entry.complete = event.complete;
          entry.error = event.error;
          mountOptions.onChange?.({ complete: event.complete, error: event.error?.message ?? null });
        });
        card.mount(node);
        mounted = { stripe, elements, card, node, entry };
      } catch (cause) {
        node.remove();
        throw new CardTokenizeError('unavailable', UNAVAILABLE_MESSAGE, null, { cause });
      }
    },

    async tokenize(billing, { client, signal }): Promise<TokenizedCard> {
      signal?.throwIfAborted();
      const current = mounted;
      if (!current) throw new CardTokenizeError('failed', 'Card entry is not open. Open it and enter the card again.');
      const { stripe, card } = current;

      const created = await callStripe(() =>
        stripe.createPaymentMethod({ type: 'card', card, billing_details: stripeBillingDetails(billing) }),
      );
      if (created.error) throw cardTokenizeErrorFromStripe(created.error);
      const paymentMethod = created.paymentMethod;
      if (!paymentMethod.card) throw new CardTokenizeError('failed', GENERIC_MESSAGE);
      signal?.throwIfAborted();

      const intent = await requestSetupIntent(client, signal);
      if (intent.provider !== 'stripe') {
        throw new CardTokenizeError('unavailable', 'Card entry is not set up for this community. Add a bank account instead, or contact the billing team.');
      }
      signal?.throwIfAborted();

      const confirmed = await callStripe(() => stripe.confirmCardSetup(intent.clientSecret, { payment_method: paymentMethod.id }));
      if (confirmed.error) throw cardTokenizeErrorFromStripe(confirmed.error);
      if (confirmed.setupIntent.status !== 'succeeded') throw new CardTokenizeError('failed', GENERIC_MESSAGE);

      const { brand, last4, exp_month: expMonth, exp_year: expYear, funding } = paymentMethod.card;
      return {
        token: paymentMethod.id,
        setupIntentId: intent.id,
        card: { brand: cardBrandFromStripe(brand), last4, expMonth, expYear, funding: cardFundingFromStripe(funding) },
      };
    },

    validate() {
      // Stripe's one field says only whether it is complete and the problem it shows, if any (an
      // empty or half-typed entry shows none until it is left or submitted).
      if (!mounted) return [new CardTokenizeError('failed', 'Card entry is not open. Open it and enter the card again.')];
      const { complete, error } = mounted.entry;
      if (complete) return [];
      mounted.card.focus();
      return [cardTokenizeErrorFromStripe(error ?? { type: 'validation_error', code: 'incomplete_number' })];
    },

    update(updateOptions) {
      // Stripe's field words itself (placeholders, its messages) in the locale it is given.
      if (mounted && updateOptions.locale) mounted.elements.update({ locale: updateOptions.locale as StripeElementLocale });
    },

    focus() {
      mounted?.card.focus();
    },

    destroy() {
      unmount();
    },
  };
}

/** Runs a Stripe call; a rejection (rather than an `{ error }` result) means Stripe could not be reached. */
async function callStripe<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    throw new CardTokenizeError('unavailable', 'The card could not be checked: the card service did not answer. Check your connection and try again.', null, {
      cause,
    });
  }
}

function stripeBillingDetails({ name, address }: CardBillingDetails): PaymentMethodCreateParams.BillingDetails {
  return {
    name,
    address: {
      line1: address.line1,
      line2: address.line2 ?? null,
      city: address.city,
      state: address.state,
      postal_code: address.postalCode,
      country: address.country,
    },
  };
}

const BRANDS: Readonly<Record<string, CardBrand>> = {
  visa: 'visa',
  mastercard: 'mastercard',
  amex: 'amex',
  american_express: 'amex',
  discover: 'discover',
  diners: 'diners',
  diners_club: 'diners',
  jcb: 'jcb',
  unionpay: 'unionpay',
  union_pay: 'unionpay',
};

/** Our card brand for Stripe's `card.brand` (`unknown` for networks we do not name, e.g. `cartes_bancaires`). */
export function cardBrandFromStripe(brand: string): CardBrand {
  return BRANDS[brand] ?? 'unknown';
}

/** Our card funding for Stripe's `card.funding` (`credit`, `debit`, `prepaid`, `unknown`); anything else is `unknown`. */
export function cardFundingFromStripe(funding: string | null | undefined): CardFunding {
  return funding === 'credit' || funding === 'debit' || funding === 'prepaid' ? funding : 'unknown';
}

type Mapped = [CardTokenizeError['code'], CardTokenizeError['field'], string];

// Stripe names one problem several ways (invalid/incorrect, month/year); each reads the same to the payer.
const BAD_NUMBER: Mapped = ['invalid_number', 'number', 'This card number is not valid. Check the digits and try again.'];
const EXPIRED: Mapped = ['invalid_expiry', 'expiry', 'This card has expired. Use a card with a later expiry date.'];
const BAD_CVC: Mapped = ['invalid_cvc', 'cvc', 'The security code (CVC) is not valid. Check it and try again.'];

const BY_CODE: Readonly<Record<string, Mapped>> = {
  incomplete_number: ['incomplete', 'number', 'Enter the whole card number.'],
  invalid_number: BAD_NUMBER,
  incorrect_number: BAD_NUMBER,
  incomplete_expiry: ['incomplete', 'expiry', 'Enter the expiry date shown on the card (MM/YY).'],
  invalid_expiry_month: ['invalid_expiry', 'expiry', 'The expiry month is not valid. Check the date on the card.'],
  invalid_expiry_year: ['invalid_expiry', 'expiry', 'The expiry year is not valid. Check the date on the card.'],
  invalid_expiry_month_past: EXPIRED,
  invalid_expiry_year_past: EXPIRED,
  expired_card: EXPIRED,
  incomplete_cvc: ['incomplete', 'cvc', 'Enter the security code (CVC).'],
  invalid_cvc: BAD_CVC,
  incorrect_cvc: BAD_CVC,
  incomplete_zip: ['incomplete', null, 'Enter the billing postal code.'],
  incorrect_zip: ['declined', null, 'The card was declined: the postal code does not match the card. Check the billing address.'],
  card_declined: ['declined', null, DECLINED_MESSAGE],
  setup_intent_authentication_failure: [
    'declined',
    null,
    'Your bank could not confirm it was you, so the card was not saved. Try again, or use another card.',
  ],
  authentication_required: ['declined', null, 'Your bank asks to confirm it is you. Try again and follow your bank’s steps.'],
  processing_error: ['failed', null, 'The card could not be checked just now. Try again in a moment.'],
};

const BY_DECLINE_CODE: Readonly<Record<string, string>> = {
  insufficient_funds: 'The card has insufficient funds. Use another card or contact your card issuer.',
  lost_card: 'The card was declined by its issuer. Use another card.',
  stolen_card: 'The card was declined by its issuer. Use another card.',
};

/**
 * A Stripe error (from the field, `createPaymentMethod` or `confirmCardSetup`) as a
 * {@link CardTokenizeError}: its code, the field concerned and words for the payer. Errors Stripe
 * explains to payers and we do not name keep Stripe's message; integration errors get a general
 * one (their details are on `cause`).
 */
export function cardTokenizeErrorFromStripe(error: StripeError): CardTokenizeError {
  const options = { cause: error };
  if (error.type === 'api_connection_error') {
    return new CardTokenizeError('unavailable', 'The card service could not be reached. Check your connection and try again.', null, options);
  }
  const mapped = error.code === undefined ? undefined : BY_CODE[error.code];
  if (mapped) {
    const [code, field, message] = mapped;
    const declineMessage = code === 'declined' && error.decline_code ? BY_DECLINE_CODE[error.decline_code] : undefined;
    return new CardTokenizeError(code, declineMessage ?? message, field, options);
  }
  if (error.type === 'card_error') {
    return new CardTokenizeError('declined', error.message ?? DECLINED_MESSAGE, null, options);
  }
  if (error.type === 'validation_error') return new CardTokenizeError('incomplete', error.message ?? 'Check the card details.', null, options);
  return new CardTokenizeError('failed', GENERIC_MESSAGE, null, options);
}
