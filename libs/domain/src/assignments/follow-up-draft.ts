export interface FollowUpDraftInput {
  candidateName: string;
  company: string;
  role: string;
  interviewers: readonly string[];
  /** What the candidate noted after the interview (reflections), most important first. */
  notedPoints: readonly string[];
}

export interface FollowUpDraft {
  subject: string;
  body: string;
}

const MAX_POINTS = 3;
const MAX_POINT_LENGTH = 240;

/**
 * A short thank-you email built from the candidate's own notes: personal (names the
 * interviewers), restates interest in the role, picks up what they noted, and stays brief.
 */
export function composeFollowUpDraft(input: FollowUpDraftInput): FollowUpDraft {
  const greeting = input.interviewers.length > 0 ? `Dear ${joinNames(input.interviewers)},` : 'Hello,';
  const points = input.notedPoints
    .flatMap((note) => note.split(/\r?\n/))
    .map((line) => line.replace(/^[-*•\s]+/, '').trim())
    .filter((line) => line.length > 0)
    .slice(0, MAX_POINTS)
    .map((line) => (line.length > MAX_POINT_LENGTH ? `${line.slice(0, MAX_POINT_LENGTH - 1)}…` : line));
  const paragraphs = [
    greeting,
    `Thank you for the time you spent with me today talking about the ${input.role} role at ${input.company}. ` +
      'I enjoyed the conversation and I am even more interested in joining the team.',
    ...(points.length > 0
      ? [`A few things from our conversation that stayed with me:\n${points.map((point) => `- ${point}`).join('\n')}`]
      : []),
    'If anything about my background would help you in your decision, I am happy to follow up with more detail.',
    `Kind regards,\n${input.candidateName}`,
  ];
  return { subject: `Thank you: ${input.role} interview`, body: paragraphs.join('\n\n') };
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
