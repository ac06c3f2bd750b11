/** Zones: the three pilot zones as tenants. Every record belongs to one. */
export { listZones } from './list-zones.js';
