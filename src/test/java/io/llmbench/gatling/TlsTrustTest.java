package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import io.llmbench.mock.SelfSignedCertificate;
import io.netty.buffer.ByteBufAllocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS options: what a bad one says, and that Gatling's engine checks the host name unless told not to. */
class TlsTrustTest {

  private static TlsTrust of(Map<String, ?> options) {
    return TlsTrust.of(ConfigLoader.of(options));
  }

  private static String endpointIdentification(TlsTrust trust) {
    SSLEngine engine = trust.gatlingContexts().get().getSslContext().newEngine(ByteBufAllocator.DEFAULT, "127.0.0.1",
        443);
    return engine.getSSLParameters().getEndpointIdentificationAlgorithm();
  }

  @Test
  void theEngineChecksTheHostNameUnlessInsecure(@TempDir Path dir) throws IOException {
    assertEquals("HTTPS", endpointIdentification(of(Map.of())));
    Path ca = Files.writeString(dir.resolve("ca.pem"), SelfSignedCertificate.generate("127.0.0.1").pem());
    assertEquals("HTTPS", endpointIdentification(of(Map.of("tls.ca-file", ca.toString()))));
    assertNull(endpointIdentification(of(Map.of("tls.insecure", true))));
  }

  @Test
  void aBadCaFileOrBothOptionsAreOneClearError(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.pem");
    assertEquals("llmbench.tls.ca-file = \"" + missing + "\": expected a PEM file of certificates: there is no such file",
        assertThrows(ConfigError.class, () -> of(Map.of("tls.ca-file", missing.toString()))).getMessage());
    Path text = Files.writeString(dir.resolve("key.txt"), "not a certificate\n");
    String notPem = assertThrows(ConfigError.class, () -> of(Map.of("tls.ca-file", text.toString()))).getMessage();
    assertEquals("llmbench.tls.ca-file = \"" + text + "\": expected a PEM file of certificates: not one (",
        notPem.substring(0, notPem.indexOf('(') + 1));
    Path ca = Files.writeString(dir.resolve("ca.pem"), SelfSignedCertificate.generate("127.0.0.1").pem());
    assertEquals("llmbench.tls.insecure = true: not together with llmbench.tls.ca-file: trust that CA, or skip the"
        + " check, not both", assertThrows(ConfigError.class,
            () -> of(Map.of("tls.ca-file", ca.toString(), "tls.insecure", true))).getMessage());
  }
}
