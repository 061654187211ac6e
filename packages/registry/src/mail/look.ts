/**
 * The campaign's look, shared by its mails and its pages (`http/pages/`): the widgets' default
 * colours (WCAG AA on white: text 16:1, muted 7:1, primary 8:1) and the system's own interface
 * font, so that a mail, a link page and the form a person signed on look like one campaign.
 */
export const LOOK = {
  /** Buttons, links and the campaign's name: the widgets' `--plateformcoop-color-primary`. */
  primary: '#1d4f91',
  onPrimary: '#ffffff',
  text: '#1b1b1b',
  muted: '#595959',
  surface: '#ffffff',
  /** Around the content box. */
  background: '#f4f4f2',
  border: '#c4c4c4',
  success: '#1e6b34',
  error: '#b3261e',
  /**
   * A frame or a page has no font to inherit; the browser's default would be a serif. Names
   * quoted with single quotes: the stack goes into HTML `style="…"` attributes too.
   */
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  /** For code a person copies (the badge's snippets). */
  monospace: "ui-monospace, Menlo, Consolas, 'Liberation Mono', monospace",
} as const;
