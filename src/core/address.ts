import type { Address } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

/** One field of an address. */
export type AddressField = keyof Address;

/** What is wrong with an address, field by field, in words; a field that is fine has no entry. */
export type AddressProblems = Partial<Record<AddressField, string>>;

/** A place with a two-letter code and its English name. */
export interface CodedName {
  readonly code: string;
  readonly name: string;
}

/**
 * Every code the US Postal Service accepts as a state: the 50 states and DC (alphabetical by name),
 * then the territories and freely associated states, then the Armed Forces codes for military mail.
 */
export const US_STATES: readonly CodedName[] = Object.freeze([
  { code: 'AL', name: 'Alabama' },
  { code: 'AK', name: 'Alaska' },
  { code: 'AZ', name: 'Arizona' },
  { code: 'AR', name: 'Arkansas' },
  { code: 'CA', name: 'California' },
  { code: 'CO', name: 'Colorado' },
  { code: 'CT', name: 'Connecticut' },
  { code: 'DE', name: 'Delaware' },
  { code: 'DC', name: 'District of Columbia' },
  { code: 'FL', name: 'Florida' },
  { code: 'GA', name: 'Georgia' },
  { code: 'HI', name: 'Hawaii' },
  { code: 'ID', name: 'Idaho' },
  { code: 'IL', name: 'Illinois' },
  { code: 'IN', name: 'Indiana' },
  { code: 'IA', name: 'Iowa' },
  { code: 'KS', name: 'Kansas' },
  { code: 'KY', name: 'Kentucky' },
  { code: 'LA', name: 'Louisiana' },
  { code: 'ME', name: 'Maine' },
  { code: 'MD', name: 'Maryland' },
  { code: 'MA', name: 'Massachusetts' },
  { code: 'MI', name: 'Michigan' },
  { code: 'MN', name: 'Minnesota' },
  { code: 'MS', name: 'Mississippi' },
  { code: 'MO', name: 'Missouri' },
  { code: 'MT', name: 'Montana' },
  { code: 'NE', name: 'Nebraska' },
  { code: 'NV', name: 'Nevada' },
  { code: 'NH', name: 'New Hampshire' },
  { code: 'NJ', name: 'New Jersey' },
  { code: 'NM', name: 'New Mexico' },
  { code: 'NY', name: 'New York' },
  { code: 'NC', name: 'North Carolina' },
  { code: 'ND', name: 'North Dakota' },
  { code: 'OH', name: 'Ohio' },
  { code: 'OK', name: 'Oklahoma' },
  { code: 'OR', name: 'Oregon' },
  { code: 'PA', name: 'Pennsylvania' },
  { code: 'RI', name: 'Rhode Island' },
  { code: 'SC', name: 'South Carolina' },
  { code: 'SD', name: 'South Dakota' },
  { code: 'TN', name: 'Tennessee' },
  { code: 'TX', name: 'Texas' },
  { code: 'UT', name: 'Utah' },
  { code: 'VT', name: 'Vermont' },
  { code: 'VA', name: 'Virginia' },
  { code: 'WA', name: 'Washington' },
  { code: 'WV', name: 'West Virginia' },
  { code: 'WI', name: 'Wisconsin' },
  { code: 'WY', name: 'Wyoming' },
  { code: 'AS', name: 'American Samoa' },
  { code: 'GU', name: 'Guam' },
  { code: 'MP', name: 'Northern Mariana Islands' },
  { code: 'PR', name: 'Puerto Rico' },
  { code: 'VI', name: 'U.S. Virgin Islands' },
  { code: 'FM', name: 'Federated States of Micronesia' },
  { code: 'MH', name: 'Marshall Islands' },
  { code: 'PW', name: 'Palau' },
  { code: 'AA', name: 'Armed Forces Americas' },
  { code: 'AE', name: 'Armed Forces Europe, Middle East, Africa and Canada' },
  { code: 'AP', name: 'Armed Forces Pacific' },
].map((state) => Object.freeze(state)));

/**
 * The countries offered for a billing address (ISO 3166-1 alpha-2). Most payers live in the US or
 * a neighbouring country, so those come first; the rest are where residents' families most often
 * live abroad, alphabetical by name. A code outside the list is still a valid address.
 */
export const COUNTRIES: readonly CodedName[] = Object.freeze([
  { code: 'US', name: 'United States' },
  { code: 'CA', name: 'Canada' },
  { code: 'MX', name: 'Mexico' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'AU', name: 'Australia' },
  { code: 'BR', name: 'Brazil' },
  { code: 'CN', name: 'China' },
  { code: 'FR', name: 'France' },
  { code: 'DE', name: 'Germany' },
  { code: 'IN', name: 'India' },
  { code: 'IE', name: 'Ireland' },
  { code: 'IL', name: 'Israel' },
  { code: 'IT', name: 'Italy' },
  { code: 'JP', name: 'Japan' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'NZ', name: 'New Zealand' },
  { code: 'PH', name: 'Philippines' },
  { code: 'KR', name: 'South Korea' },
  { code: 'ES', name: 'Spain' },
].map((country) => Object.freeze(country)));

/** The longest each field may be, as the API's `Address` schema allows (in characters). */
export const ADDRESS_MAX_LENGTHS: Readonly<Record<Exclude<AddressField, 'country'>, number>> = Object.freeze({
  name: 100,
  line1: 100,
  line2: 100,
  city: 60,
  state: 60,
  postalCode: 12,
});

/** The countries' names in the reader's language, by code (`COUNTRIES` holds the English). */
const countryNames: Readonly<Record<string, (t: Translate) => string>> = {
  US: (t) => t.ctx('country', 'United States'),
  CA: (t) => t.ctx('country', 'Canada'),
  MX: (t) => t.ctx('country', 'Mexico'),
  GB: (t) => t.ctx('country', 'United Kingdom'),
  AU: (t) => t.ctx('country', 'Australia'),
  BR: (t) => t.ctx('country', 'Brazil'),
  CN: (t) => t.ctx('country', 'China'),
  FR: (t) => t.ctx('country', 'France'),
  DE: (t) => t.ctx('country', 'Germany'),
  IN: (t) => t.ctx('country', 'India'),
  IE: (t) => t.ctx('country', 'Ireland'),
  IL: (t) => t.ctx('country', 'Israel'),
  IT: (t) => t.ctx('country', 'Italy'),
  JP: (t) => t.ctx('country', 'Japan'),
  NL: (t) => t.ctx('country', 'Netherlands'),
  NZ: (t) => t.ctx('country', 'New Zealand'),
  PH: (t) => t.ctx('country', 'Philippines'),
  KR: (t) => t.ctx('country', 'South Korea'),
  ES: (t) => t.ctx('country', 'Spain'),
};

/**
 * The USPS places whose name another language writes differently ("Nueva York"), by code; the
 * others ("Texas", "Puerto Rico") are proper names that read the same in every language.
 */
const usStateNames: Readonly<Record<string, (t: Translate) => string>> = {
  DC: (t) => t.ctx('US state', 'District of Columbia'),
  HI: (t) => t.ctx('US state', 'Hawaii'),
  LA: (t) => t.ctx('US state', 'Louisiana'),
  MI: (t) => t.ctx('US state', 'Michigan'),
  MS: (t) => t.ctx('US state', 'Mississippi'),
  MO: (t) => t.ctx('US state', 'Missouri'),
  NH: (t) => t.ctx('US state', 'New Hampshire'),
  NJ: (t) => t.ctx('US state', 'New Jersey'),
  NM: (t) => t.ctx('US state', 'New Mexico'),
  NY: (t) => t.ctx('US state', 'New York'),
  NC: (t) => t.ctx('US state', 'North Carolina'),
  ND: (t) => t.ctx('US state', 'North Dakota'),
  OR: (t) => t.ctx('US state', 'Oregon'),
  PA: (t) => t.ctx('US state', 'Pennsylvania'),
  SC: (t) => t.ctx('US state', 'South Carolina'),
  SD: (t) => t.ctx('US state', 'South Dakota'),
  WV: (t) => t.ctx('US state', 'West Virginia'),
  AS: (t) => t.ctx('US state', 'American Samoa'),
  MP: (t) => t.ctx('US state', 'Northern Mariana Islands'),
  VI: (t) => t.ctx('US state', 'U.S. Virgin Islands'),
  FM: (t) => t.ctx('US state', 'Federated States of Micronesia'),
  MH: (t) => t.ctx('US state', 'Marshall Islands'),
  AA: (t) => t.ctx('US state', 'Armed Forces Americas'),
  AE: (t) => t.ctx('US state', 'Armed Forces Europe, Middle East, Africa and Canada'),
  AP: (t) => t.ctx('US state', 'Armed Forces Pacific'),
};

/** A country of {@link COUNTRIES} by name in the reader's language ("México"); its English name when it has no other. */
export function countryName(country: CodedName, t: Translate = english): string {
  return countryNames[country.code]?.(t) ?? country.name;
}

/** A place of {@link US_STATES} by name in the reader's language ("Nueva York"); its USPS name otherwise. */
export function usStateName(state: CodedName, t: Translate = english): string {
  return usStateNames[state.code]?.(t) ?? state.name;
}

const usStateCodes = new Set(US_STATES.map((state) => state.code));
const usStateByName = new Map(US_STATES.map((state) => [state.name.toLowerCase(), state.code]));

/** True when `code` is a USPS state, territory or military code such as `IL`, `PR` or `AE` (upper case). */
export function isUsStateCode(code: string): boolean {
  return usStateCodes.has(code);
}

/** An empty address in `country` (the US unless told), as a blank form starts. */
export function emptyAddress(country = 'US'): Address {
  return { name: '', line1: '', line2: null, city: '', state: '', postalCode: '', country };
}

/**
 * The address as it should be sent: every field trimmed, the country and a state or region code in
 * upper case, an empty second line as null. For the US, a state written out in full ("Illinois")
 * becomes its code, and a nine-digit ZIP typed without its hyphen (numeric keypads have none)
 * becomes ZIP+4.
 * Missing fields (from untyped callers) count as empty.
 */
export function normalizeAddress(address: Address): Address {
  const country = clean(address.country).toUpperCase();
  let state = clean(address.state);
  let postalCode = clean(address.postalCode);
  if (country === 'US') {
    state = usStateByName.get(state.toLowerCase()) ?? state.toUpperCase();
    postalCode = postalCode.replace(/^([0-9]{5})[\s-]?([0-9]{4})$/, '$1-$2');
  } else if (/^[a-z]{2,3}$/i.test(state)) {
    // A region code ("on", "nsw") is upper-cased; a region's name ("Greater London") stays as written.
    state = state.toUpperCase();
  }
  const line2 = clean(address.line2);
  return {
    name: clean(address.name),
    line1: clean(address.line1),
    line2: line2 === '' ? null : line2,
    city: clean(address.city),
    state,
    postalCode,
    country,
  };
}

/**
 * What is wrong with `address`, checked as `normalizeAddress` would send it: the fields the API
 * requires, its length limits, and for the US a USPS state code and a ZIP or ZIP+4 code.
 * An empty object means the address can be saved.
 */
export function addressProblems(address: Address, t: Translate = english): AddressProblems {
  const entry = normalizeAddress(address);
  const us = entry.country === 'US';
  const problems: AddressProblems = {};
  const required: Array<[AddressField, string]> = [
    ['name', t('Enter the full name.')],
    ['line1', t('Enter the street address.')],
    ['city', t('Enter the city or town.')],
    ['state', us ? t('Choose a state.') : t('Enter the state, province or region.')],
    ['postalCode', us ? t('Enter the ZIP code.') : t('Enter the postal code.')],
  ];
  for (const [field, message] of required) {
    if (entry[field] === '') problems[field] = message;
  }
  for (const [field, max] of Object.entries(ADDRESS_MAX_LENGTHS) as Array<[keyof typeof ADDRESS_MAX_LENGTHS, number]>) {
    const length = characters(entry[field] ?? '');
    if (length > max) problems[field] = t('Use at most {max} characters (this has {length}).', { max: String(max), length: String(length) });
  }
  if (entry.country === '') problems.country = t('Choose a country.');
  else if (!/^[A-Z]{2}$/.test(entry.country)) problems.country = t('Choose a country from the list.');
  if (us) {
    if (entry.state !== '' && !isUsStateCode(entry.state)) {
      problems.state = t('Choose a state from the list; “{state}” is not a US state.', { state: entry.state });
    }
    if (entry.postalCode !== '' && !/^[0-9]{5}(-[0-9]{4})?$/.test(entry.postalCode)) {
      problems.postalCode = t('Enter a 5-digit ZIP code, like 62704, or ZIP+4, like 62704-1234.');
    }
  }
  return problems;
}

/**
 * The address on one line, as a person would read it: "12 Oak St, Apt 4, Springfield, IL 62704"
 * (the country when not the US, named in the reader's language).
 */
export function formatAddressOneLine(address: Address, t: Translate = english): string {
  const entry = normalizeAddress(address);
  const region = [entry.state, entry.postalCode].filter(Boolean).join(' ');
  const listed = COUNTRIES.find((c) => c.code === entry.country);
  const country = entry.country === 'US' ? '' : listed ? countryName(listed, t) : entry.country;
  return [entry.line1, entry.line2, entry.city, region, country].filter(Boolean).join(', ');
}

function clean(value: string | null | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Length in Unicode code points, as JSON Schema's `maxLength` counts (an emoji is one character). */
function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
