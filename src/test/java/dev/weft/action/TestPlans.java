package dev.weft.action;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Plans made up for view model tests, without clusters (the constructor is package-private).
public final class TestPlans {
  private TestPlans() {}

  public static Plan plan(
      ActionRequest request, List<Check> checks, List<Permission> permissions, List<Step> steps) {
    return new Plan(
        "op-test",
        request,
        "health",
        "",
        "alice",
        Instant.parse("2026-11-27T14:02:00Z"),
        checks,
        permissions,
        steps.stream().map(s -> new Plan.Work(s, null, null, List.of())).toList(),
        Set.of(),
        Map.of());
  }

  /// One write to the gateway's route: gz-1's weight 40 → 0.
  public static Step routeStep() {
    return new Step(
        new ObjectRef("gateway", "HTTPRoute", "edge", "health"),
        "drain health-gz-1",
        List.of(
            new FieldChange(
                "/spec/rules/0/backendRefs/0/weight", "default → health-gz-1 weight", "40", "0")),
        "17");
  }

  public static Permission allowed() {
    return new Permission(
        "gateway",
        "alice",
        "update",
        "httproutes.gateway.networking.k8s.io",
        "edge",
        "health",
        Permission.Verdict.ALLOWED,
        "");
  }

  public static Permission denied() {
    return new Permission(
        "gateway",
        "viewer",
        "update",
        "httproutes.gateway.networking.k8s.io",
        "edge",
        "health",
        Permission.Verdict.DENIED,
        "");
  }
}
