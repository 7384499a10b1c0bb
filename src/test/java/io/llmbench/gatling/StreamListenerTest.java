package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatling.http.client.impl.PrematureCloseException;
import io.llmbench.backend.StreamEvent;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamListenerTest {
  private final List<RawExchange> done = new ArrayList<>();

  private StreamListener listener(boolean streaming) {
    return new StreamListener(System.nanoTime(), streaming, 16, 60_000_000_000L, 60_000_000_000L, done::add);
  }

  private static io.netty.buffer.ByteBuf bytes(byte[] b) {
    return Unpooled.wrappedBuffer(b);
  }

  @Test
  void linesSplitAcrossChunksAndMultibyteCharactersSurvive() {
    StreamListener l = listener(true);
    l.onHttpResponse(HttpResponseStatus.OK, new DefaultHttpHeaders());
    byte[] all = "data: {\"t\":\"é€\"}\n\n: ping\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);
    // cut inside the two-byte é and inside the three-byte €
    int cut1 = 12;
    int cut2 = 15;
    l.onHttpResponseBodyChunk(bytes(Arrays.copyOfRange(all, 0, cut1)), false);
    l.onHttpResponseBodyChunk(bytes(Arrays.copyOfRange(all, cut1, cut2)), false);
    l.onHttpResponseBodyChunk(bytes(Arrays.copyOfRange(all, cut2, all.length)), true);
    assertEquals(1, done.size());
    RawExchange raw = done.get(0);
    assertEquals(List.of("data: {\"t\":\"é€\"}", ": ping", "data: [DONE]"), raw.events().stream().map(StreamEvent::line).toList());
    assertNull(raw.transportError());
    assertEquals(200, raw.status());
    // lines completed by a later chunk carry that chunk's arrival time
    assertTrue(raw.events().get(0).nanos() <= raw.events().get(1).nanos());
  }

  @Test
  void linesAreStrippedOfWhiteSpaceAsStringStripDoesAndBlankOnesDropped() {
    StreamListener l = listener(true);
    l.onHttpResponse(HttpResponseStatus.OK, new DefaultHttpHeaders());
    // CRLF framing (sse-starlette's), a tab, an ideographic space (U+3000) and a no-break space (not white space
    // for String.strip, so kept) at the ends of lines, and lines of white space only
    String body = "data: {\"a\":1}\r\n\r\n\tdata: {\"b\":2} \u3000\r\n \u3000 \r\n\u00a0x\u00a0\ndata: [DONE]\r\n";
    l.onHttpResponseBodyChunk(bytes(body.getBytes(StandardCharsets.UTF_8)), true);
    List<String> expected = body.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    assertEquals(List.of("data: {\"a\":1}", "data: {\"b\":2}", "\u00a0x\u00a0", "data: [DONE]"), expected);
    assertEquals(expected, done.get(0).events().stream().map(StreamEvent::line).toList());
  }

  @Test
  void aNonStreamingOrErrorBodyIsOneEvent() {
    StreamListener l = listener(true);
    l.onHttpResponse(HttpResponseStatus.INTERNAL_SERVER_ERROR, new DefaultHttpHeaders());
    l.onHttpResponseBodyChunk(bytes("{\"error\":\n {\"message\": \"boom\"}}".getBytes(StandardCharsets.UTF_8)), true);
    RawExchange raw = done.get(0);
    assertEquals(500, raw.status());
    assertEquals("Internal Server Error", raw.reason());
    assertEquals(List.of("{\"error\":\n {\"message\": \"boom\"}}"), raw.events().stream().map(StreamEvent::line).toList());
  }

  @Test
  void aDisconnectMidStreamKeepsWhatArrivedAndCompletesOnce() {
    StreamListener l = listener(true);
    l.onHttpResponse(HttpResponseStatus.OK, new DefaultHttpHeaders());
    l.onHttpResponseBodyChunk(bytes("data: {\"a\":1}\n\ndata: {\"a\":2}\n\n".getBytes(StandardCharsets.UTF_8)), false);
    l.onThrowable(PrematureCloseException.INSTANCE);
    l.onThrowable(PrematureCloseException.INSTANCE);
    assertEquals(1, done.size());
    assertEquals(2, done.get(0).events().size());
    assertEquals("connection closed by the server mid-stream after 2 lines", done.get(0).transportError());
  }

  @Test
  void bodiesLongerThanOnePieceAreWholeWithLinesAndCharactersAcrossPieceBoundaries() {
    StreamListener l = listener(true);
    l.onHttpResponse(HttpResponseStatus.OK, new DefaultHttpHeaders());
    // three-byte characters, so piece boundaries (every ReadLines.PIECE bytes) fall inside characters and lines
    List<String> sent = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; body.length() * 3 < 3 * ReadLines.PIECE; i++) {
      String line = "data: " + i + "€".repeat(i % 97);
      sent.add(line);
      body.append(line).append("\n\n");
    }
    byte[] all = body.toString().getBytes(StandardCharsets.UTF_8);
    for (int from = 0; from < all.length; from += 1000) {
      int to = Math.min(all.length, from + 1000);
      l.onHttpResponseBodyChunk(bytes(Arrays.copyOfRange(all, from, to)), to == all.length);
    }
    assertTrue(all.length > 2 * ReadLines.PIECE, "the body spans three pieces or more");
    assertEquals(sent, done.get(0).events().stream().map(StreamEvent::line).toList());
  }
}
