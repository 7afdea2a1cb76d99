package dev.weft.fabric;

import java.util.List;

/// How a new version is released: first in `order.get(0)`, then zone by zone.
public record Canary(List<String> order, HealthGates gates) {
  public Canary {
    order = List.copyOf(order);
  }
}
