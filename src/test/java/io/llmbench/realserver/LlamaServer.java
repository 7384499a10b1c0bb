package io.llmbench.realserver;

import io.llmbench.report.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * A llama.cpp server process on 127.0.0.1 for the real-server check: the binary found or built by
 * tools/real-server/build-llama-server.sh, the tiny model written by tools/real-server/make_model.py, started with
 * one slot per concurrent request and ended by its PID when the check closes it.
 */
final class LlamaServer implements AutoCloseable {
  /** The build script's exit code for "no binary and none can be built here". */
  private static final int CANNOT_BUILD = 3;
  private static final long READY_TIMEOUT_SECONDS = 60;

  private final Process process;
  private final int port;
  private final Path log;

  private LlamaServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The server binary: -Dllmbench.llama-server, else the build script's (which honours $LLAMA_SERVER). */
  static Path binary(Path project, Path work) {
    String given = System.getProperty("llmbench.llama-server", "");
    if (!given.isBlank()) {
      Path p = Path.of(given);
      if (!Files.isExecutable(p)) {
        throw skipped("llmbench: real-server: -Dllmbench.llama-server=" + given
            + " is not an executable file; give a llama-server binary or leave it empty to build one");
      }
      return p;
    }
    return Path.of(lastLine(run(work, "build-llama-server.sh",
        List.of("bash", project.resolve("tools/real-server/build-llama-server.sh").toString()))));
  }

  /** The tiny Qwen2-shaped model, written once per work folder. */
  static Path model(Path project, Path work) {
    Path model = work.resolve("tiny-qwen2.gguf");
    if (!Files.exists(model)) {
      run(work, "make_model.py", List.of("python3", project.resolve("tools/real-server/make_model.py").toString(),
          model.toString()));
    }
    return model;
  }

  static LlamaServer start(Path binary, Path model, Path work, int slots, int threads) {
    int port = freePort();
    Path log = work.resolve("llama-server.log");
    try {
      Process p = new ProcessBuilder(binary.toString(), "-m", model.toString(), "--host", "127.0.0.1",
          "--port", String.valueOf(port), "--parallel", String.valueOf(slots), "--ctx-size", String.valueOf(slots * 512),
          "--threads", String.valueOf(threads), "--threads-batch", String.valueOf(threads),
          // every prompt processed in full: no reuse of a slot's or the RAM cache's earlier prompts
          "--no-cache-prompt", "--cache-ram", "0")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      LlamaServer server = new LlamaServer(p, port, log);
      server.awaitHealthy();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  private void awaitHealthy() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("llama-server exited with " + process.exitValue() + "; its log: " + log);
      }
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health").toURL()
            .openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(1000);
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet, or still loading the model (503)
      }
      sleep(200);
    }
    close();
    throw new IllegalStateException("llama-server not healthy after " + READY_TIMEOUT_SECONDS + " s; its log: " + log);
  }

  /** Runs a helper script; exit 3 means it cannot work on this machine, which skips the check with its message. */
  private static String run(Path work, String name, List<String> command) {
    Path out = work.resolve(name + ".out");
    try {
      Files.createDirectories(work);
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
          .redirectOutput(out.toFile()).start();
      int code = p.waitFor();
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      if (code == CANNOT_BUILD) { // the script printed its one llmbench: line
        throw new TestAbortedException("llmbench: real-server: " + name + " cannot run here (see its message above)");
      }
      if (code != 0) {
        throw new IllegalStateException(name + " failed with exit code " + code + ": " + stdout.strip());
      }
      return stdout;
    } catch (IOException e) {
      throw skipped("llmbench: real-server: cannot start " + command.get(0) + " for " + name + " ("
          + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The check is skipped, and says why on the console: surefire shows only the count of skipped tests. */
  private static TestAbortedException skipped(String message) {
    Console.line(message);
    return new TestAbortedException(message);
  }

  private static String lastLine(String s) {
    String[] lines = s.strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Ends the server by its PID: SIGTERM, then SIGKILL if it has not gone within 10 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
