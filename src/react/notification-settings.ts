// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisNotificationSettings as AlisNotificationSettingsElement } from '../components/notification-settings/notification-settings.js';
import type { AlisNotificationPreferencesChangedEvent } from '../index.js';
import '../define/alis-notification-settings.js';

/** `<alis-notification-settings>` for React: Which billing emails a payer receives. */
export const AlisNotificationSettings = createComponent({
  tagName: 'alis-notification-settings',
  elementClass: AlisNotificationSettingsElement,
  react: React,
  events: {
    /** The payer's choices were saved. */
    onAlisNotificationPreferencesChanged: 'alis-notification-preferences-changed' as EventName<AlisNotificationPreferencesChangedEvent>,
  },
});
