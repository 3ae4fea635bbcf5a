import { AlisNotificationSettings } from '../components/notification-settings/notification-settings.js';

AlisNotificationSettings.define('alis-notification-settings');
export { AlisNotificationSettings };
