// The card body's Markdown as HTML for the editor's preview, with `marked` (README "Web frontend" says why). What
// the PM types is never trusted as HTML: raw HTML shows as text, links go only to http(s), mail or the portal's own
// paths, and images show as their alt text (no request leaves for a URL someone typed).
import { Marked, type Tokens } from 'marked';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Whether a link target is safe to follow: http(s), mailto, or a path or anchor of the portal. */
export function safeHref(href: string): boolean {
  const trimmed = href.trim();
  return /^(https?:|mailto:)/i.test(trimmed) || (/^[/#]/.test(trimmed) && !trimmed.startsWith('//'));
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      if (!safeHref(href)) return text;
      return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''} rel="noopener noreferrer" target="_blank">${text}</a>`;
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
  },
});

/** The Markdown as HTML safe to put into the page: headings, lists, links, paragraphs, emphasis, code, quotes. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
