// The shape of one finding of private data: its type and UTF-16 span in the original text.

export type PiiType = 'card' | 'iban' | 'email' | 'phone' | 'account' | 'ssn' | 'address' | 'password';

export interface PiiSpan {
  type: PiiType;
  start: number;
  end: number;
}
