// Connect access with the parts it shows: User profiles and "please add a payment method".
import { AlisAccessProfiles } from '../components/access-profiles/access-profiles.js';
import { AlisPcRequestMethod } from '../components/payment-center/request-payment-method.js';
import { AlisConnectAccess } from '../components/connect-access/connect-access.js';

AlisAccessProfiles.define('alis-access-profiles');
AlisPcRequestMethod.define('alis-pc-request-method');
AlisConnectAccess.define('alis-connect-access');
export { AlisConnectAccess };
