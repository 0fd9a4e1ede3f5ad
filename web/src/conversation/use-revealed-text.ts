// A masked card or ID number shown in full on a lead's request (the server audits each reveal).
import { useState } from 'react';
import { isApiError } from '../api/http-client.ts';
import type { ThreadMessage } from '../api/types.ts';

export function useRevealedText(message: ThreadMessage, reveal: (id: string) => Promise<{ text: string }>) {
  // Tied to the masked text it replaced: an edit by the customer masks the new text again.
  const [revealed, setRevealed] = useState<{ masked: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const isRevealed = revealed !== null && revealed.masked === message.text;

  async function run() {
    setIsBusy(true);
    setError(null);
    try {
      const answer = await reveal(message.id);
      setRevealed({ masked: message.text, text: answer.text });
    } catch (caught) {
      setError(isApiError(caught) ? `Could not reveal: ${caught.message}.` : 'Could not reveal the number; try again.');
    } finally {
      setIsBusy(false);
    }
  }

  return { text: isRevealed ? revealed.text : message.text, isRevealed, isBusy, error, reveal: run };
}
