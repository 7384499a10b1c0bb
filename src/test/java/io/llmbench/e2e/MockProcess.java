package io.llmbench.e2e;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mock server in a JVM of its own (DJL offline, this class path), so that what a benchmark measures of the
 * client's process is the client's alone. Closing it sends SIGTERM (the mock flushes its log), then kills it.
 *
 * @param port the port it listens on, 127.0.0.1
 */
public record MockProcess(Process process, int port) implements AutoCloseable {

  /** Starts the mock with these command-line flags (besides --port) and waits for its ready line. */
  public static MockProcess start(String... flags) throws IOException {
    int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dai.djl.offline=true", "-XX:CompileThresholdScaling=0.1", "-cp", System.getProperty("java.class.path"),
        "io.llmbench.mock.MockServer", "--port", Integer.toString(port)));
    command.addAll(List.of(flags));
    Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
    // ready once it says so
    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
    return new MockProcess(server, port);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * Sends {@code requests} short streams (no waits, 32 tokens) from 8 threads, alternately on a new connection closed
   * after the response and on a kept-alive one, and reads them whole, so the mock's accept, request and chunk paths
   * are compiled before a benchmark reads its stamps: a fresh mock JVM takes about 0.4 ms to read a request, a warm
   * one 0.05 ms, and that would count as the client's delay.
   */
  public void warm(int requests) throws InterruptedException {
    AtomicInteger left = new AtomicInteger(requests);
    List<Thread> senders = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread sender = new Thread(() -> {
        try (Socket kept = new Socket("127.0.0.1", port)) {
          for (int n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
            if (n % 2 == 0) {
              exchange(kept, "keep-alive");
            } else {
              try (Socket once = new Socket("127.0.0.1", port)) {
                exchange(once, "close");
              }
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("warming the mock failed", e);
        }
      }, "mock-warm-" + i);
      sender.start();
      senders.add(sender);
    }
    for (Thread t : senders) t.join();
  }

  private static final byte[] WARM_BODY = ("{\"model\":\"llmbench-mock\",\"stream\":true,\"max_tokens\":32,"
      + "\"messages\":[{\"role\":\"user\",\"content\":\"warm up\"}],\"mock\":{\"ttft_ms\":0,\"gap_ms\":0}}")
      .getBytes(StandardCharsets.UTF_8);

  /** One streamed request, read up to the chunked body's last chunk. */
  private static void exchange(Socket socket, String connection) throws IOException {
    String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Connection: " + connection + "\r\nContent-Length: " + WARM_BODY.length + "\r\n\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(WARM_BODY);
    out.flush();
    InputStream in = new BufferedInputStream(socket.getInputStream());
    byte[] last = new byte[5];
    for (int b = in.read(); b >= 0; b = in.read()) {
      System.arraycopy(last, 1, last, 0, 4);
      last[4] = (byte) b;
      if (Arrays.equals(last, END)) return;
    }
    throw new IOException("the mock closed before the end of a response");
  }

  private static final byte[] END = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** SIGTERM and a wait for the mock to flush its log. */
  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    stop();
    process.destroyForcibly();
  }
}
