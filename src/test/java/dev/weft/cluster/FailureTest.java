package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailureTest {
  static Arguments[] cases() {
    String forbidden =
        "pods is forbidden: User \"system:serviceaccount:weft\" cannot watch resource \"pods\""
            + " in API group \"\" in the namespace \"health\"";
    return new Arguments[] {
      Arguments.of(
          new ConnectException("Connection refused"), LinkPhase.LOST, "connection refused h:6443"),
      Arguments.of(
          new IOException("wrapped", new UnknownHostException("h")),
          LinkPhase.LOST,
          "DNS: unknown host h:6443"),
      Arguments.of(
          new SSLHandshakeException("PKIX"),
          LinkPhase.LOST,
          "TLS handshake with h:6443 failed: PKIX"),
      Arguments.of(new TimeoutException(), LinkPhase.LOST, "timeout: no answer from h:6443"),
      Arguments.of(
          status(401, "Unauthorized"), LinkPhase.UNAUTHORIZED, "unauthorized (401) by h:6443"),
      Arguments.of(
          status(403, forbidden),
          LinkPhase.FORBIDDEN,
          "user \"system:serviceaccount:weft\" cannot watch pods in namespace health"),
      Arguments.of(
          status(403, "pods is forbidden: User \"weft-demo\" cannot access resource \"pods\""),
          LinkPhase.FORBIDDEN,
          "user \"weft-demo\" cannot list/watch pods"),
      Arguments.of(status(503, "unavailable"), LinkPhase.LOST, "server error 503 at h:6443"),
      Arguments.of(
          status(410, "Gone"), LinkPhase.SYNCING, "watch expired (410 Gone); listing again"),
    };
  }

  @ParameterizedTest
  @MethodSource("cases")
  void classifies(Throwable error, LinkPhase phase, String reason) {
    assertThat(Failure.classify(error, "h:6443")).isEqualTo(new Failure(phase, reason));
  }

  private static KubernetesClientException status(int code, String message) {
    return new KubernetesClientException(
        new StatusBuilder().withCode(code).withMessage(message).build());
  }
}
