// Saved replies: filling in {{variables}} and choosing the variant in the customer's language.
import type { SavedReply } from './types.ts';

export interface TemplateContext {
  contact: { name: string | null; attributes: Record<string, unknown> };
  agent: { name: string | null };
  conversation: { id: string };
}

export interface RenderedReply {
  text: string;
  /** Variables the template names that had no value (left empty in the text). */
  missing: string[];
}

const firstName = (name: string | null) => name?.trim().split(/\s+/)[0] ?? null;

function lookup(path: string, context: TemplateContext): string | null {
  switch (path) {
    case 'contact.name': return context.contact.name;
    case 'contact.first_name': return firstName(context.contact.name);
    case 'agent.name': return context.agent.name;
    case 'agent.first_name': return firstName(context.agent.name);
    case 'conversation.id': return context.conversation.id;
  }
  // Custom attributes: {{contact.order_number}} or {{contact.attributes.order_number}}.
  const attribute = /^contact\.(?:attributes\.)?([\w-]+)$/.exec(path)?.[1];
  if (attribute !== undefined) {
    const value = context.contact.attributes[attribute];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  return null;
}

export function renderTemplate(body: string, context: TemplateContext): RenderedReply {
  const missing: string[] = [];
  const text = body.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_match, path: string) => {
    const value = lookup(path, context);
    if (value === null || value === '') {
      missing.push(path);
      return '';
    }
    return value;
  });
  // Removing an empty variable can leave "Hi , thanks": tidy the spaces it leaves behind.
  // Anchored at the first space of a run, so a long run of spaces is not rescanned from each of them.
  return { text: text.replace(/(?<! ) +([,.!?])/g, '$1').replace(/ {2,}/g, ' ').trim(), missing };
}

/**
 * Among the variants of one saved reply (same shortcut), the one in the conversation's language,
 * else the one with no language, else the first.
 */
export function chooseVariant<T extends Pick<SavedReply, 'language'>>(variants: T[], language: string | null): T | undefined {
  return variants.find((v) => language && v.language === language) ?? variants.find((v) => !v.language) ?? variants[0];
}
