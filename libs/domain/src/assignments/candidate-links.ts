/** The candidate's page for a private link; built from configured APP_URL, never a Host header. */
export function candidatePlanUrl(appUrl: string, token: string): string {
  return `${appUrl}/a/${token}`;
}

/** A deep link to one item of the plan. */
export function candidateItemUrl(appUrl: string, token: string, itemKey: string): string {
  return `${candidatePlanUrl(appUrl, token)}#item-${encodeURIComponent(itemKey)}`;
}
