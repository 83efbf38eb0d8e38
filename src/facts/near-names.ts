/**
 * Names an archive has that are closest to one it lacks, for "package X is
 * not in debian-12's archive; did you mean …". Ranked by edit distance, with a
 * name that contains the asked one (apache → apache2) counted as near.
 */

/** Levenshtein distance, stopping early once every cell exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to `count` names from `candidates` nearest to `name`, nearest first, ties by name. */
export function nearNames(name: string, candidates: Iterable<string>, count = 5): string[] {
  const wanted = name.toLowerCase();
  // A typo is a few edits; allow more for long names, never so many that anything matches.
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { name: string; score: number }[] = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === wanted) continue;
    const d = editDistance(wanted, c, limit);
    // 'apache' in 'apache2', 'libapache2-mod-php': near, ranked after true typos of the same distance by length.
    const contains = wanted.length >= 3 && c.includes(wanted) ? 1 + (c.length - wanted.length) / 100 : Number.POSITIVE_INFINITY;
    const score = Math.min(d <= limit ? d : Number.POSITIVE_INFINITY, contains);
    if (Number.isFinite(score)) scored.push({ name: candidate, score });
  }
  scored.sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return scored.slice(0, count).map((s) => s.name);
}
