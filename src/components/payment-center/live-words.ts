// The Payment Center's elements keep what they will say later as functions of the words
// (src/core/i18n/said-later.ts), and their live regions' announcements as the payer widgets do.
export { announcement, renderAnnouncement, silence, type Announcement } from '../shared/live-words.js';
export { sayAll, wordsByKey, wordsOrNull, type Words } from '../../core/i18n/said-later.js';
