// Connect access alone: User profiles and "Ask to add a payment method" load when first opened
// (payment-center/on-demand-parts.ts).
import { AlisConnectAccess } from '../components/connect-access/connect-access.js';

AlisConnectAccess.define('alis-connect-access');
export { AlisConnectAccess };
