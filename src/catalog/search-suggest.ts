/**
 * "Did you mean …?" for the event search: when a query finds nothing, the queries closest to it
 * that do find events, made of the words the events themselves hold. The same suggestion code as
 * the simulator and the validation hints (`suggest.ts`); kept apart from `search.ts` so that the
 * search itself stays dependency-free. Browser-safe.
 */
import type { SearchIndex } from './search.ts';
import { compileQuery, normalizeText, queryWords } from './search.ts';
import { closestMatches } from './suggest.ts';

/** Words shorter than this are never suggested: `di`, `of`, `1`. */
const MIN_WORD_LENGTH = 3;

/** Vocabularies already built, per index: built on the first query that finds nothing. */
const vocabularies = new WeakMap<SearchIndex, Map<string, string>>();

/** The words of every searchable field, folded → as typed (lower case), e.g. `priorita` → `priorità`. */
export function searchVocabulary(index: SearchIndex): Map<string, string> {
  let words = vocabularies.get(index);
  if (!words) {
    words = new Map();
    for (const entry of index.entries) {
      for (const word of entry.source.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        if (word.length < MIN_WORD_LENGTH) continue;
        const folded = normalizeText(word);
        if (!words.has(folded)) words.set(folded, word);
      }
    }
    vocabularies.set(index, words);
  }
  return words;
}

/**
 * Up to `limit` free-text queries, closest first, that replace each word finding nothing with a
 * close word of the catalogue and that find at least one event under the same filters. None when
 * every word finds something on its own (a spelling fix would not help) or nothing is close.
 */
export function suggestSearch(
  index: SearchIndex,
  query: { q: string; priority?: string[]; section?: string; application?: string },
  limit = 3,
): string[] {
  const words = queryWords(query.q);
  const found = (word: string): boolean => index.entries.some((entry) => entry.text.includes(word));
  const missing = words.filter((word) => !found(word));
  if (missing.length === 0) return [];
  const vocabulary = searchVocabulary(index);
  const display = (word: string): string => vocabulary.get(word) ?? word;
  // The first word that finds nothing offers the alternatives; any other is replaced by its closest word.
  const [first, ...rest] = missing;
  const replacements = new Map(rest.map((word) => [word, closestMatches(word, vocabulary.keys(), 1)[0]]));
  if ([...replacements.values()].some((word) => word === undefined)) return [];
  const suggestions: string[] = [];
  for (const candidate of closestMatches(first!, vocabulary.keys(), limit)) {
    const text = words.map((word) => display(word === first ? candidate : (replacements.get(word) ?? word))).join(' ');
    const matches = compileQuery({
      q: text,
      priority: query.priority ?? [],
      section: query.section ?? '',
      application: query.application ?? '',
    });
    if (index.entries.some(matches)) suggestions.push(text);
  }
  return suggestions;
}
