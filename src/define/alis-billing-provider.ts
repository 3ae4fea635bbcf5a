import { AlisBillingProvider } from '../components/billing-provider/billing-provider.js';

AlisBillingProvider.define('alis-billing-provider');
export { AlisBillingProvider };
