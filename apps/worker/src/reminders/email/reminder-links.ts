import { candidateItemUrl, candidatePlanUrl } from '@prep/domain';
import { createUnsubscribeToken, unsubscribeUrl } from '@prep/mail';

/** The links of one candidate email, and the secrets in them (kept out of the stored copy). */
export interface CandidateLinks {
  plan: string;
  item: (itemKey: string) => string;
  unsubscribe: string;
  secrets: string[];
}

export function candidateLinks(appUrl: string, linkToken: string, unsubscribeToken: string): CandidateLinks {
  return {
    plan: candidatePlanUrl(appUrl, linkToken),
    item: (itemKey) => candidateItemUrl(appUrl, linkToken, itemKey),
    unsubscribe: unsubscribeUrl(appUrl, unsubscribeToken),
    secrets: [linkToken, unsubscribeToken],
  };
}

export function unsubscribeTokenFor(secret: string, organizationId: string, candidateId: string): string {
  return createUnsubscribeToken(secret, { organizationId, candidateId });
}

/** Where a coach looks at the assignment: its screen in the coach app (behind their login), never the candidate's link. */
export function coachAssignmentUrl(appUrl: string, assignmentId: string): string {
  return `${appUrl}/app/assignments/${assignmentId}`;
}

export function redact(value: string, secrets: readonly string[]): string {
  return secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), value);
}
