package io.llmbench.mock;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client on a plain socket, for what {@code java.net.http} hides: connection reuse and
 * {@code Connection: close}, pipelining, and whether a chunked body ended with its terminating chunk or the
 * connection was cut. Every read has a timeout so a test can never hang.
 */
final class RawHttp implements AutoCloseable {

  /**
   * One response as read off the wire.
   *
   * @param terminated a chunked body ended with its zero-length chunk (a Content-Length body: all bytes came)
   * @param eof the connection was closed by the server while or right after reading
   */
  record Response(int status, Map<String, String> headers, String body, boolean terminated, boolean eof) {
    /** The payloads of the SSE {@code data:} lines, in order. */
    List<String> data() {
      List<String> out = new ArrayList<>();
      for (String line : body.split("\n")) {
        if (line.startsWith("data: ")) out.add(line.substring(6));
      }
      return out;
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  RawHttp(int port, int readTimeoutMs) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(readTimeoutMs);
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  static String post(String path, String json, String... extraHeaders) {
    StringBuilder sb = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    sb.append("Content-Type: application/json\r\n");
    for (String h : extraHeaders) sb.append(h).append("\r\n");
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    sb.append("Content-Length: ").append(body.length).append("\r\n\r\n").append(json);
    return sb.toString();
  }

  static String get(String path, String... extraHeaders) {
    StringBuilder sb = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (String h : extraHeaders) sb.append(h).append("\r\n");
    return sb.append("\r\n").toString();
  }

  void send(String request) throws IOException {
    out.write(request.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Reads one response; a body cut by EOF comes back with {@code terminated=false, eof=true}. */
  Response read() throws IOException {
    String statusLine = line();
    if (statusLine == null) throw new IOException("connection closed before a status line");
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(); h != null && !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    boolean terminated;
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      terminated = false;
      while (true) {
        String size = line();
        if (size == null) break;
        int n = Integer.parseInt(size.trim(), 16);
        if (n == 0) {
          line(); // the CRLF after the (empty) trailer
          terminated = true;
          break;
        }
        if (!readFully(body, n) || line() == null) break;
      }
    } else {
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      terminated = readFully(body, length);
    }
    return new Response(status, headers, body.toString(StandardCharsets.UTF_8), terminated, !terminated);
  }

  /** True when the server closes the connection within the socket's read timeout (nothing else arrives). */
  boolean closedByServer() throws IOException {
    try {
      return in.read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) { // a reset also means closed
      return true;
    }
  }

  /** True when no byte at all arrives within {@code ms}. */
  boolean silentFor(int ms) throws IOException {
    int before = socket.getSoTimeout();
    socket.setSoTimeout(ms);
    try {
      in.read();
      return false;
    } catch (SocketTimeoutException e) {
      return true;
    } finally {
      socket.setSoTimeout(before);
    }
  }

  private boolean readFully(ByteArrayOutputStream body, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      int b = in.read();
      if (b < 0) return false;
      body.write(b);
    }
    return true;
  }

  /** A CRLF-terminated line without the CRLF, or null at EOF. */
  private String line() throws IOException {
    ByteArrayOutputStream sb = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        byte[] bytes = sb.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, len, StandardCharsets.UTF_8);
      }
      sb.write(b);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
