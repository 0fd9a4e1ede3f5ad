import { describe, expect, it } from 'vitest';
import type { Intent } from '../analysis/intents/detect-intents.ts';
import { applicablePlaybooks, isPlaybookScenario, PLAYBOOK_SCENARIOS, playbookApplies } from './playbooks.ts';

const book = (title: string, tag: string | null, scenario: 'complaint' | 'purchase' | null) => ({ title, tag, scenario });

describe('where a playbook applies', () => {
  it('names exactly the intents the analysis detects as scenarios', () => {
    const everyIntent: Record<Intent, true> = { question: true, complaint: true, praise: true, human: true, purchase: true };
    expect([...PLAYBOOK_SCENARIOS].sort()).toEqual(Object.keys(everyIntent).sort());
    expect(isPlaybookScenario('complaint')).toBe(true);
    expect(isPlaybookScenario('refund')).toBe(false);
  });

  it('applies a tag playbook to conversations carrying the tag', () => {
    expect(playbookApplies(book('Late parcels', 'shipping', null), { tags: ['shipping'], scenarios: [] })).toBe(true);
    expect(playbookApplies(book('Late parcels', 'shipping', null), { tags: ['billing'], scenarios: ['complaint'] })).toBe(false);
  });

  it('applies a scenario playbook where the customer shows the scenario', () => {
    expect(playbookApplies(book('Complaints', null, 'complaint'), { tags: [], scenarios: ['question', 'complaint'] })).toBe(true);
    expect(playbookApplies(book('Complaints', null, 'complaint'), { tags: ['complaint'], scenarios: ['question'] })).toBe(false);
  });

  it('needs both conditions when a playbook names a tag and a scenario', () => {
    const both = book('Angry about shipping', 'shipping', 'complaint');
    expect(playbookApplies(both, { tags: ['shipping'], scenarios: ['complaint'] })).toBe(true);
    expect(playbookApplies(both, { tags: ['shipping'], scenarios: [] })).toBe(false);
    expect(playbookApplies(both, { tags: [], scenarios: ['complaint'] })).toBe(false);
  });

  it('never applies a playbook that names no condition', () => {
    expect(playbookApplies(book('Everything', null, null), { tags: ['shipping'], scenarios: ['complaint'] })).toBe(false);
  });

  it('lists the more specific playbooks first, then by title', () => {
    const list = [book('B shipping', 'shipping', null), book('Angry shipping', 'shipping', 'complaint'), book('A complaints', null, 'complaint'), book('Sales', null, 'purchase')];
    expect(applicablePlaybooks(list, { tags: ['shipping'], scenarios: ['complaint'] }).map((p) => p.title))
      .toEqual(['Angry shipping', 'A complaints', 'B shipping']);
  });
});
