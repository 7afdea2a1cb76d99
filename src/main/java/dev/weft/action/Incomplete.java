package dev.weft.action;

import java.time.Instant;
import java.util.List;

/// An operation left half done: its record in the gateway cluster says it started and never
/// ended (a Weft stopped mid-way). Offer "finish or roll back"; roll back with
/// [ActionRequest.RollBack], finish with [ActionRequest.Finish]. Immutable.
///
/// @param request what the operation was (`evacuate gz-1`)
/// @param steps every planned step and how far it got
public record Incomplete(
    String operationId, String request, String by, Instant at, List<String> steps) {
  public Incomplete {
    steps = List.copyOf(steps);
  }
}
