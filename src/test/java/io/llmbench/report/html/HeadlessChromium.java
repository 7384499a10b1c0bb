package io.llmbench.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol (a WebSocket on 127.0.0.1): it opens a page, and
 * records every console message, uncaught exception and network request the page causes. Offline by construction:
 * every background service that would call home is switched off.
 */
final class HeadlessChromium implements AutoCloseable {
  static final String INSTALL = "apt-get update && apt-get install -y chromium";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger nextId = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  /** Console errors, uncaught exceptions and error log entries, as text. */
  final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  /** The URL of every request the page made, itself included. */
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The browser, or an AssertionError naming the command that installs it: the test never skips for want of it. */
  static HeadlessChromium start(int width, int height) throws IOException, InterruptedException {
    String binary = onPath("chromium");
    if (binary == null) {
      throw new AssertionError("chromium is not installed; install it with: " + INSTALL);
    }
    Path profile = Files.createTempDirectory("llmbench-chromium");
    Process process = new ProcessBuilder(binary, "--headless=new", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
        "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--metrics-recording-only",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--window-size=" + width + "," + height, "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    try {
      int port = devToolsPort(profile, process);
      HttpClient http = HttpClient.newHttpClient();
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      String pageSocket = null;
      for (JsonNode t : targets) {
        if ("page".equals(t.path("type").asText())) {
          pageSocket = t.get("webSocketDebuggerUrl").asText();
        }
      }
      if (pageSocket == null) {
        throw new IllegalStateException("chromium opened no page: " + targets);
      }
      HeadlessChromium[] self = new HeadlessChromium[1];
      WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
          message.append(data);
          if (last) {
            self[0].received(message.toString());
            message.setLength(0);
          }
          ws.request(1);
          return null;
        }
      }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      self[0] = new HeadlessChromium(process, profile, socket);
      for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
        self[0].call(domain + ".enable", Map.of());
      }
      return self[0];
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("cannot drive chromium (log: " + profile.resolve("chromium.log") + ")", e);
    }
  }

  /** Opens the page and waits until its script has set {@code document.body.dataset.<attribute>}. */
  void open(Path page, String attribute) throws InterruptedException {
    call("Page.navigate", Map.of("url", page.toUri().toString()));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (evaluate("document.body && document.body.dataset." + attribute + " || ''").isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page never set data-" + attribute + "; errors: " + errors);
      }
      Thread.sleep(20);
    }
  }

  /** A JavaScript expression's value, as text. */
  String evaluate(String expression) {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError(expression + " threw " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value").asText();
  }

  /** A real mouse move (the browser's input pipeline, not a synthetic DOM event) to viewport coordinates. */
  void moveMouse(double x, double y) {
    call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
  }

  /** The whole page, not just the window, as a PNG. */
  void screenshot(Path png) throws IOException {
    JsonNode size = call("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", size.get("width").asDouble(), "height", size.get("height").asDouble(),
            "scale", 1)));
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  JsonNode call(String method, Map<String, ?> params) {
    int id = nextId.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(message.toString(), true).join();
    try {
      JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + ": " + reply.get("error"));
      }
      return reply.get("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " interrupted", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(method + " got no answer", e);
    }
  }

  private void received(String text) {
    JsonNode m;
    try {
      m = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (m.has("id")) {
      CompletableFuture<JsonNode> answer = pending.remove(m.get("id").asInt());
      if (answer != null) {
        answer.complete(m);
      }
      return;
    }
    JsonNode p = m.path("params");
    switch (m.path("method").asText()) {
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(p.path("type").asText()) || "assert".equals(p.path("type").asText())) {
          errors.add("console: " + p.path("args"));
        }
      }
      case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
      case "Log.entryAdded" -> {
        if ("error".equals(p.path("entry").path("level").asText())) {
          errors.add("log: " + p.path("entry"));
        }
      }
      case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
      default -> { }
    }
  }

  /** The port Chromium chose, from the file it writes into its profile once DevTools listens. */
  private static int devToolsPort(Path profile, Process process) throws IOException, InterruptedException {
    Path file = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!Files.exists(file) || Files.readAllLines(file).isEmpty()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(20);
    }
    return Integer.parseInt(Files.readAllLines(file).get(0).trim());
  }

  private static String onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    socket.abort();
    // its renderers and network service may outlive the browser for a moment, still writing into the profile
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy(); // SIGTERM to the browser process, which takes its renderers down with it
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    for (ProcessHandle helper : helpers) {
      helper.destroy();
      try {
        helper.onExit().get(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        helper.destroyForcibly();
      }
    }
    deleteProfile();
  }

  /** The throw-away profile; a file the browser's last writes removed while we walk is simply gone already. */
  private void deleteProfile() throws IOException {
    for (int attempt = 0; ; attempt++) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        return;
      } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
        if (attempt == 2) {
          throw e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
        }
      }
    }
  }
}
