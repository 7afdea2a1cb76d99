package dev.weft.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/// A plain-HTTP server on loopback that records every byte it is sent and answers each
/// connection `400 Bad Request`, as a real HTTP server answers a TLS ClientHello. A credential
/// sent in clear text shows up in [#received].
public final class PlainHttpListener implements AutoCloseable {
  private final ServerSocket socket;
  private final List<String> received = new CopyOnWriteArrayList<>();

  public PlainHttpListener() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().start(this::accept);
  }

  public int port() {
    return socket.getLocalPort();
  }

  /// What arrived, one string per connection (bytes as ISO-8859-1).
  public List<String> received() {
    return received;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        Thread.ofVirtual().start(() -> answer(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void answer(Socket s) {
    try (s) {
      s.setSoTimeout(500);
      InputStream in = s.getInputStream();
      byte[] buffer = new byte[8192];
      StringBuilder got = new StringBuilder();
      try {
        int n;
        while ((n = in.read(buffer)) > 0) {
          got.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
          if (got.indexOf("\r\n\r\n") >= 0) {
            break;
          }
        }
      } catch (SocketTimeoutException e) {
        // A TLS ClientHello has no blank line: answer what came.
      }
      received.add(got.toString());
      s.getOutputStream()
          .write(
              "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      // The client went away.
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closed
    }
  }
}
