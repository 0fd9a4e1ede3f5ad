import { describe, expect, it } from 'vitest';
import {
  isItalianFiscalCode, isLatvianPersonalCode, isLuhnValid, isSpanishDni, isUkNationalInsuranceNumber, isPolishPesel, isRussianBankAccount, isRussianSnils, isSerbianBankAccount, isSerbianJmbg,
  isTurkishIdentityNumber, isUsSocialSecurityNumber,
} from './checksums.ts';

describe('check digits', () => {
  it('accepts Luhn-valid card numbers and rejects one wrong digit', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('5500005555555559')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
  });

  it('validates Turkish T.C. kimlik numbers by both check digits', () => {
    expect(isTurkishIdentityNumber('10000000146')).toBe(true);
    expect(isTurkishIdentityNumber('10000000147')).toBe(false);
    expect(isTurkishIdentityNumber('01234567890')).toBe(false);
  });

  it('validates Serbian JMBG by date and check digit', () => {
    expect(isSerbianJmbg('0101990710008')).toBe(true);
    expect(isSerbianJmbg('0101990710007')).toBe(false);
    expect(isSerbianJmbg('3202990710008')).toBe(false);
  });

  it('validates Latvian personal codes by date and check digit, and accepts the new 32… codes', () => {
    expect(isLatvianPersonalCode('01018010018')).toBe(true);
    expect(isLatvianPersonalCode('15078512340')).toBe(true);
    expect(isLatvianPersonalCode('01018010019')).toBe(false);
    expect(isLatvianPersonalCode('32138012340')).toBe(true);
    expect(isLatvianPersonalCode('31138012340')).toBe(false);
  });

  it('rejects US SSNs in ranges never issued', () => {
    expect(isUsSocialSecurityNumber('536221234')).toBe(true);
    expect(isUsSocialSecurityNumber('666221234')).toBe(false);
    expect(isUsSocialSecurityNumber('936221234')).toBe(false);
  });

  it('validates Serbian bank accounts by mod 97', () => {
    expect(isSerbianBankAccount('160-0000000012345-95')).toBe(true);
    expect(isSerbianBankAccount('160-12345-95')).toBe(true);
    expect(isSerbianBankAccount('160-0000000012345-96')).toBe(false);
  });

  it('validates PESEL, SNILS and the Russian bank account format', () => {
    expect(isPolishPesel('85120312343')).toBe(true);
    expect(isPolishPesel('85120312344')).toBe(false);
    expect(isRussianSnils('11223344595')).toBe(true);
    expect(isRussianSnils('11223344596')).toBe(false);
    expect(isRussianBankAccount('40817810099910004312')).toBe(true);
    expect(isRussianBankAccount('12345678901234567890')).toBe(false);
  });

  it('checks the Spanish DNI and NIE letter, the Italian codice fiscale check letter and NI number prefixes', () => {
    expect(isSpanishDni('48291736', 'Q')).toBe(true);
    expect(isSpanishDni('48291736', 'R')).toBe(false);
    expect(isSpanishDni('X1234567', 'L')).toBe(true);
    expect(isItalianFiscalCode('BNCGLI88M52F205K')).toBe(true);
    expect(isItalianFiscalCode('BNCGLI88M52F205L')).toBe(false);
    expect(isUkNationalInsuranceNumber('JH')).toBe(true);
    expect(isUkNationalInsuranceNumber('GB')).toBe(false);
    expect(isUkNationalInsuranceNumber('DA')).toBe(false);
  });
});
