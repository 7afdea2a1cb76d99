package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.function.Supplier;

/// What stands in front of a cluster's API as kube-apiserver's filters do: authentication,
/// authorization and the audit log. Every request passes through it once: [#serve] for requests
/// the dispatcher answers, [#refuse] for the streamed reads (plain HTTP watches, pod logs) that
/// bypass it.
///
/// Implementations are thread-safe: they are called on the server's event loop threads.
public interface ApiGate {
  /// Lets every request through and records nothing: a server nobody configured.
  ApiGate OPEN =
      new ApiGate() {
        @Override
        public MockResponse serve(ApiCall call, Supplier<MockResponse> next) {
          return next.get();
        }

        @Override
        public MockResponse refuse(ApiCall call) {
          return null;
        }
      };

  /// The refusal of `call` (401, 403), or `next`'s answer once it is admitted.
  MockResponse serve(ApiCall call, Supplier<MockResponse> next);

  /// The refusal of a streamed read, or null when it may go on.
  MockResponse refuse(ApiCall call);
}
