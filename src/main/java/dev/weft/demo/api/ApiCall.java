package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.RecordedRequest;
import io.vertx.core.http.HttpServerRequest;
import java.util.function.UnaryOperator;

/// One request as an [ApiGate] sees it: method, request URI with its query, headers by name and
/// the body (empty for streamed reads). Immutable apart from the body array, which nobody changes.
public record ApiCall(String method, String uri, UnaryOperator<String> header, byte[] body) {
  static ApiCall of(RecordedRequest request) {
    return new ApiCall(
        request.getMethod(),
        request.getPath(),
        request::getHeader,
        request.getBody() == null ? new byte[0] : request.getBody().getBytes());
  }

  static ApiCall of(HttpServerRequest request) {
    return new ApiCall(request.method().name(), request.uri(), request::getHeader, new byte[0]);
  }
}
