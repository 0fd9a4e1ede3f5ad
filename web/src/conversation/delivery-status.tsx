// Where a reply is on its way out: queued, sending, sent, delivered, read (where the network sends
// receipts, e.g. Messenger and Instagram), or failed with the network's reason and a retry.
import { useState } from 'react';
import type { Message } from '../api/types.ts';
import { isApiError } from '../api/http-client.ts';

interface DeliveryStatusProps { message: Message; onRetry: (messageId: string) => Promise<unknown>; canRetry: boolean }

export function DeliveryStatus({ message, onRetry, canRetry }: DeliveryStatusProps) {
  const [error, setError] = useState<string | null>(null);
  const [isRetrying, setIsRetrying] = useState(false);
  const status = message.deliveryStatus;
  if (!status) return null;

  async function retry() {
    setIsRetrying(true);
    setError(null);
    try {
      await onRetry(message.id);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : 'The retry could not be started.');
    } finally {
      setIsRetrying(false);
    }
  }

  return (
    <span className={`delivery delivery-${status}`} role="status">
      {status === 'queued' && 'Queued'}
      {status === 'sending' && 'Sending…'}
      {status === 'sent' && 'Sent ✓'}
      {status === 'delivered' && <span title="The network delivered it to the customer's app">Delivered ✓✓</span>}
      {status === 'read' && <span title="The customer has seen it">Read ✓✓</span>}
      {status === 'failed' && (
        <>
          <span>Failed{message.deliveryError ? `: ${message.deliveryError}` : ''}</span>
          {canRetry && (
            <button type="button" className="button button-small" onClick={() => void retry()} disabled={isRetrying}>
              {isRetrying ? 'Retrying…' : 'Retry'}
            </button>
          )}
        </>
      )}
      {error && <span className="form-error"> {error}</span>}
    </span>
  );
}
