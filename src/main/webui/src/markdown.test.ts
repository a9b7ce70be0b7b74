import { describe, expect, it } from 'vitest';
import { markdownToHtml, safeHref } from './markdown';

describe('markdownToHtml', () => {
  it('renders headings, lists, links and paragraphs', () => {
    const html = markdownToHtml('## Как подключить\n\n- один\n- два\n\n1. первый\n\nСм. [справку](https://example.com/help).\n\nВторой абзац с **важным**.');
    expect(html).toContain('<h2>Как подключить</h2>');
    expect(html).toContain('<ul>\n<li>один</li>\n<li>два</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>первый</li>\n</ol>');
    expect(html).toContain('<a href="https://example.com/help" rel="noopener noreferrer" target="_blank">справку</a>');
    expect(html).toContain('<p>Второй абзац с <strong>важным</strong>.</p>');
  });

  it('shows raw HTML as text', () => {
    const html = markdownToHtml('<script>alert(1)</script>\n\nТекст <img src=x onerror=alert(1)> дальше');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops unsafe link targets and never loads images', () => {
    const html = markdownToHtml('[нажми](javascript:alert(1)) и ![схема](https://tracker.example/x.png)');
    expect(html).not.toContain('href');
    expect(html).not.toContain('<img');
    expect(html).toContain('нажми');
    expect(html).toContain('схема');
  });

  it('escapes quotes in a link target', () => {
    expect(markdownToHtml('[a](https://e.x/"onmouseover="x)')).not.toMatch(/"onmouseover/);
  });
});

describe('safeHref', () => {
  it('allows web, mail and portal links only', () => {
    expect(safeHref('https://a.b')).toBe(true);
    expect(safeHref('mailto:pm@example.com')).toBe(true);
    expect(safeHref('/card/x')).toBe(true);
    expect(safeHref('#part')).toBe(true);
    expect(safeHref('//evil.example')).toBe(false);
    expect(safeHref(' JavaScript:alert(1)')).toBe(false);
    expect(safeHref('data:text/html,x')).toBe(false);
  });
});
