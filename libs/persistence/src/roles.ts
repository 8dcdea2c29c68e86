/**
 * The two database roles the schema is written for. The owner runs migrations and owns every
 * object; the app role (API and worker) owns nothing, is no superuser and cannot bypass RLS.
 */
export const OWNER_ROLE = 'prep_owner';
export const APP_ROLE = 'prep_app';

/** The per-transaction setting the RLS policies read. */
export const ORGANIZATION_SETTING = 'app.organization_id';
export const USER_SETTING = 'app.user_id';
