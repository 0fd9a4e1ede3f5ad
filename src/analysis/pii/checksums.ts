// Check-digit rules that tell a real card, national ID or bank account number from any digits.

function digitsOf(text: string): number[] {
  return [...text].map(Number);
}

/** Luhn (ISO/IEC 7812): every payment card number satisfies it. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function isDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Latvian personas kods DDMMYY-CNNNN: the date of birth, then a check digit over the first ten
 * (weights 1 6 3 7 9 10 5 8 4 2). Codes issued since 2017 start with 32 and carry no date.
 */
export function isLatvianPersonalCode(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  if (digits.startsWith('32')) return true;
  const d = digitsOf(digits);
  const century = d[6] === 0 ? 1800 : d[6] === 1 ? 1900 : d[6] === 2 ? 2000 : -1;
  if (century < 0) return false;
  const day = (d[0] as number) * 10 + (d[1] as number);
  const month = (d[2] as number) * 10 + (d[3] as number);
  const year = century + (d[4] as number) * 10 + (d[5] as number);
  if (!isDate(day, month, year)) return false;
  const weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * (d[i] as number), 0);
  return (((1101 - sum) % 11) + 11) % 11 === d[10];
}

/** Turkish T.C. kimlik no: 11 digits, no leading zero, two check digits. */
export function isTurkishIdentityNumber(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const odd = (d[0] as number) + (d[2] as number) + (d[4] as number) + (d[6] as number) + (d[8] as number);
  const even = (d[1] as number) + (d[3] as number) + (d[5] as number) + (d[7] as number);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((total, digit) => total + digit, 0) % 10;
  return tenth === d[9] && eleventh === d[10];
}

/** Serbian (and ex-Yugoslav) JMBG DDMMYYYRRBBBK: date of birth and a mod-11 check digit. */
export function isSerbianJmbg(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const day = (d[0] as number) * 10 + (d[1] as number);
  const month = (d[2] as number) * 10 + (d[3] as number);
  const yearDigits = Number(digits.slice(4, 7));
  const year = yearDigits >= 800 ? 1000 + yearDigits : 2000 + yearDigits;
  if (!isDate(day, month, year)) return false;
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * (d[i] as number), 0);
  let check = 11 - (sum % 11);
  if (check > 9) check = 0;
  return check === d[12];
}

/** US Social Security number AAA-GG-SSSS: never area 000, 666 or 9xx, group 00, serial 0000. */
export function isUsSocialSecurityNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && !area.startsWith('9') && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** Serbian bank account BBB-AAAAAAAAAAAAA-CC: 18 digits with an ISO 7064 mod 97-10 check. */
export function isSerbianBankAccount(formatted: string): boolean {
  const match = /^(\d{3})-(\d{1,13})-(\d{2})$/.exec(formatted);
  if (match === null) return false;
  const digits = `${match[1]}${(match[2] as string).padStart(13, '0')}${match[3]}`;
  let remainder = 0;
  for (const char of digits) remainder = (remainder * 10 + Number(char)) % 97;
  return remainder === 1;
}

/** Polish PESEL: 11 digits, the date of birth first, a weighted check digit (1 3 7 9 …) last. */
export function isPolishPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const month = ((d[2] as number) * 10 + (d[3] as number)) % 20;
  const day = (d[4] as number) * 10 + (d[5] as number);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((total, weight, i) => total + weight * (d[i] as number), 0);
  return (10 - (sum % 10)) % 10 === d[10];
}

/** Russian SNILS NNN-NNN-NNN CC: the check number is the weighted sum (9 down to 1) mod 101, 100 as 00. */
export function isRussianSnils(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  const check = sum % 101 === 100 ? 0 : sum % 101;
  return check === Number(digits.slice(9));
}

/**
 * Russian bank account (20 digits): the balance account first, then the currency (810 or 643
 * for roubles, 840, 978). Personal and business accounts open with 40–42; "40817 810 …" is the
 * everyday current account customers quote.
 */
export function isRussianBankAccount(digits: string): boolean {
  return /^4[0-2]\d{3}(?:810|643|840|978|156)\d{12}$/.test(digits);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits) or NIE (X, Y or Z and 7 digits): the letter is the number mod 23. */
export function isSpanishDni(number: string, letter: string): boolean {
  const digits = number.replace(/^[XYZ]/i, (prefix) => String('XYZ'.indexOf(prefix.toUpperCase())));
  return /^\d{8}$/.test(digits) && DNI_LETTERS[Number(digits) % 23] === letter.toUpperCase();
}

/** Values of characters in odd positions of an Italian codice fiscale (digits share their letter's). */
const FISCAL_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian codice fiscale: 15 characters and a check letter over them (odd and even positions weigh differently). */
export function isItalianFiscalCode(code: string): boolean {
  const upper = code.toUpperCase();
  if (!/^[A-Z0-9]{15}[A-Z]$/.test(upper)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const char = upper.charCodeAt(i);
    const value = char <= 0x39 ? char - 0x30 : char - 0x41;
    sum += i % 2 === 0 ? (FISCAL_ODD[value] as number) : value;
  }
  return String.fromCharCode(0x41 + (sum % 26)) === upper[15];
}

/** UK National Insurance number prefixes never issued (and D F I Q U V never in them, O never second). */
const NINO_BAD_PREFIXES = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

export function isUkNationalInsuranceNumber(letters: string): boolean {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/.test(letters) && !NINO_BAD_PREFIXES.has(letters);
}
