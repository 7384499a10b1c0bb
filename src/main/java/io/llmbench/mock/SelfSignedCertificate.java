package io.llmbench.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A certificate the mock makes for itself at start, so that tests run over TLS with nothing on disk beforehand:
 * an EC P-256 key and a self-signed X.509 v3 certificate naming {@code localhost}, the loopback addresses and the
 * bound host in its subject alternative names (a client checks the address it connected to against them).
 *
 * <p>Written here in DER with the JDK alone: Netty's generator needs BouncyCastle or the JDK's internal classes,
 * which Java 17 no longer opens, and it names no IP address.
 *
 * @param key the private key, never leaves the mock
 * @param certificate what a client trusts (its own trust anchor: issuer and subject are the same)
 */
public record SelfSignedCertificate(PrivateKey key, X509Certificate certificate) {
  private static final String COMMON_NAME = "llmbench mock";
  /** ecdsa-with-SHA256 (1.2.840.10045.4.3.2). */
  private static final byte[] ECDSA_SHA256 = {0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02};
  /** id-at-commonName (2.5.4.3). */
  private static final byte[] CN = {0x06, 0x03, 0x55, 0x04, 0x03};
  /** id-ce-subjectAltName (2.5.29.17). */
  private static final byte[] SUBJECT_ALT_NAME = {0x06, 0x03, 0x55, 0x1D, 0x11};
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  /** A fresh key and certificate, valid from a day ago (clock skew) for 30 days, for {@code host} and loopback. */
  public static SelfSignedCertificate generate(String host) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256);
      KeyPair pair = generator.generateKeyPair();
      Instant now = Instant.now();
      byte[] algorithm = der(0x30, ECDSA_SHA256);
      byte[] name = der(0x30, der(0x31, der(0x30, CN, der(0x0C, COMMON_NAME.getBytes(StandardCharsets.UTF_8)))));
      byte[] tbs = der(0x30,
          der(0xA0, der(0x02, new byte[] {2})), // v3
          der(0x02, new BigInteger(64, new SecureRandom()).add(BigInteger.ONE).toByteArray()),
          algorithm,
          name,
          der(0x30, utcTime(now.minus(Duration.ofDays(1))), utcTime(now.plus(Duration.ofDays(30)))),
          name,
          pair.getPublic().getEncoded(), // SubjectPublicKeyInfo as it is
          der(0xA3, der(0x30, der(0x30, SUBJECT_ALT_NAME, der(0x04, subjectAltNames(host))))));
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(pair.getPrivate());
      signer.update(tbs);
      byte[] signature = signer.sign();
      byte[] bitString = new byte[signature.length + 1]; // leading 0: no unused bits
      System.arraycopy(signature, 0, bitString, 1, signature.length);
      byte[] encoded = der(0x30, tbs, algorithm, der(0x03, bitString));
      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(encoded));
      return new SelfSignedCertificate(pair.getPrivate(), certificate);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the mock could not make its TLS certificate: " + e.getMessage(), e);
    }
  }

  /** The certificate in PEM, what {@code llmbench.tls.ca-file} reads. */
  public String pem() {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** GeneralNames: dNSName [2] for names, iPAddress [7] for addresses. */
  private static byte[] subjectAltNames(String host) {
    Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1", host));
    List<byte[]> entries = new ArrayList<>();
    for (String n : names) {
      entries.add(isAddress(n) ? der(0x87, address(n)) : der(0x82, n.getBytes(StandardCharsets.US_ASCII)));
    }
    return der(0x30, entries.toArray(new byte[0][]));
  }

  private static boolean isAddress(String host) {
    return host.contains(":") || host.matches("[0-9.]+");
  }

  private static byte[] address(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress(); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an address: " + literal, e);
    }
  }

  private static byte[] utcTime(Instant t) {
    return der(0x17, UTC_TIME.format(t).getBytes(StandardCharsets.US_ASCII));
  }

  /** One DER element: tag, definite length, then the parts' bytes in order. */
  private static byte[] der(int tag, byte[]... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      body.writeBytes(p);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = body.size();
    if (n < 0x80) {
      out.write(n);
    } else {
      byte[] length = BigInteger.valueOf(n).toByteArray();
      int skip = length[0] == 0 ? 1 : 0;
      out.write(0x80 | (length.length - skip));
      out.write(length, skip, length.length - skip);
    }
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }
}
