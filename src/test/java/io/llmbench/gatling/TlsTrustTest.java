package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.mock.SelfSignedCertificate;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS options: what a bad one says, and that Gatling's engine checks the host name unless told not to (by the
 * setting and by a real handshake with the mock).
 */
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

  /** A handshake through the engine's SSL context with the mock, whose certificate is trusted as the CA. */
  private static Throwable handshake(MockServer mock, TlsTrust trust, String peerHost) throws InterruptedException {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try {
      SslHandler[] ssl = new SslHandler[1];
      new Bootstrap().group(group).channel(NioSocketChannel.class).handler(new ChannelInitializer<SocketChannel>() {
        @Override
        protected void initChannel(SocketChannel ch) {
          ssl[0] = trust.gatlingContexts().get().getSslContext().newHandler(ch.alloc(), peerHost, mock.port());
          ch.pipeline().addLast(ssl[0]);
        }
      }).connect("127.0.0.1", mock.port()).sync();
      return ssl[0].handshakeFuture().await().cause();
    } finally {
      group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
    }
  }

  @Test
  void aTrustedCertificateForAnotherNameIsRefused() throws Exception {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTls(true))) {
      TlsTrust trust = new TlsTrust(List.of(mock.certificate().certificate()), false);
      assertNull(handshake(mock, trust, "127.0.0.1"));
      Throwable refused = handshake(mock, trust, "llmbench.invalid");
      assertTrue(String.valueOf(TlsTrust.untrusted("https://llmbench.invalid", refused))
          .contains("(No subject alternative DNS name matching llmbench.invalid found.)"), String.valueOf(refused));
      assertNull(handshake(mock, new TlsTrust(null, true), "llmbench.invalid"), "insecure checks no name");
    }
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
