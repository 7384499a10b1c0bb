package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.llmbench.config.ConfigLoader;
import io.llmbench.config.DatasetDownload;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opt-in download, against a local HTTP server standing in for the Hub. */
class DownloadsTest {

  @Test
  void downloadsOnceThenReadsTheCache(@TempDir Path cache) throws IOException {
    byte[] file = Files.readAllBytes(Fixtures.resource("sharegpt-edge.json"));
    AtomicInteger hits = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      hits.incrementAndGet();
      boolean known = exchange.getRequestURI().getPath().equals("/data/sharegpt.json");
      exchange.sendResponseHeaders(known ? 200 : 404, known ? file.length : -1);
      try (OutputStream out = exchange.getResponseBody()) {
        if (known) {
          out.write(file);
        }
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      DatasetDownload settings = new DatasetDownload(true, cache.resolve("datasets"),
          Map.of("sharegpt", base + "/data/sharegpt.json", "conversation", base + "/missing.jsonl"));
      Path first = Downloads.cached(settings, "sharegpt");
      assertArrayEquals(file, Files.readAllBytes(first));
      assertEquals(first, Downloads.cached(settings, "sharegpt"));
      assertEquals(1, hits.get(), "the second run reads the cache");

      var e = assertThrows(IllegalArgumentException.class, () -> Downloads.cached(settings, "conversation"));
      assertTrue(e.getMessage().contains(base + "/missing.jsonl") && e.getMessage().contains("HTTP 404"),
          e.getMessage());
      try (var left = Files.list(cache.resolve("datasets"))) {
        assertEquals(1, left.count(), "no partial file is left behind");
      }
      e = assertThrows(IllegalArgumentException.class, () -> Downloads.cached(settings, "toolagent"));
      assertTrue(e.getMessage().startsWith("dataset-download.toolagent: no URL configured"), e.getMessage());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void onlySharegptAndMooncakeHaveAPublicFileAndNothingIsFetchedByDefault() {
    assertEquals(Optional.of("sharegpt"), Downloads.sourceKey("sharegpt", "conversation"));
    assertEquals(Optional.of("toolagent"), Downloads.sourceKey("mooncake", "toolagent"));
    assertEquals(Optional.empty(), Downloads.sourceKey("random", "conversation"));
    DatasetDownload defaults = Downloads.settings(ConfigLoader.of(Map.of()).options());
    assertEquals(false, defaults.enabled());
    assertTrue(defaults.sources().get("sharegpt").startsWith("https://huggingface.co/datasets/anon8231489123/"));
    assertEquals(Path.of(System.getProperty("user.home"), ".cache", "llmbench", "datasets"), defaults.cacheDir());
  }
}
