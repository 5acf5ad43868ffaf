import { declareInModule, listProvider } from './module-wiring';
import { names } from './names';

const generated = `import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

/** Billing. */
@Module({
  imports: [TypeOrmModule.forFeature([])],
  controllers: [],
  providers: [],
})
export class BillingModule {}
`;

const invoice = { aggregate: names('invoice', 'aggregate') };
const line = { aggregate: names('invoice-line', 'aggregate') };

describe('declareInModule', () => {
  it('adds to a @Module metadata array through the syntax tree: a line of its own in a multi-line array, else on the line', () => {
    const module =
      "import { Module } from '@nestjs/common';\n\n@Module({\n  imports: [\n    A,\n  ],\n  providers: [],\n})\nexport class X {}\n";
    const updated = declareInModule(declareInModule(module, 'imports', 'B'), 'providers', 'C');
    expect(updated).toContain('  imports: [\n    A,\n    B,\n  ],');
    expect(updated).toContain('  providers: [C],');
    expect(declareInModule(updated, 'providers', '{ provide: D, useClass: E }')).toContain(
      '  providers: [C, { provide: D, useClass: E }],',
    );
  });

  it('lays a one-line array out one entry per line, with trailing commas, once it would pass 140 columns', () => {
    const module = `@Module({\n  providers: [${'A'.repeat(60)}, ${'B'.repeat(60)}],\n})\nexport class X {}\n`;
    expect(declareInModule(module, 'providers', 'C'.repeat(20))).toContain(
      `  providers: [\n    ${'A'.repeat(60)},\n    ${'B'.repeat(60)},\n    ${'C'.repeat(20)},\n  ],`,
    );
  });

  it('explains a module without the metadata, or without @Module', () => {
    expect(() => declareInModule('@Module({ imports: [] })\nexport class X {}\n', 'controllers', 'C')).toThrow(
      /the @Module has no controllers: \[\.\.\.\] to add C to/,
    );
    expect(() => declareInModule('export class X {}\n', 'providers', 'C')).toThrow(/no @Module decorator found to add C to its providers/);
  });
});

describe('listProvider', () => {
  it("declares an aggregate's array after the imports and spreads it into providers", () => {
    const module = listProvider(generated, invoice, '{ provide: INVOICE_REPOSITORY, useClass: InvoiceTypeOrmRepository }');
    expect(module).toContain(
      "import { TypeOrmModule } from '@nestjs/typeorm';\n\nconst invoiceProviders = [{ provide: INVOICE_REPOSITORY, useClass: InvoiceTypeOrmRepository }];\n\n/** Billing. */\n@Module({",
    );
    expect(module).toContain('  providers: [...invoiceProviders],');
  });

  it('adds handlers to their aggregate array, one per line once they pass 140 columns', () => {
    const handlers = ['Create', 'Issue', 'Submit', 'Pay', 'Void', 'Get'].map((verb) => `${verb}InvoiceHandler`);
    let module = listProvider(generated, invoice, '{ provide: INVOICE_REPOSITORY, useClass: InvoiceTypeOrmRepository }');
    for (const handler of handlers.slice(0, 2)) module = listProvider(module, invoice, handler);
    expect(module).toContain(
      'const invoiceProviders = [{ provide: INVOICE_REPOSITORY, useClass: InvoiceTypeOrmRepository }, CreateInvoiceHandler, IssueInvoiceHandler];',
    );
    for (const handler of handlers.slice(2)) module = listProvider(module, invoice, handler);
    expect(module).toContain(
      `const invoiceProviders = [\n  { provide: INVOICE_REPOSITORY, useClass: InvoiceTypeOrmRepository },\n${handlers.map((h) => `  ${h},\n`).join('')}];`,
    );
    expect(module.match(/\.\.\.invoiceProviders/g)).toHaveLength(1);
  });

  it('keeps aggregates first: a new aggregate after the others, reactions and publications after them', () => {
    let module = listProvider(generated, invoice, 'InvoiceRepository');
    module = listProvider(module, 'publications', 'PublishInvoicePaid');
    module = listProvider(module, 'reactions', 'OpenInvoiceOnOrderPlaced');
    module = listProvider(module, line, 'InvoiceLineRepository');
    module = listProvider(module, 'publications', 'PublishInvoiceSent');
    const declarations = [...module.matchAll(/^const (\w+) = /gm)].map(([, name]) => name);
    expect(declarations).toEqual(['invoiceProviders', 'invoiceLineProviders', 'publications', 'reactions']);
    expect(module).toContain('const publications = [PublishInvoicePaid, PublishInvoiceSent];');
    expect(module).toContain('  providers: [...invoiceProviders, ...invoiceLineProviders, ...publications, ...reactions],');
  });

  it('leaves comments and hand-written entries of an existing array where they are', () => {
    const handWritten = generated
      .replace('providers: [],', 'providers: [\n    // ours\n    ...orderProviders,\n    Other,\n  ],')
      .replace('/** Billing. */', 'const orderProviders = [\n  // the port\n  OrderRepository,\n];\n\n/** Billing. */');
    const module = listProvider(handWritten, { aggregate: names('order', 'aggregate') }, 'PlaceOrderHandler');
    expect(module).toContain('const orderProviders = [\n  // the port\n  OrderRepository,\n  PlaceOrderHandler,\n];');
    const withInvoice = listProvider(module, invoice, 'InvoiceRepository');
    expect(withInvoice).toContain('  providers: [\n    // ours\n    ...orderProviders,\n    ...invoiceProviders,\n    Other,\n  ],');
    expect(withInvoice).toContain('];\n\nconst invoiceProviders = [InvoiceRepository];\n\n/** Billing. */');
  });
});
