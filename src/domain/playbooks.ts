// Playbooks: written guidance for a tag or a scenario, and the rule that says where one applies.

/**
 * A scenario is what the customer wants, as the analysis hears it in their messages (the
 * intents of `npx parley analyze`): asking a question, complaining, praising, asking for a
 * person, wanting to buy.
 */
export const PLAYBOOK_SCENARIOS = ['question', 'complaint', 'praise', 'human', 'purchase'] as const;
export type PlaybookScenario = (typeof PLAYBOOK_SCENARIOS)[number];

export interface Playbook {
  id: string;
  workspaceId: string;
  title: string;
  /** Plain text, shown as text: never rendered as HTML or Markdown. */
  body: string;
  /** When set, the conversation must carry this tag. */
  tag: string | null;
  /** When set, the customer's latest messages must show this scenario. */
  scenario: PlaybookScenario | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a conversation is about right now: its tags, and the scenarios heard in the customer's latest messages. */
export interface ConversationSituation {
  tags: readonly string[];
  scenarios: readonly string[];
}

export function isPlaybookScenario(value: string): value is PlaybookScenario {
  return (PLAYBOOK_SCENARIOS as readonly string[]).includes(value);
}

/** A playbook applies where every condition it names holds; one naming a tag and a scenario needs both. */
export function playbookApplies(playbook: Pick<Playbook, 'tag' | 'scenario'>, situation: ConversationSituation): boolean {
  if (playbook.tag === null && playbook.scenario === null) return false;
  if (playbook.tag !== null && !situation.tags.includes(playbook.tag)) return false;
  if (playbook.scenario !== null && !situation.scenarios.includes(playbook.scenario)) return false;
  return true;
}

/** The playbooks for a situation: those naming both conditions first (they are the more specific), then by title. */
export function applicablePlaybooks<P extends Pick<Playbook, 'tag' | 'scenario' | 'title'>>(playbooks: readonly P[], situation: ConversationSituation): P[] {
  const specificity = (p: P) => (p.tag !== null ? 1 : 0) + (p.scenario !== null ? 1 : 0);
  return playbooks.filter((p) => playbookApplies(p, situation))
    .sort((a, b) => specificity(b) - specificity(a) || a.title.localeCompare(b.title));
}
