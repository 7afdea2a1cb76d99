package dev.weft.state;

import dev.weft.fabric.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/// Turns backendRef weights into whole percents that add up to 100 (largest remainder), so a
/// 1:1:1 split reads 34/33/33 rather than 33/33/33. Pure.
final class GatewayWeights {
  private GatewayWeights() {}

  static List<Integer> percents(List<Zone> zones, Map<String, Integer> weights, int total) {
    int n = zones.size();
    List<Integer> result = new ArrayList<>(n);
    if (total <= 0) {
      IntStream.range(0, n).forEach(i -> result.add(0));
      return result;
    }
    double[] exact = new double[n];
    int sum = 0;
    for (int i = 0; i < n; i++) {
      exact[i] = 100.0 * weights.getOrDefault(zones.get(i).backend(), 0) / total;
      result.add((int) Math.floor(exact[i]));
      sum += result.get(i);
    }
    List<Integer> byRemainder =
        IntStream.range(0, n)
            .boxed()
            .sorted(
                Comparator.comparingDouble((Integer i) -> exact[i] - Math.floor(exact[i]))
                    .reversed()
                    .thenComparing(i -> i))
            .toList();
    for (int k = 0; sum < 100 && k < n; k++, sum++) {
      int i = byRemainder.get(k);
      result.set(i, result.get(i) + 1);
    }
    return result;
  }
}
