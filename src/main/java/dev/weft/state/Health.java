package dev.weft.state;

/// Health of a placement or zone; the rules are in the README's "Health rules" section.
public enum Health {
  HEALTHY,
  DEGRADED,
  DOWN,
  /// Not known now: the zone is stale or not yet synced.
  UNKNOWN
}
