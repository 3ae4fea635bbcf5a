// Events of `<alis-notification-settings>`. Each bubbles and is composed, so a host page hears it.
import type { NotificationPreferences } from '../sdk/types.js';

/** The payer saved which emails they receive. */
export class AlisNotificationPreferencesChangedEvent extends Event {
  static readonly eventName = 'alis-notification-preferences-changed';
  /** The preferences as the billing service now keeps them. */
  readonly preferences: NotificationPreferences;

  constructor(preferences: NotificationPreferences) {
    super(AlisNotificationPreferencesChangedEvent.eventName, { bubbles: true, composed: true });
    this.preferences = preferences;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alis-notification-preferences-changed': AlisNotificationPreferencesChangedEvent;
  }
}
