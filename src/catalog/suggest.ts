/** "Did you mean …?" suggestions, shared by validation hints and the simulator. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to `input`, best first, within a distance that still reads as a typo
 * (about a third of the word), at most `limit` of them.
 */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const threshold = Math.max(2, Math.ceil(needle.length / 3));
  return [...new Set(candidates)]
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      // A candidate that contains the input (or the reverse) is a strong match whatever its length.
      const contained = hay.includes(needle) || needle.includes(hay);
      return { candidate, score: contained ? Math.min(1, distance(needle, hay)) : distance(needle, hay), contained };
    })
    .filter(({ score, contained }) => contained || score <= threshold)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
