/** The validated email templates from content/, loaded once at boot. */
export const EMAIL_TEMPLATES = Symbol('EMAIL_TEMPLATES');
