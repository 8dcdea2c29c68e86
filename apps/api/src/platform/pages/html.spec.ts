import { escapeHtml, html, SafeHtml } from './html';

describe('html templates', () => {
  it('escapes every interpolated value', () => {
    const name = `<script>alert("x" + 'y')</script> & \``;
    const escaped = '&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; &#96;';
    expect(html`<p title="${name}">${name}</p>`.markup).toBe(`<p title="${escaped}">${escaped}</p>`);
  });

  it('nests templates and lists without escaping them twice, and renders nothing for absent values', () => {
    const items = ['a&b', 'c'].map((item) => html`<li>${item}</li>`);
    const markup = html`<ul>${items}</ul>${null}${undefined}${false}${0}`.markup;
    expect(markup).toBe('<ul><li>a&amp;b</li><li>c</li></ul>0');
  });

  it('trusts only SafeHtml', () => {
    expect(html`${new SafeHtml('<b>kept</b>')}${'<b>escaped</b>'}`.markup).toBe(
      '<b>kept</b>&lt;b&gt;escaped&lt;/b&gt;',
    );
    expect(escapeHtml('"&')).toBe('&quot;&amp;');
  });
});
