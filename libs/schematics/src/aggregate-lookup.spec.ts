import { pastTense } from './aggregate-lookup';

describe('pastTense', () => {
  it.each([
    ['issue', 'issued'],
    ['ship', 'shipped'],
    ['stop', 'stopped'],
    ['submit', 'submitted'],
    ['cancel', 'cancelled'],
    ['pay', 'paid'],
    ['approve', 'approved'],
    ['verify', 'verified'],
    ['delay', 'delayed'],
    ['archive', 'archived'],
    ['open', 'opened'],
    ['publish', 'published'],
    ['withdraw', 'withdrawn'],
    ['fix', 'fixed'],
    ['show', 'shown'],
    ['mark-paid', 'marked-paid'],
  ])('%s → %s', (verb, past) => {
    expect(pastTense(verb)).toBe(past);
  });
});
