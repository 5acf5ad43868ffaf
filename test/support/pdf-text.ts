import { inflateSync } from 'node:zlib';

/**
 * The text a PDF made by pdfkit shows, one string per text operator, in page order: its content streams
 * inflated, then the hex strings of each `[<..> kern <..>] TJ` joined (pdfkit writes standard-font text as
 * WinAnsi hex). Enough to check what an invoice prints without a PDF parser dependency.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(match[1], 'latin1');
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = match[1]; // an uncompressed stream
    }
    for (const operator of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g)) {
      const hex = [...operator[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      texts.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return texts;
}
