/**
 * The changelog as an Atom feed (RFC 4287), one per language: an entry per recorded release, in
 * the changelog page's own customer words (`changelogNotes`, `describeDiff`). Deterministic: the
 * only dates are the releases' own. Pure and browser-safe.
 */
import { CHANGELOG_MESSAGES } from '../messages/changelog.ts';
import { interpolate } from '../messages/define.ts';
import type { Locale } from '../model.ts';
import { listCoveredEvents } from '../lookups.ts';
import type { ChangelogEntry } from './changelog.ts';
import { describeDiff, type ChangeLine } from './diff-render.ts';

/** The anchor of a version on the changelog page, the same in both languages. */
export function changelogAnchor(entry: Pick<ChangelogEntry, 'status' | 'version'>): string {
  return entry.status === 'unreleased' ? 'unreleased' : `version-${entry.version.replace(/[^0-9a-z]+/gi, '-')}`;
}

/** The sentences that sum up an entry before its list of changes (first release, kind of update, nothing changed). */
export function changelogNotes(entry: ChangelogEntry, locale: Locale, lines: readonly ChangeLine[]): string[] {
  const t = CHANGELOG_MESSAGES[locale];
  const { diff } = entry;
  if (!diff) return [interpolate(t.firstRelease, { count: listCoveredEvents(entry.catalog).length })];
  const notes: string[] = [];
  if (diff.required) notes.push(t[`bump_${diff.required}`]);
  if (diff.changes.length === 0) notes.push(t.noChanges);
  else if (lines.length === 0) notes.push(t.otherLanguageOnly);
  return notes;
}

/** The changes of an entry a customer of one language reads. */
export function changelogLines(entry: ChangelogEntry, locale: Locale): ChangeLine[] {
  return entry.diff ? describeDiff(entry.diff, locale, { onlyOwnLanguage: true }) : [];
}

/** What the feed needs to know about where it is published. */
export interface ChangelogFeedOptions {
  locale: Locale;
  /** Absolute address of the feed itself. */
  feedUrl: string;
  /** Absolute address of the changelog page in the same language. */
  pageUrl: string;
  /** Absolute address of an event's page, for the events a change names (only those still published). */
  eventUrl: (id: string) => string | undefined;
  /** The feed's author (Atom requires one). */
  author: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and quoted attributes. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** A catalogue date (YYYY-MM-DD) as an Atom timestamp: the start of that day, UTC. */
function atomDate(date: string): string {
  return `${date}T00:00:00Z`;
}

/** The entry's content as HTML (escaped once more into the feed): its notes and its list of changes. */
function entryHtml(entry: ChangelogEntry, options: ChangelogFeedOptions): string {
  const lines = changelogLines(entry, options.locale);
  const notes = changelogNotes(entry, options.locale, lines).map((note) => `<p>${xml(note)}</p>`);
  const items = lines.map((line) => {
    const href = line.subject.type === 'event' ? options.eventUrl(line.subject.id) : undefined;
    const name = href ? `<a href="${xml(href)}">${xml(line.name)}</a>` : `<strong>${xml(line.name)}</strong>`;
    return `<li>${name}: ${xml(line.text)}</li>`;
  });
  return notes.join('') + (items.length > 0 ? `<ul>${items.join('')}</ul>` : '');
}

/**
 * The Atom document of the recorded releases, newest first (unreleased work is left out: a feed
 * announces what is published). `updated` is the newest release's date, or `fallbackDate`.
 */
export function changelogFeed(
  entries: readonly ChangelogEntry[],
  options: ChangelogFeedOptions,
  fallbackDate: string,
): string {
  const t = CHANGELOG_MESSAGES[options.locale];
  const released = entries.filter((entry) => entry.status === 'released');
  const updated = released[0]?.date ?? fallbackDate;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.locale}">`,
    `  <id>${xml(options.feedUrl)}</id>`,
    `  <title>${xml(t.feedTitle)}</title>`,
    `  <subtitle>${xml(t.feedSubtitle)}</subtitle>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(options.pageUrl)}"/>`,
    `  <author><name>${xml(options.author)}</name></author>`,
    ...released.flatMap((entry) => {
      const url = `${options.pageUrl}#${changelogAnchor(entry)}`;
      return [
        '  <entry>',
        `    <id>${xml(url)}</id>`,
        `    <title>${xml(interpolate(t.versionHeading, { version: entry.version }))}</title>`,
        `    <updated>${atomDate(entry.date)}</updated>`,
        `    <published>${atomDate(entry.date)}</published>`,
        `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
        `    <content type="html">${xml(entryHtml(entry, options))}</content>`,
        '  </entry>',
      ];
    }),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
