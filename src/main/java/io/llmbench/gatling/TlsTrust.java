package io.llmbench.gatling;

import io.gatling.http.util.SslContexts;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.ConfigError;
import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import io.llmbench.report.Console;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import scala.Option;

/**
 * How an {@code https://} server's certificate is checked, the same way for the benchmark requests (Gatling's HTTP
 * engine, which on its own trusts every certificate) and for the readiness and model queries (the JDK's client):
 * by default against the system trust store, with the host name checked; against {@code tls.ca-file}'s certificates
 * only, when given; not at all with {@code tls.insecure}, which says so before load. Requests carry API keys: they
 * must not go to whoever answers.
 */
public final class TlsTrust {
  public static final OptionSpec<List<X509Certificate>> CA_FILE = OptionSpec.optionalString("tls.ca-file",
      "PEM file of the CA(s) an https server's certificate must chain to, instead of the system trust store")
      .map(null, TlsTrust::readPem).allowing("a PEM file of certificates, or null");
  public static final OptionSpec<Boolean> INSECURE = OptionSpec.bool("tls.insecure", false,
      "skip the check of an https server's certificate (warned): anyone answering gets the API key");
  public static final OptionGroup OPTIONS = new OptionGroup("TLS", List.of(CA_FILE, INSECURE));
  /** Bounds each connection of the auxiliary queries (readiness, models, server info). */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final boolean insecure;
  private final HttpClient queryClient;
  private final Option<SslContexts> gatlingContexts;

  /**
   * @param ca the only certificates trusted, or null for the system trust store
   * @param insecure trust every certificate, host name unchecked
   */
  TlsTrust(List<X509Certificate> ca, boolean insecure) {
    this.insecure = insecure;
    try {
      TrustManager trust = insecure ? new TrustingAll() : verifying(ca);
      SSLContext jdk = SSLContext.getInstance("TLS");
      jdk.init(null, new TrustManager[] {trust}, null);
      this.queryClient = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1)
          .sslContext(jdk).build();
      // HTTP/1.1 only (no ALPN), as every request here; the host name is checked unless insecure
      this.gatlingContexts = Option.apply(new SslContexts(SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
          .trustManager(trust).endpointIdentificationAlgorithm(insecure ? null : "HTTPS"), Option.empty()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS could not be set up: " + e.getMessage(), e);
    }
  }

  /** From the options; refuses a CA file together with insecure (one says "check against this", the other "don't"). */
  static TlsTrust of(BenchConfig c) {
    List<X509Certificate> ca = c.get(CA_FILE);
    boolean insecure = c.get(INSECURE);
    if (insecure && ca != null) {
      throw new ConfigError(INSECURE.key(), true, "not together with llmbench.tls.ca-file: trust that CA, or skip the"
          + " check, not both");
    }
    return new TlsTrust(ca, insecure);
  }

  /** Says, before any load, that an https target's certificate goes unchecked. */
  void warnIfInsecure(String baseUrl) {
    if (insecure && baseUrl.startsWith("https:")) {
      Console.line("llmbench: WARNING: llmbench.tls.insecure = true: the certificate of " + baseUrl + " is not checked;"
          + " whoever answers there gets the requests and their API key");
    }
  }

  /** The JDK client of the readiness, model and server-info queries. */
  HttpClient queryClient() {
    return queryClient;
  }

  /** What {@code HttpEngine.executeRequest} takes as its SSL contexts. */
  Option<SslContexts> gatlingContexts() {
    return gatlingContexts;
  }

  /**
   * When {@code e} is (or was caused by) a refused server certificate: the one-line error that ends the run before
   * load, naming the way out; else null (another TLS failure, such as a plain-HTTP server, may pass with time). The
   * deepest cause says what was wrong (no trusted path, a name not in the certificate, expired).
   */
  static String untrusted(String baseUrl, Throwable e) {
    boolean refused = false;
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      refused |= t instanceof CertificateException;
      root = t;
    }
    if (!refused) {
      return null;
    }
    return "llmbench: the TLS certificate of " + baseUrl + " was refused (" + root.getMessage() + "): set"
        + " llmbench.tls.ca-file to the PEM file of its CA, or llmbench.tls.insecure = true to skip the check";
  }

  private static TrustManager verifying(List<X509Certificate> ca) throws GeneralSecurityException {
    KeyStore store = null; // the system trust store
    if (ca != null) {
      store = KeyStore.getInstance(KeyStore.getDefaultType());
      try {
        store.load(null, null);
      } catch (IOException e) {
        throw new GeneralSecurityException(e);
      }
      for (int i = 0; i < ca.size(); i++) {
        store.setCertificateEntry("ca-" + i, ca.get(i));
      }
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory.getTrustManagers()[0];
  }

  private static List<X509Certificate> readPem(String file) {
    if (file == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .map(X509Certificate.class::cast).toList();
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("expected a PEM file of certificates: it holds none");
      }
      return certificates;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("expected a PEM file of certificates: there is no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "expected a PEM file of certificates: cannot read it (" + e.getMessage() + ")");
    } catch (CertificateException e) {
      throw new IllegalArgumentException("expected a PEM file of certificates: not one (" + e.getMessage() + ")");
    }
  }

  /**
   * Accepts every certificate. Extended, so that neither the JDK nor Netty wraps it with a host-name check of its own.
   */
  private static final class TrustingAll extends X509ExtendedTrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    // a client is never asked to trust a client: refused, as nothing should call these
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("no client certificate is trusted");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
