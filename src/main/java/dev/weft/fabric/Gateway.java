package dev.weft.fabric;

/// The cluster and HTTPRoute (gateway.networking.k8s.io/v1) that split users' traffic by zone.
public record Gateway(String context, String namespace, String route) {}
