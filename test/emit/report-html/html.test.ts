import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, trusted } from '../../../src/emit/report/html/html.js';
import { highlightLines, languageOf, splitLines } from '../../../src/emit/report/html/highlight.js';

describe('the html tag', () => {
  it('escapes every interpolated text and keeps markup made by the tag', () => {
    const name = `<script>alert("x")</script> & 'q'`;
    const inner = html`<b>${name}</b>`;
    expect(html`<p title="${name}">${inner}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</b></p>',
    );
  });

  it('prints lists joined, numbers as text, and nothing for false, null or undefined', () => {
    expect(html`${['a<', html`<i>b</i>`]}|${3}|${false}|${undefined}|${null}`.markup).toBe('a&lt;<i>b</i>|3|||');
    expect(join(['x', 'y'], html`<br>`.markup).markup).toBe('x<br>y');
    expect(escapeHtml('"&"')).toBe('&quot;&amp;&quot;');
    expect(trusted('<span>').markup).toBe('<span>');
  });
});

describe('highlighting', () => {
  it('closes spans at each line end and reopens them on the next line', () => {
    expect(splitLines('<span class="a">x\n<span class="b">y\nz</span></span>\nw')).toEqual([
      '<span class="a">x</span>',
      '<span class="a"><span class="b">y</span></span>',
      '<span class="a"><span class="b">z</span></span>',
      'w',
    ]);
  });

  it('gives one line per source line, escaped, with no empty line for the final newline', () => {
    const lines = highlightLines("content = <<~EOS\n  <b>&\nEOS\n", 'ruby').map((l) => l.markup);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(/<b>/);
    expect(lines[1]).toContain('&lt;b&gt;&amp;');
    expect(highlightLines('a < b\n', 'plaintext').map((l) => l.markup)).toEqual(['a &lt; b']);
  });

  it('prints a file plain when one of its lines is too long to highlight cheaply', () => {
    const long = `x = 'a'\n${'d'.repeat(100_000)}\n`;
    const lines = highlightLines(long, 'ruby').map((l) => l.markup);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain('<span');
    expect(highlightLines("x = 'a'\n", 'ruby')[0]!.markup).toContain('<span');
  });

  it('knows a cookbook file\'s language by its name', () => {
    expect(['recipes/default.rb', 'templates/default/x.conf.erb', 'kitchen.yml', 'files/run.sh', 'files/x.conf'].map(languageOf)).toEqual(['ruby', 'erb', 'yaml', 'bash', 'plaintext']);
  });
});
