package io.llmbench.backend;

import io.llmbench.config.Compat;

/**
 * Where a streamed answer's first token and end are stamped and how ITL counts, by definition of the run's
 * {@link Compat} mode. SGLang's {@code bench_serving}: a chunk counts when it carries text, the request ends at
 * {@code [DONE]} (the last line read), native /generate spreads each gap over the tokens it reports. vLLM's
 * {@code vllm bench serve} ({@code lib/endpoint_request_func.py} @ 3aee4a4): a chunk counts when its
 * {@code choices} is non-empty, text or not (so a chat stream's role-only first chunk is the first token), the
 * completions request ends at the last such chunk and the chat request at the last data line before
 * {@code [DONE]} (usually the usage chunk), and a gap is never split. Output tokens come from the server's usage
 * wherever it arrives in both; without any, SGLang counts the requested length and vLLM the client tokenizer's count of
 * the generated text ({@code calculate_metrics} in {@code serve.py}).
 *
 * @param anyChoiceIsToken a chunk with a non-empty {@code choices} counts even without text
 * @param splitGaps a gap is spread over the tokens the chunk reports (native /generate)
 * @param completionsEnd where a non-chat stream's request ends
 * @param chatEnd where a chat stream's request ends
 * @param retokenizeWithoutUsage without a server count, output tokens are the generated text's, not the requested
 */
public record TimingRules(
    boolean anyChoiceIsToken, boolean splitGaps, End completionsEnd, End chatEnd, boolean retokenizeWithoutUsage) {
  public static final TimingRules SGLANG = new TimingRules(false, true, End.STREAM_END, End.STREAM_END, false);
  public static final TimingRules VLLM = new TimingRules(true, false, End.LAST_TOKEN_CHUNK, End.LAST_DATA_LINE, true);

  /** Where the clock of a streamed request stops. */
  public enum End {
    /** {@code [DONE]}, or the last line of a stream without it. */
    STREAM_END,
    /** The last chunk that counted as tokens. */
    LAST_TOKEN_CHUNK,
    /** The last JSON data line. */
    LAST_DATA_LINE
  }

  public static TimingRules of(Compat mode) {
    return mode == Compat.VLLM ? VLLM : SGLANG;
  }

  /** A successful response's output tokens; {@code retokenized} counts the generated text with the client's tokenizer. */
  public int outputTokens(ParsedResponse response, java.util.function.IntSupplier retokenized) {
    return retokenizeWithoutUsage && !response.outputLenFromServer() ? retokenized.getAsInt() : response.outputLen();
  }

  End end(boolean chat) {
    return chat ? chatEnd : completionsEnd;
  }
}
