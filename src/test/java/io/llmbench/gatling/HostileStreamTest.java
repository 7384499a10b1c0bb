package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.backend.Backend;
import io.llmbench.backend.Backends;
import io.llmbench.backend.ParsedResponse;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What real servers send, through our listener (network chunks as they come) and a chat backend's parser: every
 * case ends as a correct result or a failure with its reason, never an exception or a lost request.
 */
class HostileStreamTest {
  private static final Backend CHAT = Backends.forName(Backends.VLLM_CHAT);

  /** The exchange as the listener completes it, from these network chunks, then parsed. */
  private static ParsedResponse read(int status, byte[]... chunks) {
    List<RawExchange> done = new ArrayList<>();
    StreamListener l = new StreamListener(System.nanoTime(), true, 16, 60_000_000_000L, 60_000_000_000L, done::add);
    l.onHttpResponse(HttpResponseStatus.valueOf(status), new DefaultHttpHeaders());
    for (int i = 0; i < chunks.length; i++) {
      l.onHttpResponseBodyChunk(Unpooled.wrappedBuffer(chunks[i]), i == chunks.length - 1);
    }
    assertEquals(1, done.size(), "completes once");
    RawExchange raw = done.get(0);
    return CHAT.parse(raw.events(), raw.startNanos(), 8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String delta(String text) {
    return "data: {\"choices\":[{\"delta\":{\"content\":\"" + text + "\"}}]}";
  }

  /** CRLF line ends, comments, event: and id: fields, multibyte text: everything a proxy or server may add. */
  private static final String DECORATED = ": keep-alive\r\n\r\nevent: message\r\nid: 1\r\n" + delta("h\u00e9llo ") + "\r\n\r\n"
      + "id: 2\r\n" + delta("w\u20acrld") + "\r\n\r\n: ping\r\nretry: 100\r\n"
      + "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2}}\r\n\r\ndata: [DONE]\r\n\r\n";

  @Test
  void decoratedSseReadsAsThePlainStream() {
    ParsedResponse r = read(200, utf8(DECORATED));
    assertTrue(r.success(), r.error());
    assertEquals("h\u00e9llo w\u20acrld", r.generatedText());
    assertEquals(2, r.outputLen());
    assertEquals(2, r.contentChunkNanos().size());
  }

  @Test
  void splittingTheStreamAtEveryByteChangesNothing() {
    byte[] all = utf8(DECORATED);
    for (int cut = 1; cut < all.length; cut++) {
      ParsedResponse r = read(200, Arrays.copyOfRange(all, 0, cut), Arrays.copyOfRange(all, cut, all.length));
      assertTrue(r.success(), "cut at " + cut + ": " + r.error());
      assertEquals("h\u00e9llo w\u20acrld", r.generatedText(), "cut at " + cut);
      assertEquals(2, r.outputLen(), "cut at " + cut);
    }
  }

  @Test
  void oneByteChunksChangeNothing() {
    byte[] all = utf8(DECORATED);
    byte[][] bytes = new byte[all.length][];
    for (int i = 0; i < all.length; i++) {
      bytes[i] = new byte[] {all[i]};
    }
    ParsedResponse r = read(200, bytes);
    assertTrue(r.success(), r.error());
    assertEquals("h\u00e9llo w\u20acrld", r.generatedText());
  }

  @Test
  void huge16MegabyteEventsAreReadWhole() {
    for (int size : new int[] {1 << 20, 16 << 20}) {
      String big = "x".repeat(size);
      ParsedResponse r = read(200, utf8(delta(big) + "\n\n"), utf8("data: [DONE]\n\n"));
      assertTrue(r.success(), r.error());
      assertEquals(size, r.generatedText().length());
    }
  }

  @Test
  void invalidUtf8IsReplacedNotFatal() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8("data: {\"choices\":[{\"delta\":{\"content\":\"a"));
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    out.writeBytes(utf8("b\"}}]}\n\ndata: [DONE]\n\n"));
    ParsedResponse r = read(200, out.toByteArray());
    assertTrue(r.success(), r.error());
    assertTrue(r.generatedText().startsWith("a") && r.generatedText().endsWith("b"), r.generatedText());
    assertTrue(r.generatedText().contains("\uFFFD"), "replacement characters stand where the bytes were");
  }

  @Test
  void anHtmlPageWithStatus200IsAFailureWithItsReason() {
    ParsedResponse r = read(200, utf8("<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n"));
    assertFalse(r.success());
    assertFalse(r.error().isBlank(), "a reason is given");
  }

  @Test
  void aStreamCutBeforeDoneKeepsWhatArrivedAndFails() {
    ParsedResponse r = read(200, utf8(delta("partial") + "\n\n"));
    assertFalse(r.success());
    assertEquals("stream ended before [DONE]", r.error());
    assertEquals("partial", r.generatedText());
  }

  @Test
  void aStatus429IsAFailureWithTheServersWords() {
    ParsedResponse r = read(429, utf8("{\"error\":{\"message\":\"rate limited\",\"type\":\"rate_limit\"}}"));
    assertFalse(r.success());
  }
}
