package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.llmbench.backend.Backends;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Readiness from the backend table: the health endpoint first, bench_serving's probe where a server has none. */
class ServerQueriesTest {

  /** A server that knows only {@code paths}: 200 there, 404 elsewhere; records what was asked. */
  private static List<String> askedUntilReady(String backend, String... paths) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    List<String> asked = new CopyOnWriteArrayList<>();
    server.createContext("/", exchange -> {
      asked.add(exchange.getRequestURI().getPath());
      exchange.sendResponseHeaders(List.of(paths).contains(exchange.getRequestURI().getPath()) ? 200 : 404, -1);
      exchange.close();
    });
    server.start();
    try {
      ServerQueries.awaitReady(Backends.forName(backend), "http://127.0.0.1:" + server.getAddress().getPort(),
          Map.of(), 10);
      return asked;
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aServerWithAHealthEndpointIsAskedThere() throws IOException {
    assertEquals(List.of("/health"), askedUntilReady(Backends.VLLM_CHAT, "/health", "/v1/models"));
  }

  @Test
  void withoutOneTheReferencesProbeIsNext() throws IOException {
    assertEquals(List.of("/health", "/v1/models"), askedUntilReady(Backends.SGLANG, "/v1/models"));
  }

  @Test
  void tritonIsAskedItsOwnReadyEndpoint() throws IOException {
    assertEquals(List.of("/v2/health/ready"), askedUntilReady(Backends.TRT, "/v2/health/ready"));
  }
}
