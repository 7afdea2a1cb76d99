package dev.weft.cluster;

/// The kinds of object Weft watches.
public enum ObjectKind {
  POD,
  DEPLOYMENT,
  EVENT,
  SERVICE,
  ROUTE
}
