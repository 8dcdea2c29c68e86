import { decideSpacing } from './message-spacing';

const at = (iso: string) => new Date(iso);

describe('a reminder due too soon after a message to the same recipient', () => {
  it('waits until 30 minutes after that message', () => {
    expect(
      decideSpacing({
        dueAt: at('2030-05-10T08:10:00Z'),
        interviewAt: at('2030-05-10T12:00:00Z'),
        lastSentAt: at('2030-05-10T08:00:00Z'),
      }),
    ).toEqual({ action: 'retime', at: at('2030-05-10T08:30:00Z') });
  });

  it('is skipped as too close when a reminder for before the interview would go once it has started', () => {
    expect(
      decideSpacing({
        dueAt: at('2030-05-10T11:50:00Z'),
        interviewAt: at('2030-05-10T12:00:00Z'),
        lastSentAt: at('2030-05-10T11:40:00Z'),
      }),
    ).toEqual({ action: 'skip', reason: 'too-close' });
  });

  it('is skipped when the new time would be exactly when the interview starts', () => {
    expect(
      decideSpacing({
        dueAt: at('2030-05-10T11:45:00Z'),
        interviewAt: at('2030-05-10T12:00:00Z'),
        lastSentAt: at('2030-05-10T11:30:00Z'),
      }).action,
    ).toBe('skip');
  });

  it('still waits after the interview, where a reminder makes sense for a day past its time', () => {
    expect(
      decideSpacing({
        dueAt: at('2030-05-10T14:00:00Z'),
        interviewAt: at('2030-05-10T12:00:00Z'),
        lastSentAt: at('2030-05-10T13:55:00Z'),
      }),
    ).toEqual({ action: 'retime', at: at('2030-05-10T14:25:00Z') });
  });
});
