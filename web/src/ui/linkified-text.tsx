// Customer text as plain text, with http(s) links made clickable and nothing else ever interpreted.
import type { ReactNode } from 'react';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/giu;
/** Punctuation that ends a sentence is seldom part of the link it follows. */
const TRAILING = /[.,;:!?)\]}»”’]+$/u;

export function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (!href || raw.length === 0) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<a key={start} href={href} target="_blank" rel="noopener noreferrer nofollow" className="message-link">{raw}</a>);
    cursor = start + raw.length;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}

export function LinkifiedText({ text, className }: { text: string; className?: string }) {
  return <p className={className} dir="auto">{linkify(text)}</p>;
}
