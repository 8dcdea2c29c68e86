import { renderResetPasswordForm } from './reset-password-page';

describe('the reset password page', () => {
  it('carries the token from the link in the form, escaped, so a crafted link cannot add markup', () => {
    const page = renderResetPasswordForm('pwr_abc"><script>alert(1)</script>');
    expect(page).not.toContain('<script>');
    expect(page).toContain('value="pwr_abc&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(page).toContain('action="/app/reset-password"');
  });

  it('shows what was wrong with the password', () => {
    expect(renderResetPasswordForm('pwr_x', 'The password must be at least 10 characters.')).toContain(
      'The password must be at least 10 characters.',
    );
  });
});
