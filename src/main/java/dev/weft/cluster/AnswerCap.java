package dev.weft.cluster;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.nio.ByteBuffer;
import java.util.List;

/// Stops fabric8 reading an answer past [CappedBody#LIMIT]: its lists read the whole body into
/// memory, so one server (or a proxy in its place) answering with 500 MB took the window, and
/// every zone in it, down with an OutOfMemoryError. A watch is a stream of events that runs for
/// hours: its bytes are not counted.
final class AnswerCap implements Interceptor {
  static final String NAME = "weft-answer-cap";

  @Override
  public AsyncBody.Consumer<List<ByteBuffer>> consumer(
      AsyncBody.Consumer<List<ByteBuffer>> consumer, HttpRequest request) {
    String query = request.uri().getRawQuery();
    if (query != null && (query.contains("watch=true") || query.contains("watch=1"))) {
      return consumer;
    }
    long[] read = {0};
    return (buffers, body) -> {
      for (ByteBuffer b : buffers) {
        read[0] += b.remaining();
      }
      if (read[0] > CappedBody.LIMIT) {
        body.cancel();
        throw new CappedBody.TooLarge(CappedBody.LIMIT);
      }
      consumer.consume(buffers, body);
    };
  }
}
