// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { AlisAuditTrail as AlisAuditTrailElement } from '../components/audit-trail/audit-trail.js';
import '../define/alis-audit-trail.js';

/** `<alis-audit-trail>` for React: Who changed what and when, for one invoice, payer, profile or the settings (staff only). */
export const AlisAuditTrail = createComponent({
  tagName: 'alis-audit-trail',
  elementClass: AlisAuditTrailElement,
  react: React,
  events: {},
});
