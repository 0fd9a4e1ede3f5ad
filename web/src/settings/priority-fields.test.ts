import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY_SETTINGS } from '../../../src/domain/priority-settings.ts';
import { fromDraft, PRIORITY_FIELD_GROUPS, toDraft } from './priority-fields.ts';

describe('the priority settings draft', () => {
  it('round-trips every weight, goals and the near share as a percentage', () => {
    const draft = toDraft(DEFAULT_PRIORITY_SETTINGS);
    expect(draft['sla.nearShare']).toBe('25');
    expect(draft['followers.max']).toBe('0');
    expect(fromDraft(DEFAULT_PRIORITY_SETTINGS, draft)).toEqual({ settings: DEFAULT_PRIORITY_SETTINGS });
  });

  it('applies what the admin typed and keeps what the form does not show', () => {
    const draft = { ...toDraft(DEFAULT_PRIORITY_SETTINGS), 'customer.loyaltyTiers.gold': '15', 'sla.nearShare': '10' };
    const result = fromDraft({ ...DEFAULT_PRIORITY_SETTINGS, customer: { ...DEFAULT_PRIORITY_SETTINGS.customer, loyaltyTiers: { ...DEFAULT_PRIORITY_SETTINGS.customer.loyaltyTiers, none: 1 } } }, draft);
    expect('settings' in result && result.settings.customer.loyaltyTiers).toEqual({ none: 1, bronze: 2, silver: 4, gold: 15, platinum: 12 });
    expect('settings' in result && result.settings.sla.nearShare).toBe(0.1);
  });

  it('names the first field that is not a number', () => {
    const result = fromDraft(DEFAULT_PRIORITY_SETTINGS, { ...toDraft(DEFAULT_PRIORITY_SETTINGS), 'aging.max': 'lots' });
    expect(result).toEqual({ invalid: PRIORITY_FIELD_GROUPS[3]!.fields[2] });
  });
});
