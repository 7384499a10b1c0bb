package io.llmbench.realserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relay the real-server check reads streams through: HTTP/1.1 framing, SSE events, keep-alive. */
class StreamTapTest {
  private static final String REQUEST = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";

  /** Two streams on one connection; an event split across chunks, two events in one chunk, chunk extensions. */
  private static final String[] RESPONSES = {
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
          + chunk("data: {\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":null}}]}\n\n")
          + chunk("data: {\"choices\":[{\"delta\":{\"content\":\"He") + chunk("llo\"}}]}\n\n")
          + chunk("data: {\"choices\":[{\"delta\":{\"content\":\" wor\"}}]}\n\ndata: {\"choices\":[{\"delta\":"
              + "{\"content\":\"ld\"}}],\"timings\":{\"prompt_ms\":12.5,\"predicted_n\":3}}\n\n")
          + "6;ext=1\r\ndata: \r\n" + chunk("[DONE]\n\n") + "0\r\n\r\n",
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
          + chunk("data: {\"choices\":[{\"text\":\"x\"}],\"timings\":{\"prompt_ms\":1.0}}\n\n") + "0\r\n\r\n"};

  private static String chunk(String s) {
    return Integer.toHexString(s.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + s + "\r\n";
  }

  @Test
  void readsEachExchangesTextFirstContentAndTimings() throws Exception {
    try (ServerSocket upstream = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        StreamTap tap = new StreamTap(upstream.getLocalPort())) {
      Thread server = new Thread(() -> serve(upstream));
      server.start();
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), tap.port())) {
        for (String response : RESPONSES) {
          long before = System.nanoTime();
          client.getOutputStream().write(REQUEST.getBytes(StandardCharsets.UTF_8));
          readFully(client.getInputStream(), response.length());
          assertTrue(tap.exchanges().get(tap.exchanges().size() - 1).forwardedNanos >= before);
        }
      }
      server.join(5000);
      List<StreamTap.Exchange> exchanges = tap.exchanges();
      assertEquals(2, exchanges.size());
      assertEquals("Hello world", exchanges.get(0).text.toString());
      assertEquals(12.5, exchanges.get(0).timings.get("prompt_ms").asDouble());
      assertTrue(exchanges.get(0).firstContentNanos >= exchanges.get(0).forwardedNanos);
      assertEquals("x", exchanges.get(1).text.toString());
      assertEquals(1.0, exchanges.get(1).timings.get("prompt_ms").asDouble());
    }
  }

  @Test
  void aResponseWithoutStreamHasNoTimings() throws Exception {
    String response = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\n\r\nerror";
    try (ServerSocket upstream = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        StreamTap tap = new StreamTap(upstream.getLocalPort())) {
      Thread server = new Thread(() -> answer(upstream, response));
      server.start();
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), tap.port())) {
        client.getOutputStream().write(REQUEST.getBytes(StandardCharsets.UTF_8));
        readFully(client.getInputStream(), response.length());
      }
      server.join(5000);
      assertEquals(1, tap.exchanges().size());
      assertNull(tap.exchanges().get(0).timings);
      assertEquals(0, tap.exchanges().get(0).firstContentNanos);
    }
  }

  private static void serve(ServerSocket upstream) {
    try (Socket s = upstream.accept()) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = s.getOutputStream();
      for (String response : RESPONSES) {
        readRequest(in);
        out.write(response.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void answer(ServerSocket upstream, String response) {
    try (Socket s = upstream.accept()) {
      readRequest(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)));
      s.getOutputStream().write(response.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Headers up to the blank line, then the two-byte body. */
  private static void readRequest(BufferedReader in) throws IOException {
    String line;
    while ((line = in.readLine()) != null && !line.isEmpty()) {
      // headers
    }
    in.read(new char[2]);
  }

  private static void readFully(InputStream in, int bytes) throws IOException {
    byte[] buf = in.readNBytes(bytes);
    assertEquals(bytes, buf.length);
  }
}
