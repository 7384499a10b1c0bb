package io.llmbench.backend;

import static io.llmbench.backend.Fixtures.START;
import static io.llmbench.backend.Fixtures.body;
import static io.llmbench.backend.Fixtures.events;
import static io.llmbench.backend.Fixtures.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsers on recorded streams (src/test/resources/backend/stream); every expected time is exact. */
class ParseTest {
  private static final long MS = 1_000_000L;
  private static final int REQUESTED = 64;

  private static ParsedResponse parse(String backend, List<StreamEvent> events) {
    return Backends.forName(backend).parse(events, START, REQUESTED);
  }

  private static void assertSuccess(ParsedResponse r) {
    assertTrue(r.success(), r.error());
    assertEquals("", r.error());
  }

  private static void assertFailure(ParsedResponse r, String expectedError) {
    assertFalse(r.success());
    assertTrue(r.error().contains(expectedError), r.error());
  }

  @Nested
  class Chat {
    @ParameterizedTest
    @ValueSource(strings = {"vllm-chat", "sglang-oai-chat", "lmdeploy-chat"})
    void reasoningRoleOnlyEmptyDeltaAndUsageOnlyLastChunk(String backend) {
      ParsedResponse r = parse(backend, stream("vllm-chat-reasoning-usage.sse"));
      assertSuccess(r);
      // The role-only delta at 1100 ms is not the first token; the empty delta at 1200 ms is no chunk.
      assertEquals(1150 * MS, r.firstTokenNanos());
      assertEquals(1270 * MS, r.lastLineNanos());
      assertEquals(List.of(30 * MS, 50 * MS, 20 * MS), r.itlNanos());
      assertEquals(List.of(1150 * MS, 1180 * MS, 1230 * MS, 1250 * MS), r.contentChunkNanos());
      assertEquals(List.of(-1, -1, -1, -1), r.contentChunkTokens());
      assertEquals(6, r.outputLen());
      assertTrue(r.outputLenFromServer());
      assertEquals(15, r.serverPromptTokens());
      assertEquals("Easy: Paris.Paris.", r.generatedText());
    }

    @Test
    void reasoningFieldWhenReasoningContentAbsentOrEmpty() {
      ParsedResponse r = parse("vllm-chat", stream("vllm-chat-kimi-reasoning.sse"));
      assertSuccess(r);
      assertEquals(1140 * MS, r.firstTokenNanos());
      assertEquals(List.of(25 * MS, 25 * MS), r.itlNanos());
      assertEquals("Hmm. Paris it is.Paris", r.generatedText());
      assertEquals(REQUESTED, r.outputLen());
      assertFalse(r.outputLenFromServer());
      assertEquals(-1, r.serverPromptTokens());
      assertEquals(1195 * MS, r.lastLineNanos());
    }

    @Test
    void usageOnEveryChunkGivesTokensPerChunk() {
      ParsedResponse r = parse("vllm-chat", stream("vllm-chat-continuous-usage.sse"));
      assertSuccess(r);
      assertEquals(1120 * MS, r.firstTokenNanos());
      assertEquals(List.of(30 * MS, 20 * MS), r.itlNanos());
      assertEquals(List.of(1120 * MS, 1150 * MS, 1170 * MS), r.contentChunkNanos());
      assertEquals(List.of(1, 2, 1), r.contentChunkTokens());
      assertEquals(4, r.outputLen());
      assertEquals(42, r.serverPromptTokens());
      assertEquals(1172 * MS, r.lastLineNanos());
    }

    @Test
    void noContentButDoneIsSuccessWithZeroTtft() {
      ParsedResponse r = parse("sglang-oai-chat", events(
          "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}",
          "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
          "data: [DONE]"));
      assertSuccess(r);
      assertEquals(0, r.firstTokenNanos());
      assertEquals(START + 30 * MS, r.lastLineNanos());
      assertEquals(List.of(), r.itlNanos());
      assertEquals(List.of(), r.contentChunkNanos());
      assertEquals(List.of(), r.contentChunkTokens());
      assertEquals(REQUESTED, r.outputLen());
      assertEquals("", r.generatedText());
    }

    @Test
    void inStreamErrorFailsWithTheServerMessage() {
      assertFailure(parse("vllm-chat", stream("vllm-chat-error.sse")),
          "server error in response: CUDA error: an illegal memory access was encountered");
    }

    @Test
    void streamWithoutDoneFails() {
      ParsedResponse r = parse("sglang-oai-chat", stream("sglang-chat-truncated.sse"));
      assertFailure(r, "stream ended before [DONE]");
      assertEquals(1120 * MS, r.lastLineNanos());
      // what arrived before the cut is kept: nothing measured is lost
      assertFalse(r.contentChunkNanos().isEmpty());
      assertFalse(r.generatedText().isEmpty());
    }

    @Test
    void nonStreamingBodyOverSeveralLines() {
      ParsedResponse r = parse("vllm-chat", body("vllm-chat-body.json", 1500 * MS));
      assertSuccess(r);
      assertEquals(1500 * MS, r.firstTokenNanos());
      assertEquals(1500 * MS, r.lastLineNanos());
      assertEquals(List.of(), r.itlNanos());
      assertEquals(List.of(1500 * MS), r.contentChunkNanos());
      assertEquals(List.of(11), r.contentChunkTokens());
      assertEquals(11, r.outputLen());
      assertTrue(r.outputLenFromServer());
      assertEquals(15, r.serverPromptTokens());
      assertEquals("Capital of France.Paris.", r.generatedText());
    }
  }

  @Nested
  class Completions {
    @ParameterizedTest
    @ValueSource(strings = {"vllm", "sglang-oai", "lmdeploy"})
    void usageFromTheUsageOnlyLastChunk(String backend) {
      ParsedResponse r = parse(backend, stream("vllm-completions-usage.sse"));
      assertSuccess(r);
      assertEquals(1200 * MS, r.firstTokenNanos());
      assertEquals(1300 * MS, r.lastLineNanos());
      assertEquals(List.of(40 * MS, 30 * MS), r.itlNanos());
      assertEquals(List.of(1200 * MS, 1240 * MS, 1270 * MS), r.contentChunkNanos());
      assertEquals(List.of(-1, -1, -1), r.contentChunkTokens());
      assertEquals(4, r.outputLen());
      assertTrue(r.outputLenFromServer());
      assertEquals(8, r.serverPromptTokens());
      assertEquals(" Paris, France", r.generatedText());
    }

    @Test
    void noUsageFallsBackToTheRequestedLength() {
      ParsedResponse r = parse("sglang-oai", stream("sglang-completions-no-usage.sse"));
      assertSuccess(r);
      assertEquals(1300 * MS, r.firstTokenNanos());
      assertEquals(List.of(25 * MS), r.itlNanos());
      assertEquals(REQUESTED, r.outputLen());
      assertFalse(r.outputLenFromServer());
      assertEquals(" Paris.", r.generatedText());
      assertEquals(1330 * MS, r.lastLineNanos());
    }

    @Test
    void nonStreamingBody() {
      ParsedResponse r = parse("sglang-oai", body("sglang-completions-body.json", 1400 * MS));
      assertSuccess(r);
      assertEquals(1400 * MS, r.firstTokenNanos());
      assertEquals(1400 * MS, r.lastLineNanos());
      assertEquals(List.of(), r.itlNanos());
      assertEquals(4, r.outputLen());
      assertEquals(8, r.serverPromptTokens());
      assertEquals(" Paris, France.", r.generatedText());
    }

    @Test
    void errorObjectBodyFails() {
      assertFailure(parse("vllm", events(
              "{\"object\":\"error\",\"message\":\"max_tokens is too large\",\"type\":\"BadRequestError\","
                  + "\"param\":null,\"code\":400}")),
          "server error in response: max_tokens is too large");
    }
  }

  @Nested
  class Native {
    @ParameterizedTest
    @ValueSource(strings = {"sglang", "sglang-native"})
    void cumulativeTextPerTokenItlZeroDeltaSkipAndIgnoredSseLines(String backend) {
      ParsedResponse r = parse(backend, stream("sglang-generate-cumulative.sse"));
      assertSuccess(r);
      assertEquals(1200 * MS, r.firstTokenNanos());
      assertEquals(1310 * MS, r.lastLineNanos());
      // completion_tokens 1, 3, 3, 4: the 60 ms gap is spread over 2 tokens; the object at 1280 ms adds no
      // token and is skipped, so the last token's gap is measured from 1260 ms.
      assertEquals(List.of(30 * MS, 30 * MS, 40 * MS), r.itlNanos());
      assertEquals(List.of(1200 * MS, 1260 * MS, 1300 * MS), r.contentChunkNanos());
      assertEquals(List.of(1, 2, 1), r.contentChunkTokens());
      assertEquals(4, r.outputLen());
      assertTrue(r.outputLenFromServer());
      assertEquals(7, r.serverPromptTokens());
      assertEquals("Paris, the capital", r.generatedText());
    }

    @Test
    void unevenGapIsSplitInWholeNanoseconds() {
      ParsedResponse r = parse("sglang", events(
          "data: {\"text\":\"a\",\"meta_info\":{\"completion_tokens\":1}}",
          "data: {\"text\":\"abcd\",\"meta_info\":{\"completion_tokens\":4}}",
          "data: [DONE]"));
      assertEquals(List.of(3_333_333L, 3_333_333L, 3_333_333L), r.itlNanos());
    }

    @Test
    void textWithoutCompletionTokensFails() {
      assertFailure(parse("sglang", stream("sglang-generate-missing-tokens.sse")),
          "/generate object has text but no meta_info.completion_tokens");
    }

    @Test
    void decreasingCompletionTokensFails() {
      assertFailure(parse("sglang", events(
              "data: {\"text\":\"ab\",\"meta_info\":{\"completion_tokens\":2}}",
              "data: {\"text\":\"x\",\"meta_info\":{\"completion_tokens\":1}}",
              "data: [DONE]")),
          "meta_info.completion_tokens went down to 1");
    }

    @Test
    void errorStringFails() {
      assertFailure(parse("sglang", events("data: {\"error\":\"Request aborted\"}", "data: [DONE]")),
          "server error in response: Request aborted");
    }

    @Test
    void nonStreamingBody() {
      ParsedResponse r = parse("sglang", body("sglang-generate-body.json", 1450 * MS));
      assertSuccess(r);
      assertEquals(1450 * MS, r.firstTokenNanos());
      assertEquals(1450 * MS, r.lastLineNanos());
      assertEquals(List.of(), r.itlNanos());
      assertEquals(List.of(4), r.contentChunkTokens());
      assertEquals(4, r.outputLen());
      assertEquals(7, r.serverPromptTokens());
      assertEquals("Paris, France.", r.generatedText());
    }
  }

  @Nested
  class Trt {
    @Test
    void everyLineIsAChunkAndTheStreamEndsWithTheBody() {
      ParsedResponse r = parse("trt", stream("trt-stream.sse"));
      assertSuccess(r);
      assertEquals(1100 * MS, r.firstTokenNanos());
      assertEquals(1190 * MS, r.lastLineNanos());
      // the empty last text_output is still a chunk: its gap counts, as in the reference
      assertEquals(List.of(30 * MS, 15 * MS, 45 * MS), r.itlNanos());
      assertEquals(List.of(1100 * MS, 1130 * MS, 1145 * MS, 1190 * MS), r.contentChunkNanos());
      assertEquals(List.of(-1, -1, -1, -1), r.contentChunkTokens());
      assertEquals(REQUESTED, r.outputLen());
      assertFalse(r.outputLenFromServer());
      assertEquals(-1, r.serverPromptTokens());
      assertEquals("Paris is the capital", r.generatedText());
    }

    @Test
    void lineWithoutTextOutputFails() {
      ParsedResponse r = parse("trt", stream("trt-missing-text-output.sse"));
      assertFailure(r, "trt object has no text_output string");
      assertEquals("Paris", r.generatedText());
    }

    @Test
    void errorLineFailsWithTheServerMessage() {
      assertFailure(parse("trt", events(
              "data: {\"text_output\":\"Paris\"}",
              "data: {\"error\":\"in ensemble 'ensemble', Encountered an error in forward function\"}")),
          "server error in response: in ensemble 'ensemble', Encountered an error in forward function");
    }
  }

  @Nested
  class Truss {
    @Test
    void completionsChunksWithoutServerCounts() {
      ParsedResponse r = parse("truss", stream("truss-stream.sse"));
      assertSuccess(r);
      assertEquals(1200 * MS, r.firstTokenNanos());
      assertEquals(1265 * MS, r.lastLineNanos());
      assertEquals(List.of(50 * MS), r.itlNanos());
      assertEquals(List.of(1200 * MS, 1250 * MS), r.contentChunkNanos());
      assertEquals(List.of(-1, -1), r.contentChunkTokens());
      assertEquals(REQUESTED, r.outputLen());
      assertFalse(r.outputLenFromServer());
      assertEquals(-1, r.serverPromptTokens());
      assertEquals(" Paris, France", r.generatedText());
    }

    @Test
    void streamWithoutDoneFails() {
      ParsedResponse r = parse("truss", stream("truss-truncated.sse"));
      assertFailure(r, "stream ended before [DONE]");
      assertEquals(" Paris", r.generatedText());
    }

    @Test
    void nonStreamingBodyKeepsTheRequestedLength() {
      ParsedResponse r = parse("truss", body("sglang-completions-body.json", 1400 * MS));
      assertSuccess(r);
      assertEquals(1400 * MS, r.firstTokenNanos());
      assertEquals(1400 * MS, r.lastLineNanos());
      assertEquals(List.of(), r.itlNanos());
      assertEquals(REQUESTED, r.outputLen());
      assertEquals(-1, r.serverPromptTokens());
      assertEquals(" Paris, France.", r.generatedText());
    }
  }

  @Nested
  class Embeddings {
    @ParameterizedTest
    @CsvSource({"vllm-embedding, vllm-embedding-body.json", "sglang-embedding, sglang-embedding-body.json"})
    void bodyWithDataIsASuccessWithNothingGenerated(String backend, String file) {
      ParsedResponse r = parse(backend, body(file, 1050 * MS));
      assertSuccess(r);
      assertEquals(0, r.firstTokenNanos()); // TTFT 0
      assertEquals(1050 * MS, r.lastLineNanos());
      assertEquals(List.of(), r.itlNanos());
      assertEquals(List.of(), r.contentChunkNanos());
      assertEquals(0, r.outputLen()); // not the row's length
      assertFalse(r.outputLenFromServer());
      assertEquals(-1, r.serverPromptTokens()); // the reference keeps the row's prompt length
      assertEquals("", r.generatedText());
    }

    @Test
    void bodyWithoutDataFails() {
      assertFailure(parse("vllm-embedding", events("{\"object\":\"list\",\"model\":\"e5\"}")),
          "embeddings response has no data list");
    }

    @Test
    void nonJsonBodyFails() {
      assertFailure(parse("sglang-embedding", events("Internal Server Error")),
          "response line is not JSON: Internal Server Error");
    }

    @Test
    void emptyBodyFails() {
      assertFailure(parse("sglang-embedding", List.of()), "empty response body");
    }
  }

  /** Bodies of non-200 answers: the transport adds the status, the parser must still give the server's reason. */
  static Stream<Arguments> errorBodies() {
    return Stream.of(
        Arguments.of("vllm-embedding", "{\"object\":\"error\",\"message\":\"This model's maximum context length is 512"
            + " tokens.\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}",
            "This model's maximum context length is 512 tokens."),
        Arguments.of("sglang-embedding", "{\"error\":{\"message\":\"The model `x` does not exist.\","
            + "\"type\":\"NotFoundError\",\"code\":404}}", "The model `x` does not exist."),
        Arguments.of("trt", "{\"error\":\"Request for unknown model: 'ensemble' is not found\"}",
            "Request for unknown model: 'ensemble' is not found"),
        Arguments.of("truss", "{\"error\":\"Model is not ready\"}", "Model is not ready"),
        Arguments.of("sglang", "{\"error\":{\"message\":\"Input length exceeds the context length\"}}",
            "Input length exceeds the context length"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorBodies")
  void nonOkJsonErrorBodiesGiveTheServerMessage(String backend, String errorBody, String message) {
    assertFailure(parse(backend, events(errorBody)), "server error in response: " + message);
  }

  /** disable-stream: every backend that can stream reads the one JSON answer, TTFT = E2E, no ITL. */
  @ParameterizedTest
  @CsvSource({
    "sglang, sglang-generate-body.json, 'Paris, France.'",
    "sglang-native, sglang-generate-body.json, 'Paris, France.'",
    "sglang-oai, sglang-completions-body.json, ' Paris, France.'",
    "vllm, sglang-completions-body.json, ' Paris, France.'",
    "lmdeploy, sglang-completions-body.json, ' Paris, France.'",
    "truss, sglang-completions-body.json, ' Paris, France.'",
    "sglang-oai-chat, vllm-chat-body.json, Capital of France.Paris.",
    "vllm-chat, vllm-chat-body.json, Capital of France.Paris.",
    "lmdeploy-chat, vllm-chat-body.json, Capital of France.Paris.",
  })
  void nonStreamingBodyForEveryOptionallyStreamingBackend(String backend, String file, String text) {
    assertEquals(Backend.Streaming.OPTIONAL, Backends.forName(backend).streaming());
    ParsedResponse r = parse(backend, body(file, 1500 * MS));
    assertSuccess(r);
    assertEquals(1500 * MS, r.firstTokenNanos());
    assertEquals(1500 * MS, r.lastLineNanos());
    assertEquals(List.of(), r.itlNanos());
    assertEquals(text, r.generatedText());
  }

  @Nested
  class Framing {
    @Test
    void nonJsonDataLineFailsNamingTheLine() {
      assertFailure(parse("vllm-chat", events("data: <html><body>502 Bad Gateway</body></html>")),
          "response line is not JSON: <html><body>502 Bad Gateway</body></html>");
    }

    @Test
    void longNonJsonLineIsTruncatedInTheMessage() {
      String junk = "x".repeat(5000);
      ParsedResponse r = parse("vllm", events("data: " + junk, "data: [DONE]"));
      assertFailure(r, "x".repeat(200) + "...");
      assertTrue(r.error().length() < 300, r.error());
    }

    @Test
    void jsonThatIsNotAnObjectFails() {
      assertFailure(parse("vllm", events("data: [1, 2]", "data: [DONE]")), "not a JSON object: [1, 2]");
    }

    @Test
    void emptyBodyFails() {
      ParsedResponse r = parse("vllm", List.of());
      assertFailure(r, "empty response body");
      assertEquals(START, r.lastLineNanos());
    }

    @Test
    void linesAfterDoneAreNotRead() {
      ParsedResponse r = parse("vllm", events(
          "data: {\"choices\":[{\"index\":0,\"text\":\"hi\"}]}", "data: [DONE]", "data: not json"));
      assertSuccess(r);
      assertEquals(START + 20 * MS, r.lastLineNanos());
    }
  }
}
