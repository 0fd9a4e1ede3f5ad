// The Goodwill dialog: amount, currency and reason; says whether it was granted within the agent's limit or sent to a lead.
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../api/http-client.ts';
import type { GoodwillLimit, GoodwillRequest, Role } from '../api/types.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { formatMoney, limitFor } from '../../../src/domain/goodwill.ts';
import { currencyDigits, parseAmountToMinor } from './goodwill-amount.ts';
import type { GoodwillActions } from './use-goodwill.ts';

interface GoodwillDialogProps {
  isOpen: boolean;
  onClose: () => void;
  role: Role;
  limits: GoodwillLimit[] | undefined;
  actions: GoodwillActions;
}

export function GoodwillDialog({ isOpen, onClose, role, limits, actions }: GoodwillDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onClose={onClose} title="Goodwill gesture">
      <GoodwillForm role={role} limits={limits ?? []} actions={actions} onDone={onClose} />
    </ModalDialog>
  );
}

/** The currency the agent most likely means: the first one their role has a limit in. */
function defaultCurrency(limits: GoodwillLimit[], role: Role): string {
  return limits.find((l) => l.role === role && l.maxAmountMinor > 0)?.currency ?? limits[0]?.currency ?? 'EUR';
}

function limitHint(limits: GoodwillLimit[], role: Role, currency: string): string {
  if (currencyDigits(currency) === null || currency.trim().length !== 3) return 'Enter a three-letter currency code, such as EUR.';
  const code = currency.trim().toUpperCase();
  const limit = limitFor(limits, role, code);
  return limit > 0
    ? `You may give up to ${formatMoney(limit, code)} on your own; above that a lead decides.`
    : `Your role has no limit in ${code}: a lead decides every gesture.`;
}

function Outcome({ request, onDone }: { request: GoodwillRequest; onDone: () => void }) {
  const money = formatMoney(request.amountMinor, request.currency);
  return (
    <div className="goodwill-outcome">
      {request.status === 'granted'
        ? <p role="status" className="goodwill-outcome-granted"><strong>Granted.</strong> {money} is within your limit; a note is in the conversation.</p>
        : <p role="status" className="goodwill-outcome-sent"><strong>Sent to a lead.</strong> {money} is above your limit of {formatMoney(request.limitMinor, request.currency)}; the leads are notified and you will be told when one decides.</p>}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onDone}>Done</button>
      </div>
    </div>
  );
}

function GoodwillForm({ role, limits, actions, onDone }: { role: Role; limits: GoodwillLimit[]; actions: GoodwillActions; onDone: () => void }) {
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(() => defaultCurrency(limits, role));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [recorded, setRecorded] = useState<GoodwillRequest | null>(null);
  const id = useId();
  const currencies = [...new Set(limits.map((l) => l.currency))];

  if (recorded) return <Outcome request={recorded} onDone={onDone} />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = currency.trim().toUpperCase();
    const amountMinor = parseAmountToMinor(amount, code);
    if (amountMinor === null || amountMinor <= 0) {
      setError(`Enter an amount above zero, such as 25 or 25.50${currencyDigits(code) === 0 ? ' (this currency has no decimals)' : ''}.`);
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      setRecorded((await actions.record({ amountMinor, currency: code, reason: reason.trim() })).request);
    } catch (caught) {
      setError(isApiError(caught) ? `Not recorded: ${caught.message}.` : 'Not recorded: the server could not be reached. Try again.');
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <p className="field-hint">{limitHint(limits, role, currency)}</p>
      <div className="goodwill-amount-row">
        <div>
          <label htmlFor={`${id}-amount`}>Amount</label>
          <input id={`${id}-amount`} inputMode="decimal" autoComplete="off" required value={amount} placeholder="25.00"
            onChange={(e) => setAmount(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-currency`}>Currency</label>
          <input id={`${id}-currency`} list={`${id}-currencies`} required maxLength={3} value={currency} autoComplete="off"
            onChange={(e) => setCurrency(e.target.value.toUpperCase())} />
          <datalist id={`${id}-currencies`}>{currencies.map((c) => <option key={c} value={c} />)}</datalist>
        </div>
      </div>
      <label htmlFor={`${id}-reason`}>Reason (the team reads it)</label>
      <textarea id={`${id}-reason`} dir="auto" rows={3} required maxLength={2000} value={reason} placeholder="Why the customer gets it…"
        onChange={(e) => setReason(e.target.value)} />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>Cancel</button>
        <button type="submit" className="button button-primary" disabled={isBusy || !amount.trim() || !reason.trim()}>{isBusy ? 'Recording…' : 'Record gesture'}</button>
      </div>
    </form>
  );
}
