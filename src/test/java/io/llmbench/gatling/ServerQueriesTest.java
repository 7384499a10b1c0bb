package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.llmbench.backend.Backends;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
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
          Map.of(), new TlsTrust(null, false), 10);
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
  void aSelfSignedCertificateIsRefusedAtOnceAndTrustedWithItsCaOrInsecure() {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTls(true))) {
      long start = System.nanoTime();
      IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ServerQueries.awaitReady(
          Backends.forName(Backends.SGLANG), mock.baseUrl(), Map.of(), new TlsTrust(null, false), 30));
      assertTrue(System.nanoTime() - start < 10_000_000_000L, "no waiting for a certificate to change");
      assertEquals("llmbench: the TLS certificate of " + mock.baseUrl() + " was refused (unable to find valid"
          + " certification path to requested target): set llmbench.tls.ca-file to the PEM file of its CA, or"
          + " llmbench.tls.insecure = true to skip the check", refused.getMessage());
      assertEquals(0, mock.log().size(), "no request reached the server");

      ServerQueries.awaitReady(Backends.forName(Backends.SGLANG), mock.baseUrl(), Map.of(),
          new TlsTrust(List.of(mock.certificate().certificate()), false), 5);
      assertEquals("llmbench-mock", ServerQueries.firstModel(mock.baseUrl(), Map.of(), new TlsTrust(null, true)));
      // another server's certificate is no better than none
      MockServer other = MockServer.start(MockConfig.defaults().withTls(true));
      other.close();
      assertThrows(IllegalStateException.class, () -> ServerQueries.firstModel(mock.baseUrl(), Map.of(),
          new TlsTrust(List.of(other.certificate().certificate()), false)));
    }
  }

  @Test
  void aPlainHttpServerBehindAnHttpsUrlIsNotACertificateProblem() {
    try (MockServer plain = MockServer.start(MockConfig.defaults())) {
      String url = plain.baseUrl().replace("http:", "https:");
      IllegalStateException notReady = assertThrows(IllegalStateException.class, () -> ServerQueries.awaitReady(
          Backends.forName(Backends.SGLANG), url, Map.of(), new TlsTrust(null, false), 2));
      assertTrue(notReady.getMessage().startsWith("llmbench.ready-check-timeout-sec = 2: the server at " + url
          + " was not ready in time (last: javax.net.ssl.SSLException"), notReady.getMessage());
    }
  }

  @Test
  void tritonIsAskedItsOwnReadyEndpoint() throws IOException {
    assertEquals(List.of("/v2/health/ready"), askedUntilReady(Backends.TRT, "/v2/health/ready"));
  }
}
