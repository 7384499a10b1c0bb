package io.llmbench.metrics;

import java.util.List;

/**
 * One measured request, as the metric math sees it. Times are seconds on one monotonic clock
 * (a {@code System.nanoTime()} origin shared by the whole run).
 *
 * @param success counted in SGLang's population S
 * @param error "" on success
 * @param promptLen the dataset row's prompt length (SGLang's total_input uses this, not the server's count)
 * @param serverPromptLen server-reported prompt tokens when sent, else the dataset value (SGLang's input_lens)
 * @param textPromptLen text part of the prompt (= promptLen for text datasets)
 * @param visionPromptLen vision part of the prompt (0 for text datasets)
 * @param outputLen output tokens as the reference takes them (0 for failures)
 * @param outputLenRetokenized len(tokenizer.encode(generated text, add_special_tokens=False))
 * @param scheduledTime intended send time
 * @param startTime actual send time (SGLang's start_time / st, after the concurrency queue)
 * @param ttft seconds from start to the first content chunk (0 when none)
 * @param latency seconds from start to the last non-empty line (SGLang's E2E)
 * @param itl SGLang's ITL entries in seconds (per token on native, per chunk on OpenAI-style paths)
 * @param perTokenItl the same gaps spread evenly over the tokens each chunk carried (our per-token ITL)
 * @param generatedText the full text
 * @param cachedTokens the prefix-cache hit the server reported ({@link CachedTokens#NONE} when none)
 */
public record RequestOutcome(
    boolean success,
    String error,
    int promptLen,
    int serverPromptLen,
    int textPromptLen,
    int visionPromptLen,
    int outputLen,
    int outputLenRetokenized,
    double scheduledTime,
    double startTime,
    double ttft,
    double latency,
    List<Double> itl,
    List<Double> perTokenItl,
    String generatedText,
    CachedTokens cachedTokens) {
  public RequestOutcome {
    itl = List.copyOf(itl);
    perTokenItl = List.copyOf(perTokenItl);
  }
}
