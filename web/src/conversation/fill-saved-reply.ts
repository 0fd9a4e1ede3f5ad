// Fills a saved reply's variables ({{contact.name}}, {{agent.name}} …); unknown ones stay visible to the agent.

export interface ReplyVariables { contactName: string | null; agentName: string }

export function fillSavedReply(body: string, variables: ReplyVariables): string {
  const firstName = variables.contactName?.trim().split(/\s+/u)[0] ?? '';
  const values: Record<string, string> = {
    'contact.name': variables.contactName ?? '',
    'contact.first_name': firstName,
    name: variables.contactName ?? '',
    first_name: firstName,
    'agent.name': variables.agentName,
  };
  return body.replace(/\{\{\s*([\w.]+)\s*\}\}/gu, (whole, key: string) => values[key] ?? whole);
}
