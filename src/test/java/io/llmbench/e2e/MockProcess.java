package io.llmbench.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"), "io.llmbench.mock.MockServer",
        "--port", Integer.toString(port)));
    command.addAll(List.of(flags));
    Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
    // ready once it says so
    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
    return new MockProcess(server, port);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

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
