import { Injectable } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { moneyText } from './money-text';

const MARGIN = 50;
const COLUMNS = { description: MARGIN, quantity: 280, unitPrice: 330, tax: 420, gross: 480 };

/** An invoice or credit note as a PDF document: seller (from configuration), buyer, number, dates, lines, tax and totals. */
@Injectable()
export class InvoicePdfRenderer {
  constructor(private readonly config: AppConfig) {}

  async render(invoice: Invoice): Promise<Buffer> {
    // Loaded on the first render, not at start: pdfkit and its fonts take a fifth of a second to load.
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: invoice.number ?? `Draft ${invoice.id}` } });
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    this.header(doc, invoice);
    this.parties(doc, invoice);
    this.lines(doc, invoice);
    this.totals(doc, invoice);
    doc.end();
    return await done;
  }

  private header(doc: PDFKit.PDFDocument, invoice: Invoice): void {
    const title = invoice.kind === 'credit_note' ? 'CREDIT NOTE' : 'INVOICE';
    doc.font('Helvetica-Bold').fontSize(20).text(title);
    doc.font('Helvetica').fontSize(10).moveDown(0.5);
    doc.text(`Number: ${invoice.number ?? 'draft (numbered when issued)'}`);
    doc.text(`Issued: ${invoice.issuedAt ? invoice.issuedAt.toISOString().slice(0, 10) : '-'}`);
    doc.text(`Due: ${invoice.dueDate ?? 'on receipt'}`);
    if (invoice.creditedInvoiceId) doc.text(`Credits invoice: ${invoice.creditedInvoiceId}`);
    if (invoice.status === 'void') doc.text('VOID');
    doc.moveDown();
  }

  private parties(doc: PDFKit.PDFDocument, invoice: Invoice): void {
    const seller = [
      this.config.BILLING_SELLER_NAME,
      ...this.config.BILLING_SELLER_ADDRESS.split(';').map((line) => line.trim()),
      this.config.BILLING_SELLER_TAX_ID ? `Tax id: ${this.config.BILLING_SELLER_TAX_ID}` : '',
    ].filter((line) => line !== '');
    const top = doc.y;
    doc.font('Helvetica-Bold').text('Seller', MARGIN, top).font('Helvetica').text(seller.join('\n'), MARGIN);
    const sellerBottom = doc.y;
    doc.font('Helvetica-Bold').text('Bill to', 320, top).font('Helvetica').text('Customer id', 320).text(invoice.customerId, 320);
    doc.x = MARGIN;
    doc.y = Math.max(sellerBottom, doc.y);
    doc.moveDown();
  }

  private lines(doc: PDFKit.PDFDocument, invoice: Invoice): void {
    this.row(doc, ['Description', 'Qty', 'Unit price', 'Tax', 'Amount'], 'Helvetica-Bold');
    for (const line of invoice.lines) {
      this.row(doc, [
        line.description,
        String(line.quantity),
        moneyText(line.unitPrice),
        `${(line.taxRate / 100).toFixed(2)}% ${moneyText(line.tax)}`,
        moneyText(line.gross),
      ]);
    }
    doc.moveDown();
  }

  private totals(doc: PDFKit.PDFDocument, invoice: Invoice): void {
    doc.x = COLUMNS.unitPrice;
    doc.font('Helvetica').text(`Subtotal: ${moneyText(invoice.subtotal)}`);
    doc.text(`Tax: ${moneyText(invoice.taxTotal)}`);
    doc.font('Helvetica-Bold').text(`Total: ${moneyText(invoice.total)}`);
    if (invoice.kind === 'invoice' && invoice.amountPaid.minor > 0n) {
      doc.font('Helvetica').text(`Paid: ${moneyText(invoice.amountPaid)}`);
    }
    if (invoice.notes) doc.font('Helvetica').text(invoice.notes, MARGIN, doc.y + 20, { width: 495 });
  }

  /** One table row; the description wraps within its column and the row is as tall as it. */
  private row(doc: PDFKit.PDFDocument, [description, quantity, unitPrice, tax, gross]: string[], font = 'Helvetica'): void {
    const top = doc.y;
    doc.font(font).fontSize(9);
    doc.text(description, COLUMNS.description, top, { width: COLUMNS.quantity - COLUMNS.description - 10 });
    const bottom = doc.y;
    doc.text(quantity, COLUMNS.quantity, top, { width: 45 });
    doc.text(unitPrice, COLUMNS.unitPrice, top, { width: 85 });
    doc.text(tax, COLUMNS.tax, top, { width: 60 });
    doc.text(gross, COLUMNS.gross, top, { width: 70 });
    doc.x = MARGIN;
    doc.y = Math.max(bottom, doc.y) + 4;
    doc.fontSize(10);
  }
}
