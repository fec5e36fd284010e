import { describe, it, expect } from 'vitest';
import { readDateline } from '../../src/article/dateline';

describe('readDateline', () => {
  it('reads PLACE (AGENCY) -', () => {
    expect(readDateline('PARIS (AFP) - Le président a parlé.')).toEqual({ source: 'AFP', rest: 'Le président a parlé.' });
  });

  it('reads (Reuters) - without a place', () => {
    expect(readDateline('(Reuters) - Venezuela said on Saturday.')).toEqual({ source: 'Reuters', rest: 'Venezuela said on Saturday.' });
  });

  it('reads a date after the place, and en or em dashes', () => {
    expect(readDateline('Caracas, 13 avril 2019 (AFP) – Le Venezuela.')).toEqual({
      source: 'AFP',
      date: '13 avril 2019',
      rest: 'Le Venezuela.',
    });
    expect(readDateline('NEW YORK (AP) — Stocks fell.')).toEqual({ source: 'AP', rest: 'Stocks fell.' });
  });

  it('ignores parentheses that are not a dateline', () => {
    expect(readDateline('Le parti au pouvoir (PSUV) - selon lui - gagne.')).toBeNull();
    expect(readDateline('Le Venezuela (pays pétrolier) est en crise.')).toBeNull();
    expect(readDateline('PARIS (afp) - minuscule.')).toBeNull();
  });
});
