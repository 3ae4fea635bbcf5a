// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisAccessProfiles as AlisAccessProfilesElement } from '../components/access-profiles/access-profiles.js';
import type { AlisProfileChangedEvent, AlisProfileCreatedEvent, AlisProfileDeletedEvent } from '../index.js';
import '../define/alis-access-profiles.js';

/** `<alis-access-profiles>` for React: Create, change and delete the portal's user profiles (staff only). */
export const AlisAccessProfiles = createComponent({
  tagName: 'alis-access-profiles',
  elementClass: AlisAccessProfilesElement,
  react: React,
  events: {
    /** A profile was created. */
    onAlisProfileCreated: 'alis-profile-created' as EventName<AlisProfileCreatedEvent>,
    /** A profile was renamed, described or given other permissions. */
    onAlisProfileChanged: 'alis-profile-changed' as EventName<AlisProfileChangedEvent>,
    /** An unused profile was deleted. */
    onAlisProfileDeleted: 'alis-profile-deleted' as EventName<AlisProfileDeletedEvent>,
  },
});
