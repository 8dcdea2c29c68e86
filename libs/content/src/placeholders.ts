import { EMAIL_TEMPLATE_KINDS, type EmailTemplateKind } from './vocabulary';

/**
 * The placeholders each email kind may use. Callers pass values already formatted for the
 * reader (e.g. `interviewTime` in the candidate's time zone); the renderer only escapes.
 */
export interface PlaceholderSet {
  /** `{{name}}` placeholders. */
  readonly variables: readonly string[];
  /** `{{#name}}…{{/name}}` list blocks; inside, only the block's fields (`listFieldsOf`) are available. */
  readonly blocks: readonly string[];
  /** Placeholders or blocks that both the text and the HTML body must contain. */
  readonly requiredInBody: readonly string[];
}

/** Fields of one entry in a list block: `{{#items}}{{title}} {{link}}{{/items}}`. */
export const LIST_ITEM_FIELDS = ['title', 'link'] as const;

/** A comments entry is an item with what the coach wrote on it: `{{#comments}}{{title}}: {{comment}}{{/comments}}`. */
export const COMMENT_ITEM_FIELDS = [...LIST_ITEM_FIELDS, 'comment'] as const;
export type ListItemField = (typeof COMMENT_ITEM_FIELDS)[number];

/** Blocks a caller may leave out: nothing of them is rendered (a reminder without comments quotes none). */
export const OPTIONAL_LIST_BLOCKS: readonly string[] = ['comments'];

/** The fields each list block's entries have. */
export function listFieldsOf(block: string): readonly ListItemField[] {
  return block === 'comments' ? COMMENT_ITEM_FIELDS : LIST_ITEM_FIELDS;
}

const CANDIDATE_VARIABLES = [
  'candidateName',
  'coachName',
  'organizationName',
  'company',
  'role',
  'interviewTime',
  'planLink',
  'unsubscribeLink',
] as const;

// Every candidate email links to the plan and lets the candidate stop reminders.
const CANDIDATE_EMAIL: PlaceholderSet = {
  variables: CANDIDATE_VARIABLES,
  blocks: ['items', 'comments'],
  requiredInBody: ['planLink', 'unsubscribeLink'],
};

// Coach alerts point at the dashboard, never at the candidate's private link.
const COACH_ALERT: PlaceholderSet = {
  variables: ['coachName', 'candidateName', 'organizationName', 'company', 'role', 'interviewTime', 'dashboardLink'],
  blocks: [],
  requiredInBody: ['dashboardLink'],
};

const MEMBER_INVITATION: PlaceholderSet = {
  variables: ['inviterName', 'organizationName', 'memberRole', 'invitationLink', 'expiresAt'],
  blocks: [],
  requiredInBody: ['invitationLink'],
};

const PASSWORD_RESET: PlaceholderSet = {
  variables: ['memberName', 'organizationName', 'resetLink', 'expiresAt'],
  blocks: [],
  requiredInBody: ['resetLink'],
};

const CATCH_UP: PlaceholderSet = { ...CANDIDATE_EMAIL, requiredInBody: [...CANDIDATE_EMAIL.requiredInBody, 'items'] };

// The plan is off: nothing to open, only the way to stop emails.
const INTERVIEW_CANCELLED: PlaceholderSet = {
  variables: CANDIDATE_VARIABLES.filter((name) => name !== 'planLink'),
  blocks: [],
  requiredInBody: ['unsubscribeLink'],
};

// Several assignments in one message: each entry names one and links to its screen in the coach app.
const COACH_DIGEST: PlaceholderSet = {
  variables: ['coachName', 'organizationName'],
  blocks: ['items'],
  requiredInBody: ['items'],
};

function placeholdersFor(kind: EmailTemplateKind): PlaceholderSet {
  if (kind === 'coach-not-started') return COACH_ALERT;
  if (kind === 'member-invitation') return MEMBER_INVITATION;
  if (kind === 'password-reset') return PASSWORD_RESET;
  if (kind === 'catch-up' || kind === 'assignment-catch-up') return CATCH_UP;
  if (kind === 'interview-cancelled') return INTERVIEW_CANCELLED;
  if (kind === 'coach-at-risk-digest') return COACH_DIGEST;
  return CANDIDATE_EMAIL;
}

export const TEMPLATE_PLACEHOLDERS: Readonly<Record<EmailTemplateKind, PlaceholderSet>> = Object.fromEntries(
  EMAIL_TEMPLATE_KINDS.map((kind) => [kind, placeholdersFor(kind)]),
) as Record<EmailTemplateKind, PlaceholderSet>;

/** Values of these placeholders become hrefs, so they must be http(s) URLs. */
export function isLinkPlaceholder(name: string): boolean {
  return name === 'link' || name.endsWith('Link');
}
