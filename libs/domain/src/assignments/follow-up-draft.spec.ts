import { composeFollowUpDraft } from './follow-up-draft';

describe('composeFollowUpDraft', () => {
  const base = {
    candidateName: 'Ada Lovelace',
    company: 'Globex',
    role: 'Data Analyst',
    interviewers: ['Hank Scorpio', 'Mindy Simmons'],
    notedPoints: [],
  };

  it('is personal, restates interest and signs with the candidate’s name', () => {
    const draft = composeFollowUpDraft(base);
    expect(draft.subject).toBe('Thank you: Data Analyst interview');
    expect(draft.body.startsWith('Dear Hank Scorpio and Mindy Simmons,')).toBe(true);
    expect(draft.body).toContain('Data Analyst role at Globex');
    expect(draft.body.endsWith('Kind regards,\nAda Lovelace')).toBe(true);
  });

  it('picks up at most three of the candidate’s own points, trimmed of bullets', () => {
    const draft = composeFollowUpDraft({
      ...base,
      notedPoints: ['- The team ships weekly\n* They value mentoring', 'Open question: on-call rota', 'Fourth point'],
    });
    expect(draft.body).toContain('- The team ships weekly\n- They value mentoring\n- Open question: on-call rota');
    expect(draft.body).not.toContain('Fourth point');
  });

  it('stays short', () => {
    const draft = composeFollowUpDraft({ ...base, notedPoints: ['x'.repeat(2000)] });
    expect(draft.body.length).toBeLessThan(900);
  });
});
