package dev.weft.demo.api;

import tools.jackson.databind.node.ObjectNode;

/// One change in an [ObjectStore]: `ADDED`, `MODIFIED` or `DELETED`, with the object as it is
/// after the change (for `DELETED`, as it was). Immutable; the object must not be mutated.
public record WatchEvent(
    String type, ResourceType resource, ObjectNode object, long resourceVersion) {
  public String namespace() {
    return Json.namespace(object);
  }
}
