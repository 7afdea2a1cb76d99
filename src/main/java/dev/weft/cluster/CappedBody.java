package dev.weft.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/// An HTTP answer's body read into memory up to a limit, and no further: a server (or a proxy
/// in its place) that answered `GET /version` with 500 MB ran Weft out of memory, and with it
/// every other zone. Past the limit the exchange is cancelled and the body fails with
/// [TooLarge].
final class CappedBody {
  /// The most Weft reads of one answer: far above any list of one namespace's objects.
  static final int LIMIT = 64 << 20;

  /// An answer longer than Weft reads.
  static final class TooLarge extends IOException {
    TooLarge(int limit) {
      super("the answer is over " + (limit >> 20) + " MiB", null);
    }
  }

  private CappedBody() {}

  static HttpResponse.BodyHandler<byte[]> handler(int limit) {
    return info -> new Subscriber(limit);
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Subscriber(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        if ((long) bytes.size() + item.remaining() > limit) {
          subscription.cancel();
          body.completeExceptionally(new TooLarge(limit));
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toByteArray());
    }
  }
}
