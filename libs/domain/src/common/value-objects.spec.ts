import { DomainValidationError } from './domain-validation-error';
import { parseEmailAddress } from './email-address';
import { parseDisplayName } from './display-name';
import { isIanaTimeZone } from './time-zone';
import { slugify } from './slug';

describe('parseEmailAddress', () => {
  it('accepts and lower-cases one plain address', () => {
    expect(parseEmailAddress('  Ada.Lovelace+prep@Example.COM ')).toBe('ada.lovelace+prep@example.com');
  });

  it.each([
    'Ada <ada@example.com>',
    'ada@example.com, bob@example.com',
    'ada@example.com\r\nBcc: eve@example.com',
    'ada@example.com\nx',
    'ada example@example.com',
    'ada@localhost',
    '.ada@example.com',
    'a..da@example.com',
    '',
    `${'a'.repeat(250)}@example.com`,
  ])('refuses %j', (input) => {
    expect(() => parseEmailAddress(input)).toThrow(DomainValidationError);
  });
});

describe('parseDisplayName', () => {
  it('trims and folds whitespace', () => {
    expect(parseDisplayName('  Grace   Hopper ')).toBe('Grace Hopper');
  });

  it('refuses empty, too long and control characters', () => {
    expect(() => parseDisplayName('   ')).toThrow('name must not be empty');
    expect(() => parseDisplayName('x'.repeat(10_000))).toThrow('name must be at most 120 characters');
    expect(() => parseDisplayName('a\u0007b')).toThrow('control characters');
    expect(() => parseDisplayName('Prep\r\nBcc: eve@example.com')).toThrow('control characters');
    expect(parseDisplayName('Grace\tHopper')).toBe('Grace Hopper');
  });
});

describe('isIanaTimeZone', () => {
  it('knows real zones and refuses offsets and inventions', () => {
    expect(isIanaTimeZone('Europe/Berlin')).toBe(true);
    expect(isIanaTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isIanaTimeZone('UTC')).toBe(true);
    expect(isIanaTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isIanaTimeZone('+02:00')).toBe(false);
    expect(isIanaTimeZone('')).toBe(false);
  });
});

describe('slugify', () => {
  it('makes a URL-safe slug', () => {
    expect(slugify('Ünïcode Coaching & Co.')).toBe('unicode-coaching-co');
    expect(slugify('!!!')).toBe('organization');
  });
});
