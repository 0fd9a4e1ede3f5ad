import { describe, expect, it } from 'vitest';
import { fillSavedReply } from './fill-saved-reply.ts';

describe('filling a saved reply', () => {
  it('fills the contact and agent and leaves unknown variables for the agent to see', () => {
    expect(fillSavedReply('Hi {{contact.first_name}}, {{agent.name}} here. {{order.id}}', { contactName: 'Mila Berzina', agentName: 'Ana' }))
      .toBe('Hi Mila, Ana here. {{order.id}}');
  });
});
