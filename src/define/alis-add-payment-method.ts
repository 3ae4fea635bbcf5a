// The add form, with the billing-address and bank-account field groups it is made of.
import { AlisAddressFields } from '../components/payment-methods/address-fields.js';
import { AlisBankAccountFields } from '../components/payment-methods/bank-account-fields.js';
import { AlisAddPaymentMethod } from '../components/add-payment-method/add-payment-method.js';

AlisAddressFields.define('alis-address-fields');
AlisBankAccountFields.define('alis-bank-account-fields');
AlisAddPaymentMethod.define('alis-add-payment-method');
export { AlisAddPaymentMethod };
