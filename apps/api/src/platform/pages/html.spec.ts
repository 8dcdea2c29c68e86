import { escapeHtml, html, SafeHtml } from './html';

describe('html templates', () => {
  it('escapes every interpolated value', () => {
    const name = `<script>alert("x" + 'y')</script> & \``;
    expect(html`<p title="${name}">${name}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; &#96;">&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; &#96;</p>',
    );
  });

  it('nests templates and lists without escaping them twice, and renders nothing for absent values', () => {
    const items = ['a&b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.markup).toBe('<ul><li>a&amp;b</li><li>c</li></ul>0');
  });

  it('trusts only SafeHtml', () => {
    expect(html`${new SafeHtml('<b>kept</b>')}${'<b>escaped</b>'}`.markup).toBe(
      '<b>kept</b>&lt;b&gt;escaped&lt;/b&gt;',
    );
    expect(escapeHtml('"&')).toBe('&quot;&amp;');
  });
});
