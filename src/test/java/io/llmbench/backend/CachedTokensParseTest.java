package io.llmbench.backend;

import static io.llmbench.backend.Fixtures.START;
import static io.llmbench.backend.Fixtures.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.metrics.CachedTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three places a prefix-cache hit is read from (spec §4.2–§4.4). */
class CachedTokensParseTest {
  private static CachedTokens parse(String backend, List<StreamEvent> events) {
    ParsedResponse r = Backends.forName(backend).parse(events, START, 8);
    assertTrue(r.success(), r.error());
    return r.cachedTokens();
  }

  @Test
  void nativeMetaInfoCountAndDetails() {
    CachedTokens c = parse("sglang", events(
        "data: {\"text\":\"a\",\"meta_info\":{\"completion_tokens\":1,\"prompt_tokens\":10,\"cached_tokens\":6,"
            + "\"cached_tokens_details\":{\"device\":4,\"host\":2}}}",
        "data: {\"text\":\"ab\",\"meta_info\":{\"completion_tokens\":2,\"prompt_tokens\":10,\"cached_tokens\":6,"
            + "\"cached_tokens_details\":{\"device\":4,\"host\":2}}}",
        "data: [DONE]"));
    assertEquals(6, c.count());
    assertEquals("{\"device\":4,\"host\":2}", c.details().toString());
  }

  @Test
  void nativeCountWithoutDetails() {
    CachedTokens c = parse("sglang-native", events(
        "{\"text\":\"a\",\"meta_info\":{\"completion_tokens\":1,\"cached_tokens\":3}}"));
    assertEquals(3, c.count());
    assertNull(c.details());
  }

  @Test
  void completionsSglextCountIsTheSumOfTheTiers() {
    CachedTokens c = parse("sglang-oai", events(
        "data: {\"choices\":[{\"text\":\"a\"}]}",
        "data: {\"choices\":[{\"text\":\"b\"}],\"sglext\":{\"cached_tokens_details\":"
            + "{\"device\":5,\"host\":3,\"storage\":2,\"storage_backend\":\"mooncake\"}}}",
        "data: [DONE]"));
    assertEquals(10, c.count());
    assertEquals("mooncake", c.details().path("storage_backend").textValue());
  }

  @Test
  void chatSglextOnAUsageOnlyLastChunk() {
    CachedTokens c = parse("sglang-oai-chat", events(
        "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}",
        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":1},"
            + "\"sglext\":{\"cached_tokens_details\":{\"device\":7,\"host\":0}}}",
        "data: [DONE]"));
    assertEquals(7, c.count());
    assertEquals(0, c.tier("host"));
  }

  @Test
  void openAiPathsIgnoreMetaInfoAndNothingReportedIsNone() {
    assertSame(CachedTokens.NONE, parse("sglang-oai", events(
        "data: {\"choices\":[{\"text\":\"a\"}],\"meta_info\":{\"cached_tokens\":4}}", "data: [DONE]")));
    assertSame(CachedTokens.NONE, parse("sglang", events(
        "data: {\"text\":\"a\",\"meta_info\":{\"completion_tokens\":1}}", "data: [DONE]")));
  }

  /** vLLM and other OpenAI servers report the hit in usage.prompt_tokens_details only: it counts, as in vLLM. */
  @Test
  void openAiPromptTokensDetailsCountWithoutSglext() {
    CachedTokens c = parse("vllm-chat", events(
        "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}",
        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":1,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":8}}}",
        "data: [DONE]"));
    assertEquals(8, c.count());
    assertNull(c.details());
    // SGLang's own tiers win where both are sent
    assertEquals(7, parse("sglang-oai-chat", events(
        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":1,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":8}},"
            + "\"sglext\":{\"cached_tokens_details\":{\"device\":7}}}",
        "data: [DONE]")).count());
  }
}
