package io.llmbench.backend;

import static io.llmbench.backend.Fixtures.START;
import static io.llmbench.backend.Fixtures.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.Compat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where TTFT and the request's end are stamped, and how ITL counts, in each mode, on hand-built streams whose i-th
 * line arrives at (i + 1) × 10 ms.
 */
class TimingRulesTest {
  private static final long MS = 1_000_000L;
  private static final int REQUESTED = 64;

  /** role-only, "a", "b", the finish chunk (empty delta), the usage-only chunk, [DONE]: 10 ms to 60 ms. */
  private static final List<StreamEvent> CHAT = events(
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}",
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}",
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"b\"}}]}",
      "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}",
      "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}",
      "data: [DONE]");

  /** "a", an empty-text choice (a special token), "b", the usage-only chunk, [DONE]: 10 ms to 50 ms. */
  private static final List<StreamEvent> COMPLETIONS = events(
      "data: {\"choices\":[{\"index\":0,\"text\":\"a\"}]}",
      "data: {\"choices\":[{\"index\":0,\"text\":\"\"}]}",
      "data: {\"choices\":[{\"index\":0,\"text\":\"b\"}]}",
      "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3}}",
      "data: [DONE]");

  private static ParsedResponse parse(String backend, Compat mode, List<StreamEvent> events) {
    ParsedResponse r = Backends.forName(backend, mode).parse(events, START, REQUESTED);
    assertTrue(r.success(), r.error());
    return r;
  }

  private static long at(int ms) {
    return START + ms * MS;
  }

  @Test
  void chatSglangWaitsForTextAndEndsAtDone() {
    ParsedResponse r = parse(Backends.VLLM_CHAT, Compat.SGLANG, CHAT);
    assertEquals(at(20), r.firstTokenNanos());
    assertEquals(at(60), r.lastLineNanos());
    assertEquals(List.of(10 * MS), r.itlNanos());
    assertEquals(2, r.outputLen());
  }

  @Test
  void chatVllmTakesTheRoleOnlyChunkAsFirstTokenAndEndsAtTheLastDataLine() {
    for (String name : List.of("openai-chat", Backends.VLLM_CHAT)) {
      ParsedResponse r = parse(name, Compat.VLLM, CHAT);
      assertEquals(at(10), r.firstTokenNanos(), name);
      // every chunk with a choice is an ITL entry, the finish chunk too; the usage chunk is not, but ends the clock
      assertEquals(List.of(10 * MS, 10 * MS, 10 * MS), r.itlNanos(), name);
      assertEquals(at(50), r.lastLineNanos(), name);
      assertEquals(2, r.outputLen(), name);
      assertEquals("ab", r.generatedText(), name);
    }
  }

  @Test
  void completionsSglangCountsTextChunksAndEndsAtDone() {
    ParsedResponse r = parse(Backends.VLLM, Compat.SGLANG, COMPLETIONS);
    assertEquals(at(10), r.firstTokenNanos());
    assertEquals(List.of(20 * MS), r.itlNanos());
    assertEquals(at(50), r.lastLineNanos());
  }

  @Test
  void completionsVllmCountsEveryChoiceAndEndsAtTheLastOne() {
    ParsedResponse r = parse(Backends.OPENAI, Compat.VLLM, COMPLETIONS);
    assertEquals(at(10), r.firstTokenNanos());
    assertEquals(List.of(10 * MS, 10 * MS), r.itlNanos());
    assertEquals(at(30), r.lastLineNanos());
    assertEquals(3, r.outputLen());
  }

  @Test
  void usageOnTheLastContentChunkCountsInBothModes() {
    // llama.cpp's shape: vLLM's client reads usage only from a chunk without choices and would count 0 here
    List<StreamEvent> llamaCpp = events(
        "data: {\"choices\":[{\"index\":0,\"text\":\"a\"}]}",
        "data: {\"choices\":[{\"index\":0,\"text\":\"b\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}",
        "data: [DONE]");
    for (Compat mode : Compat.values()) {
      ParsedResponse r = parse(Backends.VLLM, mode, llamaCpp);
      assertEquals(2, r.outputLen(), mode.key());
      assertTrue(r.outputLenFromServer(), mode.key());
    }
  }

  @Test
  void nativeGapsAreSplitOverTheirTokensOnlyInSglangMode() {
    List<StreamEvent> generate = events(
        "data: {\"text\":\"a b\",\"meta_info\":{\"completion_tokens\":2}}",
        "data: {\"text\":\"a b c d\",\"meta_info\":{\"completion_tokens\":4}}",
        "data: [DONE]");
    assertEquals(List.of(5 * MS, 5 * MS), parse(Backends.SGLANG, Compat.SGLANG, generate).itlNanos());
    assertEquals(List.of(10 * MS), parse(Backends.SGLANG, Compat.VLLM, generate).itlNanos());
  }

  @Test
  void vllmNamesMapOntoOurRowsOnlyInVllmMode() {
    Backend openai = Backends.forName(Backends.OPENAI, Compat.VLLM);
    assertEquals(Backends.OPENAI, openai.name());
    assertEquals("/v1/completions", openai.path());
    assertEquals(8000, openai.defaultPort());
    Backend chat = Backends.forName("openai-chat", Compat.VLLM);
    assertEquals("/v1/chat/completions", chat.path());
    assertTrue(chat.isChat());
    assertEquals(8000, chat.defaultPort(), "vllm bench serve's port whatever the backend");
    assertTrue(Backends.forName("openai-embeddings", Compat.VLLM).isEmbedding());
    assertEquals(30000, Backends.forName(Backends.VLLM_CHAT, Compat.SGLANG).defaultPort(), "sglang mode unchanged");

    String sglang = assertThrows(IllegalArgumentException.class,
        () -> Backends.forName(Backends.OPENAI, Compat.SGLANG)).getMessage();
    assertTrue(sglang.contains("'openai' is vLLM's name, it exists only in vllm mode (llmbench.compat = vllm)"), sglang);
    String audio = assertThrows(IllegalArgumentException.class,
        () -> Backends.forName("openai-audio", Compat.VLLM)).getMessage();
    assertTrue(audio.startsWith("option backend: vLLM's 'openai-audio' is not supported: needs audio"), audio);
  }
}
