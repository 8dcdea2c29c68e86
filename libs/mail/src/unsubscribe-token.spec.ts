import { createUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const secret = 's'.repeat(40);
  const subject = {
    organizationId: '0d3c0f4e-2f39-4f0a-9e51-0a7f2c1b9e11',
    candidateId: '7b1c9a52-9f0e-4f57-8d0b-3c2a1e4f5a6b',
  };

  it('round-trips', () => {
    expect(verifyUnsubscribeToken(secret, createUnsubscribeToken(secret, subject))).toEqual(subject);
  });

  it('refuses a token for another candidate, another secret, or a malformed one', () => {
    const token = createUnsubscribeToken(secret, subject);
    const forged = token.replace(subject.candidateId, '11111111-1111-4111-8111-111111111111');
    expect(verifyUnsubscribeToken(secret, forged)).toBeNull();
    expect(verifyUnsubscribeToken('t'.repeat(40), token)).toBeNull();
    expect(verifyUnsubscribeToken(secret, 'garbage')).toBeNull();
  });
});
