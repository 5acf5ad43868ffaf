import { CreditNoteIssued } from './credit-note-issued.event';

describe('CreditNoteIssued', () => {
  it('travels as billing.credit-note-issued v1 with its payload', () => {
    const event = new CreditNoteIssued({ creditId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as CreditNoteIssued['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.credit-note-issued', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
