package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/// Answers Kubernetes API requests for one zone from its [ObjectStore], behind fabric8's mock
/// web server (which keeps doing the HTTP and WebSocket serving): discovery, get, list (as JSON
/// or as a Table), watch, create, update, patch, delete, and the status and scale subresources.
///
/// Thread-safe: called on the server's event loop threads; all state is in the store (locked) and
/// in [ApiFaults] (volatile).
public final class ApiDispatcher extends Dispatcher {
  private final ObjectStore store;
  private final ApiFaults faults;
  private final Watches watches;
  private final IntSupplier port;
  private final ObjectHandlers handlers;
  private final LogStreams logs;

  public ApiDispatcher(ObjectStore store, ApiFaults faults, IntSupplier port, Vertx vertx) {
    this.store = store;
    this.faults = faults;
    this.port = port;
    this.watches = new Watches(store, vertx);
    this.handlers = new ObjectHandlers(store);
    this.logs = new LogStreams(store, vertx);
  }

  /// Ends all WebSocket watches with 410 Gone and makes older versions unresumable.
  public void expireWatches() {
    watches.expireAll();
  }

  /// Streams `request` if it is a plain HTTP watch that no fault intercepts; false otherwise.
  public boolean streamWatch(HttpServerRequest request) {
    String upgrade = request.getHeader("Upgrade");
    if (request.method() != HttpMethod.GET
        || (upgrade != null && upgrade.equalsIgnoreCase("websocket"))
        || !request.uri().contains("watch=")) {
      return false;
    }
    Optional<ApiPath> parsed = ApiPath.parse(request.uri());
    if (parsed.isEmpty() || !parsed.get().watch() || fault(parsed.get(), "GET") != null) {
      return false;
    }
    ApiPath api = parsed.get();
    try {
      watches.stream(request, api, filter(api));
    } catch (RuntimeException e) {
      request.response().setStatusCode(400).end(e.getMessage());
    }
    return true;
  }

  /// Serves `request` if it asks for a pod's log (which may stream, so fabric8's handler cannot
  /// answer it) and no fault intercepts it; false otherwise.
  public boolean streamLog(HttpServerRequest request) {
    if (!request.path().endsWith("/log")) {
      return false;
    }
    Optional<ApiPath> parsed = ApiPath.parse(request.uri());
    if (parsed.isEmpty()
        || parsed.get().type() != ResourceType.PODS
        || !"log".equals(parsed.get().subresource())
        || fault(parsed.get(), "GET") != null) {
      return false;
    }
    if (request.method() != HttpMethod.GET) {
      request
          .response()
          .setStatusCode(405)
          .putHeader("Content-Type", "application/json")
          .end(
              Json.string(
                  Responses.status(
                      405, "MethodNotAllowed", request.method() + " is not supported")));
      return true;
    }
    try {
      logs.serve(request, parsed.get());
    } catch (RuntimeException e) {
      request.response().setStatusCode(400).end(String.valueOf(e.getMessage()));
    }
    return true;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    MockResponse response = answer(request);
    Duration latency = faults.latency();
    if (!request.getMethod().equals("GET")) {
      // A lagging write is already stored (and watched); only its answer is late.
      latency = latency.plus(faults.writeLag());
    }
    if (!latency.isZero() && response.getWebSocketListener() == null) {
      response.setBodyDelay(latency);
    }
    return response;
  }

  private MockResponse answer(RecordedRequest request) {
    String rawPath = request.getPath();
    String path = rawPath.contains("?") ? rawPath.substring(0, rawPath.indexOf('?')) : rawPath;
    Optional<ObjectNode> discovery = Discovery.at(path, "127.0.0.1:" + port.getAsInt());
    if (discovery.isPresent()) {
      return Responses.json(200, discovery.get());
    }
    Optional<ApiPath> parsed = ApiPath.parse(rawPath);
    if (parsed.isEmpty()) {
      return Responses.error(404, "NotFound", "the server could not find the requested resource");
    }
    ApiPath api = parsed.get();
    MockResponse fault = fault(api, request.getMethod());
    if (fault != null) {
      return fault;
    }
    try {
      return route(request, api);
    } catch (StoreException e) {
      return Responses.error(e);
    } catch (tools.jackson.core.JacksonException e) {
      return Responses.error(
          400, "BadRequest", "the request body is not valid JSON: " + e.getOriginalMessage());
    } catch (RuntimeException e) {
      return Responses.error(400, "BadRequest", String.valueOf(e.getMessage()));
    }
  }

  private MockResponse route(RecordedRequest request, ApiPath api) {
    Predicate<ObjectNode> filter =
        Selectors.labels(api.param("labelSelector"))
            .and(Selectors.fields(api.param("fieldSelector")));
    String method = request.getMethod();
    if (method.equals("GET") && api.watch()) {
      String upgrade = request.getHeader("Upgrade");
      return upgrade != null && upgrade.equalsIgnoreCase("websocket")
          ? watches.webSocket(api, filter)
          : Responses.error(400, "BadRequest", "plain HTTP watches are streamed by ApiServer");
    }
    boolean table = String.valueOf(request.getHeader("Accept")).contains("as=Table");
    if (method.equals("GET")) {
      return handlers.get(api, filter, table);
    }
    WriteOptions options = WriteOptions.of(api, method);
    return switch (method) {
      case "POST" -> handlers.create(api, Json.parse(request.getBody().getBytes()), options);
      case "PUT" -> handlers.replace(api, Json.parse(request.getBody().getBytes()), options);
      case "PATCH" ->
          handlers.patch(
              api, request.getHeader("Content-Type"), request.getBody().getBytes(), options);
      case "DELETE" -> handlers.delete(api, filter, options);
      default -> Responses.error(405, "MethodNotAllowed", method + " is not supported");
    };
  }

  private MockResponse fault(ApiPath api, String method) {
    ApiFaults.ErrorKind error = faults.error();
    if (error == null) {
      return null;
    }
    boolean write = !method.equals("GET");
    boolean update = method.equals("PUT") || method.equals("PATCH");
    return switch (error) {
      case SERVER_ERROR_ON_WRITES ->
          write
              ? Responses.error(
                  500, "InternalError", "Internal error occurred: demo write errors scenario")
              : null;
      case CONFLICT ->
          update && api.name() != null && api.type().plural().equals(faults.forbiddenResource())
              ? Responses.error(StoreException.conflict(api.type(), api.name()))
              : null;
      case SERVER_ERROR ->
          Responses.error(
              500, "InternalError", "Internal error occurred: demo API errors scenario");
      case TOO_MANY_REQUESTS ->
          Responses.error(429, "TooManyRequests", "too many requests: demo API errors scenario")
              .setHeader("Retry-After", "1");
      case FORBIDDEN ->
          api.type().plural().equals(faults.forbiddenResource())
              ? Responses.error(
                  403,
                  "Forbidden",
                  api.type().plural()
                      + " is forbidden: User \"weft-demo\" cannot access resource \""
                      + api.type().plural()
                      + "\" (demo API errors scenario)")
              : null;
    };
  }

  private static Predicate<ObjectNode> filter(ApiPath api) {
    return Selectors.labels(api.param("labelSelector"))
        .and(Selectors.fields(api.param("fieldSelector")));
  }

  ObjectStore store() {
    return store;
  }
}
