package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.List;
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
  private volatile ApiGate gate = ApiGate.OPEN;

  public ApiDispatcher(ObjectStore store, ApiFaults faults, IntSupplier port, Vertx vertx) {
    this.store = store;
    this.faults = faults;
    this.port = port;
    this.watches = new Watches(store, vertx);
    this.handlers = new ObjectHandlers(store);
    this.logs = new LogStreams(store, vertx);
  }

  /// Puts `gate` in front of every request from now on.
  public void gate(ApiGate gate) {
    this.gate = gate;
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
        || !request.uri().contains("watch")) {
      return false;
    }
    Optional<ApiPath> parsed = ApiPath.parse(request.uri());
    if (parsed.isEmpty() || !parsed.get().watch() || fault(parsed.get(), "GET") != null) {
      return false;
    }
    ApiPath api = parsed.get();
    if (refused(request)) {
      return true;
    }
    try {
      watches.stream(request, api, filter(api));
    } catch (StoreException e) {
      request
          .response()
          .setStatusCode(e.code())
          .putHeader("Content-Type", "application/json")
          .end(Json.string(Responses.status(e.code(), e.reason(), e.getMessage())));
    } catch (RuntimeException e) {
      request.response().setStatusCode(400).end(String.valueOf(e.getMessage()));
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
    if (refused(request)) {
      return true;
    }
    try {
      logs.serve(request, parsed.get());
    } catch (RuntimeException e) {
      request.response().setStatusCode(400).end(String.valueOf(e.getMessage()));
    }
    return true;
  }

  /// Answers a streamed read with the gate's refusal, if it has one.
  private boolean refused(HttpServerRequest request) {
    MockResponse refusal = gate.refuse(ApiCall.of(request));
    if (refusal == null) {
      return false;
    }
    request
        .response()
        .setStatusCode(refusal.code())
        .putHeader("Content-Type", "application/json")
        .end(io.vertx.core.buffer.Buffer.buffer(refusal.getBody().getBytes()));
    return true;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    MockResponse response = gate.serve(ApiCall.of(request), () -> answer(request));
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
    Optional<MockResponse> openApi =
        OpenApi.serve(path, query(rawPath), request.getHeader("Accept"));
    if (openApi.isPresent()) {
      return openApi.get();
    }
    Optional<MockResponse> health = HealthChecks.serve(path, query(rawPath));
    if (health.isPresent()) {
      return health.get();
    }
    Optional<ObjectNode> discovery = Discovery.at(path, "127.0.0.1:" + port.getAsInt());
    if (discovery.isPresent()) {
      return Responses.json(200, discovery.get());
    }
    Optional<ApiPath> parsed = ApiPath.parse(rawPath);
    if (parsed.isEmpty()) {
      return Responses.error(404, "NotFound", "the server could not find the requested resource");
    }
    ApiPath api = parsed.get();
    MockResponse unserved = Subresources.refusal(api, request.getMethod());
    if (unserved != null) {
      return unserved;
    }
    MockResponse fault = fault(api, request.getMethod());
    if (fault != null) {
      return fault;
    }
    try {
      return validated(request, api);
    } catch (StoreException e) {
      return Responses.error(e);
    } catch (tools.jackson.core.JacksonException e) {
      return Responses.error(
          400, "BadRequest", "the request body is not valid JSON: " + e.getOriginalMessage());
    } catch (RuntimeException e) {
      return Responses.error(400, "BadRequest", String.valueOf(e.getMessage()));
    }
  }

  /// Checks a write's fields against the OpenAPI schema first (see [FieldValidation]).
  private MockResponse validated(RecordedRequest request, ApiPath api) {
    String method = request.getMethod();
    if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
      return route(request, api);
    }
    List<String> warnings =
        FieldValidation.check(
            api, method, request.getHeader("Content-Type"), request.getBody().getBytes());
    MockResponse response = route(request, api);
    warnings.forEach(w -> response.addHeader("Warning", w));
    return response;
  }

  private MockResponse route(RecordedRequest request, ApiPath api) {
    Predicate<ObjectNode> filter =
        Selectors.checkedLabels(api.param("labelSelector"))
            .and(Selectors.fields(api.type(), api.param("fieldSelector")));
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
    WriteOptions options = WriteOptions.of(api, method, request.getBody().getBytes());
    return switch (method) {
      case "POST" -> handlers.create(api, body(request, api), options);
      case "PUT" -> handlers.replace(api, body(request, api), options);
      case "PATCH" ->
          handlers.patch(
              api, request.getHeader("Content-Type"), request.getBody().getBytes(), options);
      case "DELETE" -> handlers.delete(api, filter, options);
      default -> Responses.error(405, "MethodNotAllowed", method + " is not supported");
    };
  }

  private static String query(String rawPath) {
    int q = rawPath.indexOf('?');
    return q < 0 ? null : rawPath.substring(q + 1);
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
      // Answered by the gate, which knows the user and the verb.
      case FORBIDDEN -> null;
    };
  }

  /// A JSON body, or a protobuf one kubectl's typed clients send for the types [Protobuf] reads.
  private static ObjectNode body(RecordedRequest request, ApiPath api) {
    byte[] bytes = request.getBody().getBytes();
    return Protobuf.readable(request.getHeader("Content-Type"), api.type())
        ? Protobuf.decode(api.type(), bytes)
        : Json.parse(bytes);
  }

  private static Predicate<ObjectNode> filter(ApiPath api) {
    return Selectors.checkedLabels(api.param("labelSelector"))
        .and(Selectors.fields(api.type(), api.param("fieldSelector")));
  }

  ObjectStore store() {
    return store;
  }
}
