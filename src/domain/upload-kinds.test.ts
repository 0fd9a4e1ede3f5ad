import { describe, expect, it } from 'vitest';
import { checkUpload, cleanFileName } from './upload-kinds.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('what may be attached', () => {
  it('accepts a file whose first bytes match its declared type', () => {
    expect(checkUpload('image/png', PNG)).toEqual({ ok: true, mimeType: 'image/png', type: 'image' });
    expect(checkUpload('application/pdf', Buffer.from('%PDF-1.7\n'))).toMatchObject({ ok: true, type: 'file' });
    expect(checkUpload('Text/Plain; charset=utf-8', Buffer.from('order 123\n'))).toMatchObject({ ok: true, mimeType: 'text/plain' });
  });

  it('refuses a page of HTML posing as a picture, and types that can run script', () => {
    expect(checkUpload('image/png', Buffer.from('<html><script>alert(1)</script>'))).toEqual({ ok: false, reason: 'the file does not look like image/png' });
    expect(checkUpload('image/svg+xml', Buffer.from('<svg onload=alert(1)>')).ok).toBe(false);
    expect(checkUpload('text/html', Buffer.from('<p>hi</p>')).ok).toBe(false);
    expect(checkUpload('text/plain', Buffer.from([0x41, 0, 0x42])).ok).toBe(false);
    expect(checkUpload('image/png', Buffer.alloc(0))).toEqual({ ok: false, reason: 'the file is empty' });
  });

  it('keeps file names to a plain last segment', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\x\\receipt.pdf')).toBe('receipt.pdf');
    expect(cleanFileName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(cleanFileName('a"\r\nb.png')).toBe('ab.png');
    expect(cleanFileName('')).toBe('attachment');
    expect(cleanFileName('فاتورة 🧾.pdf')).toBe('فاتورة 🧾.pdf');
  });
});
