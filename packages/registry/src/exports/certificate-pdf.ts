import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { Locale } from '@plateformcoop/model';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { LOOK } from '../mail/look.js';
import type { CertificateFacts } from './certificate.js';
import { type CertificateRow, certificateText } from './certificate-words.js';
import { qrModules } from './qr-code.js';

/**
 * Source Sans 3 (Adobe, SIL Open Font License 1.1, from the `source-sans` npm package): a font
 * with every French glyph (accents, œ, «», ’, €), embedded as the subset a certificate uses.
 */
const require = createRequire(import.meta.url);
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;
function fontFiles() {
  fonts ??= Promise.all([
    readFile(require.resolve('source-sans/TTF/SourceSans3-Regular.ttf')),
    readFile(require.resolve('source-sans/TTF/SourceSans3-Semibold.ttf')),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
/** A colour of the campaign's look (`#1d4f91`) for pdf-lib. */
const colour = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return rgb(r!, g!, b!);
};

/** Lines of at most `width` points, broken between words (and inside a word too long alone). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(tried, size) <= width) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes down the page from the top, a line at a time. */
class Writer {
  y = A4.height - MARGIN;
  constructor(
    private readonly page: PDFPage,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {}

  text(
    text: string,
    options: { size?: number; bold?: boolean; x?: number; width?: number; hex?: string } = {},
  ) {
    const size = options.size ?? 11;
    const font = options.bold ? this.bold : this.regular;
    const x = options.x ?? MARGIN;
    const width = options.width ?? A4.width - MARGIN - x;
    for (const line of wrap(text, font, size, width)) {
      this.y -= size * 1.3;
      this.page.drawText(line, {
        x,
        y: this.y,
        size,
        font,
        color: colour(options.hex ?? LOOK.text),
      });
    }
  }

  gap(points: number) {
    this.y -= points;
  }

  heading(text: string) {
    this.gap(10);
    this.text(text, { size: 13, bold: true, hex: LOOK.primary });
    this.gap(3);
  }

  rows(rows: readonly CertificateRow[], width: number) {
    const labelWidth = 150;
    for (const row of rows) {
      const top = this.y;
      this.text(row.label, { x: MARGIN, width: labelWidth - 8, hex: LOOK.muted });
      const below = this.y;
      this.y = top;
      this.text(row.value, {
        x: MARGIN + labelWidth,
        width: width - labelWidth,
        size: row.code ? 10 : 11,
      });
      this.y = Math.min(this.y, below);
      this.gap(2);
    }
  }
}

/**
 * The certificate as an A4 PDF, in `locale`: the same statements as its page, with a QR code
 * leading to that page (which tells the signature's state later on: a PDF cannot change).
 */
export async function certificatePdf(
  facts: CertificateFacts,
  locale: Locale,
  campaign: string,
  now: Date,
): Promise<Uint8Array> {
  const text = certificateText(facts, locale, campaign, now);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const files = await fontFiles();
  const regular = await pdf.embedFont(files.regular, { subset: true });
  const bold = await pdf.embedFont(files.bold, { subset: true });
  pdf.setTitle(`${text.title} — ${facts.signatory.name ?? facts.id}`, {
    showInWindowTitleBar: true,
  });
  pdf.setLanguage(locale === 'fr' ? 'fr-FR' : 'en-GB');
  pdf.setAuthor(campaign);
  pdf.setSubject(facts.manifesto.title[locale] ?? facts.manifesto.title.fr);
  pdf.setCreator('PlateformCoop registry');
  pdf.setProducer('PlateformCoop registry (pdf-lib)');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const page = pdf.addPage([A4.width, A4.height]);

  // The campaign's band, as its pages and mails show it.
  page.drawRectangle({
    x: 0,
    y: A4.height - 40,
    width: A4.width,
    height: 40,
    color: colour(LOOK.primary),
  });
  page.drawText(campaign, {
    x: MARGIN,
    y: A4.height - 26,
    size: 13,
    font: bold,
    color: colour(LOOK.onPrimary),
  });

  const qrSide = 110;
  const writer = new Writer(page, regular, bold);
  writer.y = A4.height - 40 - 24;
  writer.text(text.title, { size: 22, bold: true });
  writer.gap(6);
  writer.text(text.intro);
  const fullWidth = A4.width - 2 * MARGIN;
  writer.heading(text.signatory.heading);
  writer.rows(text.signatory.rows, fullWidth);
  writer.heading(text.manifesto.heading);
  writer.rows(text.manifesto.rows, fullWidth);
  writer.heading(text.commitments.heading);
  for (const item of text.commitments.items) writer.text(`•  ${item}`, { x: MARGIN + 6 });
  writer.heading(text.dates.heading);
  writer.rows(text.dates.rows, fullWidth);
  writer.heading(text.state.heading);
  const textWidth = fullWidth - qrSide - 16;
  const stateTop = writer.y;
  writer.text(text.state.sentence, {
    bold: true,
    width: textWidth,
    hex: text.state.withdrawn ? LOOK.error : LOOK.success,
  });
  writer.gap(4);
  writer.text(text.state.verify, { width: textWidth });
  writer.gap(4);
  writer.text(facts.url, { size: 10, width: textWidth, hex: LOOK.primary });

  // The QR code, with its quiet zone of four modules, beside the state.
  const modules = qrModules(facts.url);
  const unit = qrSide / (modules.size + 8);
  const qrX = A4.width - MARGIN - qrSide;
  const qrTop = Math.min(stateTop, A4.height - 40) - 4;
  page.drawRectangle({
    x: qrX,
    y: qrTop - qrSide,
    width: qrSide,
    height: qrSide,
    color: rgb(1, 1, 1),
  });
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++)
      if (modules.dark(x, y))
        page.drawRectangle({
          x: qrX + (x + 4) * unit,
          y: qrTop - (y + 5) * unit,
          width: unit,
          height: unit,
          color: rgb(0, 0, 0),
        });

  page.drawText(text.issued, {
    x: MARGIN,
    y: MARGIN - 20,
    size: 9,
    font: regular,
    color: colour(LOOK.muted),
  });
  return pdf.save();
}
