/** ISO 8601 exact durations: parsing, length, and the words the guide shows. */
import { describe, expect, it } from 'vitest';
import {
  durationMilliseconds,
  durationMinutes,
  formatDuration,
  formatResponseTime,
  parseDuration,
} from '../../../src/catalog/time/duration.ts';

describe('parseDuration', () => {
  it('splits days, hours, minutes and seconds', () => {
    expect(parseDuration('PT1H')).toEqual({ days: 0, hours: 1, minutes: 0, seconds: 0 });
    expect(parseDuration('P1DT2H30M15S')).toEqual({ days: 1, hours: 2, minutes: 30, seconds: 15 });
    expect(parseDuration('PT90M')).toEqual({ days: 0, hours: 0, minutes: 90, seconds: 0 });
  });

  it('refuses what is not an exact duration', () => {
    for (const text of ['', 'P', 'PT', '1H', 'PT1.5H', 'P1M', 'P1Y', 'P1W', 'pt1h', 'PT-1H', 'P1H', 'PT1H ']) {
      expect(parseDuration(text), text).toBeUndefined();
      expect(durationMilliseconds(text), text).toBeUndefined();
      expect(durationMinutes(text), text).toBeUndefined();
    }
  });
});

describe('duration lengths', () => {
  it('counts a day as 24 hours: a deadline is an instant', () => {
    expect(durationMilliseconds('P1D')).toBe(86_400_000);
    expect(durationMinutes('PT8H')).toBe(480);
    expect(durationMinutes('PT90M')).toBe(90);
  });

  it('rounds minutes up, so that a response time is never shortened', () => {
    expect(durationMinutes('PT30S')).toBe(1);
    expect(durationMinutes('PT60S')).toBe(1);
    expect(durationMinutes('PT61S')).toBe(2);
  });
});

describe('formatting', () => {
  it('writes the response times as the guide does, in both languages', () => {
    expect(['PT1H', 'PT2H', 'PT4H', 'PT8H'].map((iso) => formatResponseTime(iso, 'it'))).toEqual([
      '< 1 ora',
      '< 2 ore',
      '< 4 ore',
      '< 8 ore',
    ]);
    expect(['PT1H', 'PT2H', 'PT4H', 'PT8H'].map((iso) => formatResponseTime(iso, 'en'))).toEqual([
      '< 1 hour',
      '< 2 hours',
      '< 4 hours',
      '< 8 hours',
    ]);
  });

  it('lists mixed units, long and short', () => {
    expect(formatDuration('PT1H30M', 'en')).toBe('1 hour, 30 minutes');
    expect(formatDuration('PT1H30M', 'en', 'short')).toBe('1 hr 30 min');
    expect(formatDuration('P1D', 'it')).toBe('1 giorno');
  });

  it('shows a text that is not a duration unchanged rather than inventing one', () => {
    expect(formatDuration('soon', 'en')).toBe('soon');
  });
});
