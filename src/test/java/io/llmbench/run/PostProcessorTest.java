package io.llmbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.llmbench.backend.ParsedResponse;
import io.llmbench.backend.TimingRules;
import io.llmbench.metrics.CachedTokens;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostProcessorTest {
  private static final long MS = 1_000_000L;
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  private static ParsedResponse chunks(List<Integer> tokens, List<Integer> chars, String text) {
    return new ParsedResponse(true, "", 10 * MS, 50 * MS, List.of(), List.of(10 * MS, 30 * MS, 50 * MS), tokens, chars,
        4, true, 5, text, CachedTokens.NONE);
  }

  @Test
  void perTokenItlUsesTheServersCountsWhenTheStreamHasThem() {
    // chunk 1 carried 1 token 20 ms after chunk 0; chunk 2 carried 4 tokens 20 ms after chunk 1
    List<Double> itl = PostProcessor.perTokenItl(chunks(List.of(1, 1, 4), List.of(4, 8, 30), "x".repeat(30)), gpt2);
    assertEquals(List.of(0.020, 0.005, 0.005, 0.005, 0.005), itl);
  }

  @Test
  void perTokenItlCountsAChunkOfUnknownSizeWithTheClientTokenizer() {
    // " the" is 1 GPT-2 token, " of and to" 3
    String text = " a the of and to";
    List<Double> itl = PostProcessor.perTokenItl(chunks(List.of(-1, -1, -1), List.of(2, 6, 16), text), gpt2);
    assertEquals(4, itl.size());
    assertEquals(0.020, itl.get(0), 1e-12);
    assertEquals(0.020 / 3, itl.get(1), 1e-12);
  }

  @Test
  void outcomeTimesAreSecondsFromTheRunOrigin() {
    ParsedResponse p = new ParsedResponse(true, "", 1_300 * MS, 1_500 * MS, List.of(200 * MS), List.of(1_300 * MS, 1_500 * MS),
        List.of(1, 1), List.of(4, 8), 2, true, 7, " the of", CachedTokens.NONE);
    RequestRecord r = new RequestRecord(3, 0, false, 1_000 * MS, 0, 1_050 * MS, 1_100 * MS, 1_101 * MS, false, 1, 1_200 * MS, 1_600 * MS,
        200, 9, 2, p);
    var o = PostProcessor.toOutcome(r, 900 * MS, gpt2, TimingRules.SGLANG);
    assertEquals(0.1, o.scheduledTime(), 1e-12);
    assertEquals(0.2, o.startTime(), 1e-12);
    assertEquals(0.2, o.ttft(), 1e-12);
    assertEquals(0.4, o.latency(), 1e-12);
    assertEquals(List.of(0.2), o.itl());
    assertEquals(9, o.promptLen());
    assertEquals(7, o.serverPromptLen());
    assertEquals(2, o.outputLen());
    assertEquals(2, o.outputLenRetokenized());
  }

  @Test
  void withoutUsageSglangCountsTheRequestedLengthAndVllmTheGeneratedText() {
    // no server count: the parser fell back to the requested 64; the text " the of and" is 3 GPT-2 tokens
    ParsedResponse p = new ParsedResponse(true, "", 1_300 * MS, 1_500 * MS, List.of(200 * MS),
        List.of(1_300 * MS, 1_500 * MS), List.of(-1, -1), List.of(4, 11), 64, false, -1, " the of and",
        CachedTokens.NONE);
    RequestRecord r = new RequestRecord(0, 0, false, 1_000 * MS, 0, 1_000 * MS, 1_100 * MS, 1_101 * MS, false, 1,
        1_200 * MS, 1_600 * MS, 200, 9, 64, p);
    assertEquals(64, PostProcessor.toOutcome(r, 900 * MS, gpt2, TimingRules.SGLANG).outputLen());
    assertEquals(3, PostProcessor.toOutcome(r, 900 * MS, gpt2, TimingRules.VLLM).outputLen());
    assertEquals(3, PostProcessor.toOutcome(r, 900 * MS, gpt2, TimingRules.VLLM).outputLenRetokenized());
  }
}
