/**
 * Text made safe for HTML element content and attribute values. Nothing is ever turned into a
 * link by scanning text: links are data (a mail's button, a page's back link).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
