package io.llmbench.realserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP relay between the client and a llama.cpp server that reads each streamed response as it passes: the
 * generated text, when the request's first byte and its first content chunk went through, and the server's own
 * {@code timings} object from its last chunk. The client's request log has no server timings; this pairs them
 * without touching the client. The relay adds one loopback hop and the parsing of each read to what the client
 * sees, which the check counts in the client's share.
 */
final class StreamTap implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One HTTP exchange as the relay saw it (System.nanoTime() clock, as the client's request log). */
  static final class Exchange {
    /**
     * When the relay read the request's last bytes, just before writing them on to the server (a loopback write,
     * microseconds): from then on the server has the whole request.
     */
    long forwardedNanos;
    long firstContentNanos;
    final StringBuilder text = new StringBuilder();
    JsonNode timings;

  }

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final List<Exchange> exchanges = new ArrayList<>();
  private final List<Socket> sockets = new ArrayList<>();

  StreamTap(int upstreamPort) {
    try {
      listener = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort);
    daemon(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket();
        server.connect(upstream);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        synchronized (this) {
          sockets.add(client);
          sockets.add(server);
        }
        Connection c = new Connection();
        daemon(() -> pump(client, server, c::requestBytes));
        daemon(() -> pump(server, client, c::responseBytes));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /**
   * Copies one direction, each read seen by the observer before it is forwarded: a request's exchange then exists
   * before its reply, and a response is known to have ended before the client can send the next request on the
   * same connection. The stamp is taken as the read returns, before that parsing.
   */
  private static void pump(Socket from, Socket to, Observer observer) {
    byte[] buf = new byte[16384];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        observer.bytes(buf, n, System.nanoTime());
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // the other side closed: nothing more to relay
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private interface Observer {
    void bytes(byte[] buf, int n, long nanos);
  }

  /**
   * One client connection: exchanges follow each other on it (keep-alive), a new one starting with the first
   * request byte after the previous response ended. The response side is decoded as HTTP/1.1 (headers, chunked or
   * Content-Length body) and its body read as server-sent events.
   */
  private final class Connection {
    private Exchange current;
    private boolean responseDone = true;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ByteArrayOutputStream event = new ByteArrayOutputStream();
    private Stage stage = Stage.HEADERS;
    private long remaining;
    private boolean chunked;

    synchronized void requestBytes(byte[] buf, int n, long nanos) {
      if (responseDone) {
        responseDone = false;
        current = new Exchange();
        synchronized (StreamTap.this) {
          exchanges.add(current);
        }
        stage = Stage.HEADERS;
        chunked = false;
        remaining = -1;
      }
      if (current != null) {
        current.forwardedNanos = nanos;
      }
    }

    synchronized void responseBytes(byte[] buf, int n, long nanos) {
      int i = 0;
      while (i < n && current != null) {
        if (stage == Stage.BODY || stage == Stage.CHUNK_DATA) {
          int take = (int) Math.min(remaining, n - i);
          body(buf, i, take, nanos);
          i += take;
          remaining -= take;
          if (remaining == 0) {
            if (stage == Stage.BODY) {
              endOfResponse();
            } else {
              stage = Stage.CHUNK_END;
            }
          }
          continue;
        }
        byte b = buf[i++];
        if (b != '\n') {
          line.write(b);
          continue;
        }
        String l = line.toString(StandardCharsets.ISO_8859_1).strip();
        line.reset();
        headerLine(l);
      }
    }

    private void headerLine(String l) {
      switch (stage) {
        case HEADERS -> {
          String lower = l.toLowerCase();
          if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
            chunked = true;
          } else if (lower.startsWith("content-length:")) {
            remaining = Long.parseLong(l.substring(l.indexOf(':') + 1).strip());
          } else if (l.isEmpty()) {
            if (chunked) {
              stage = Stage.CHUNK_SIZE;
            } else if (remaining > 0) {
              stage = Stage.BODY;
            } else {
              endOfResponse();
            }
          }
        }
        case CHUNK_SIZE -> {
          int semi = l.indexOf(';');
          remaining = Long.parseLong(semi < 0 ? l : l.substring(0, semi), 16);
          stage = remaining == 0 ? Stage.TRAILER : Stage.CHUNK_DATA;
        }
        case CHUNK_END -> stage = Stage.CHUNK_SIZE;
        case TRAILER -> {
          if (l.isEmpty()) {
            endOfResponse();
          }
        }
        default -> throw new IllegalStateException(stage.name());
      }
    }

    private void endOfResponse() {
      responseDone = true;
      current = null;
    }

    /** Body bytes: split into event lines; "data: {...}" lines are read for content and timings. */
    private void body(byte[] buf, int from, int len, long nanos) {
      for (int i = from; i < from + len; i++) {
        if (buf[i] != '\n') {
          event.write(buf[i]);
          continue;
        }
        String l = event.toString(StandardCharsets.UTF_8).strip();
        event.reset();
        if (l.startsWith("data:") && !l.endsWith("[DONE]")) {
          data(l.substring(5).strip(), nanos);
        }
      }
    }

    private void data(String json, long nanos) {
      JsonNode d;
      try {
        d = JSON.readTree(json);
      } catch (IOException e) {
        return; // not an event this check reads
      }
      JsonNode choice = d.path("choices").path(0);
      String content = choice.path("delta").path("content").asText(choice.path("text").asText(""));
      if (!content.isEmpty()) {
        if (current.firstContentNanos == 0) {
          current.firstContentNanos = nanos;
        }
        current.text.append(content);
      }
      if (d.has("timings")) {
        current.timings = d.get("timings");
      }
    }
  }

  private enum Stage { HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "stream-tap");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    closeQuietly(listener);
    synchronized (this) {
      sockets.forEach(StreamTap::closeQuietly);
    }
  }

  private static void closeQuietly(ServerSocket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
