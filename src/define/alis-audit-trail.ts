import { AlisAuditTrail } from '../components/audit-trail/audit-trail.js';

AlisAuditTrail.define('alis-audit-trail');
export { AlisAuditTrail };
