import { AlisAccessProfiles } from '../components/access-profiles/access-profiles.js';

AlisAccessProfiles.define('alis-access-profiles');
export { AlisAccessProfiles };
