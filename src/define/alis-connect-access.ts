import { AlisConnectAccess } from '../components/connect-access/connect-access.js';

AlisConnectAccess.define('alis-connect-access');
export { AlisConnectAccess };
