import { AlisInvoices } from '../components/invoices/invoices.js';

AlisInvoices.define('alis-invoices');
export { AlisInvoices };
