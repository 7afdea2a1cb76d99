package dev.weft.cluster;

import dev.weft.cluster.ClusterChange.DeploymentDeleted;
import dev.weft.cluster.ClusterChange.DeploymentUpserted;
import dev.weft.cluster.ClusterChange.EventSeen;
import dev.weft.cluster.ClusterChange.PodDeleted;
import dev.weft.cluster.ClusterChange.PodUpserted;
import dev.weft.cluster.ClusterChange.RouteChanged;
import dev.weft.cluster.ClusterChange.ServiceDeleted;
import dev.weft.cluster.ClusterChange.ServiceUpserted;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/// One kind of object a [ClusterLink] watches and how its objects become [ClusterChange]s.
///
/// @param name a single object's name to watch, or `null` for every object in the namespace
record Watch<T extends HasMetadata>(
    ObjectKind kind, Class<T> type, Supplier<T> blank, String name, Mapper<T> mapper) {

  interface Mapper<T> {
    /// The change for an added or updated object, or `null` when Weft ignores the object.
    ClusterChange upsert(String source, Instant at, T obj);

    ClusterChange delete(String source, Instant at, String name);
  }

  /// What a zone's map needs: pods, deployments, warning events and services (reroutes).
  static List<Watch<?>> zone() {
    return List.of(
        new Watch<>(
            ObjectKind.DEPLOYMENT,
            Deployment.class,
            Deployment::new,
            null,
            mapper(
                (s, at, d) -> new DeploymentUpserted(s, at, Projections.deployment(d)),
                DeploymentDeleted::new)),
        new Watch<>(
            ObjectKind.POD,
            Pod.class,
            Pod::new,
            null,
            mapper((s, at, p) -> new PodUpserted(s, at, Projections.pod(p)), PodDeleted::new)),
        new Watch<>(
            ObjectKind.EVENT,
            Event.class,
            Event::new,
            null,
            mapper(
                (s, at, e) -> {
                  EventInfo info = Projections.warning(e);
                  return info == null ? null : new EventSeen(s, at, info);
                },
                (s, at, n) -> null)),
        new Watch<>(
            ObjectKind.SERVICE,
            Service.class,
            Service::new,
            null,
            mapper(
                (s, at, svc) -> new ServiceUpserted(s, at, Projections.service(svc)),
                ServiceDeleted::new)));
  }

  /// The gateway's one HTTPRoute.
  static List<Watch<?>> gateway(String route) {
    return List.of(
        new Watch<>(
            ObjectKind.ROUTE,
            HTTPRoute.class,
            HTTPRoute::new,
            route,
            mapper(
                (s, at, r) -> new RouteChanged(s, at, RouteProjection.of(r)),
                (s, at, n) -> new RouteChanged(s, at, null))));
  }

  interface Upsert<T> {
    ClusterChange apply(String source, Instant at, T obj);
  }

  interface Delete {
    ClusterChange apply(String source, Instant at, String name);
  }

  private static <T> Mapper<T> mapper(Upsert<T> upsert, Delete delete) {
    return new Mapper<>() {
      @Override
      public ClusterChange upsert(String source, Instant at, T obj) {
        return upsert.apply(source, at, obj);
      }

      @Override
      public ClusterChange delete(String source, Instant at, String name) {
        return delete.apply(source, at, name);
      }
    };
  }
}
