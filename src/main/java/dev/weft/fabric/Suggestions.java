package dev.weft.fabric;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/// "Did you mean" for misspelt keys and names: the closest candidate by Damerau-Levenshtein
/// distance (optimal string alignment), ignoring case, if it is close enough to be a typo.
final class Suggestions {
  private Suggestions() {}

  /// The closest candidate within typo distance; empty when none is, or when several are
  /// equally close (`app4` is as close to `app1` as to `app2`: a guess would mislead).
  static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : candidates) {
      int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    return bestDistance <= tolerance(word) && !tie ? Optional.of(best) : Optional.empty();
  }

  /// `did you mean 'x'?`, or `otherwise` when nothing is close.
  static String didYouMean(String word, Collection<String> candidates, String otherwise) {
    return closest(word, candidates).map(c -> "did you mean '" + c + "'?").orElse(otherwise);
  }

  private static int tolerance(String word) {
    return word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and
  /// transpositions of adjacent characters each cost one.
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
