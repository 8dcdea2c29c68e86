import { reminderMessageId } from './message-id';
import { classifySendFailure } from './send-failure';

describe('classifySendFailure', () => {
  const smtpError = (responseCode: number, response: string, permanent?: boolean) =>
    Object.assign(new Error('Message failed'), { responseCode, response, permanent });

  it("treats 5xx replies as permanent and keeps the server's answer", () => {
    expect(classifySendFailure(smtpError(550, '550 5.1.1 No such user', true))).toEqual({
      permanent: true,
      reason: '550 5.1.1 No such user',
    });
    expect(classifySendFailure(smtpError(554, '554 rejected'))).toMatchObject({ permanent: true });
  });

  it('treats 4xx replies, 503 and failures without a reply as worth another try', () => {
    expect(classifySendFailure(smtpError(451, '451 4.3.0 Try again later', false))).toEqual({
      permanent: false,
      reason: '451 4.3.0 Try again later',
    });
    expect(classifySendFailure(smtpError(503, '503 Bad sequence'))).toMatchObject({ permanent: false });
    expect(
      classifySendFailure(Object.assign(new Error('connect ECONNREFUSED\n127.0.0.1:1'), { code: 'ESOCKET' })),
    ).toEqual({ permanent: false, reason: 'connect ECONNREFUSED 127.0.0.1:1' });
  });
});

describe('reminderMessageId', () => {
  it('is the same for every attempt of a reminder, under the From domain', () => {
    expect(reminderMessageId('r-1', 'prep@mail.example.com')).toBe('<reminder-r-1@mail.example.com>');
  });
});
