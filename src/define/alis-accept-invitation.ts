import { AlisAcceptInvitation } from '../components/accept-invitation/accept-invitation.js';

AlisAcceptInvitation.define('alis-accept-invitation');
export { AlisAcceptInvitation };
