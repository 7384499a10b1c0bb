package io.llmbench.backend;

import io.llmbench.metrics.CachedTokens;
import java.util.List;

/**
 * What a backend's parser read from one response, in the reference client's terms (spec §4).
 *
 * @param success the request counts as successful (SGLang semantics plus our stricter checks)
 * @param error why it failed ("" on success)
 * @param firstTokenNanos nanoTime of the first content-bearing line, or 0 when none came
 * @param lastLineNanos nanoTime of the last non-empty line (SGLang's end of the request)
 * @param itlNanos SGLang's inter-token latencies in ns: per token for native /generate (chunk gap spread over
 *     the chunk's tokens), per content chunk for OpenAI-style backends and truss, per line for trt, none for
 *     embeddings
 * @param contentChunkNanos nanoTime of every content-bearing chunk, in order (our own per-chunk record)
 * @param contentChunkTokens tokens each content chunk carried when the stream says so (native
 *     completion_tokens deltas, usage deltas), else -1 per chunk
 * @param contentChunkChars length of the generated text after each content chunk (chunk i's text is
 *     {@code generatedText[chars(i-1), chars(i))}), so its tokens can be counted later with the client tokenizer
 * @param outputLen output tokens as the reference takes them (server count, else the requested length; 0 for
 *     embeddings)
 * @param outputLenFromServer whether {@code outputLen} came from the server (usage / meta_info)
 * @param serverPromptTokens prompt tokens reported by the server, or -1
 * @param generatedText the full generated text
 * @param cachedTokens the prefix-cache hit the server reported last, {@link CachedTokens#NONE} when none
 */
public record ParsedResponse(
    boolean success,
    String error,
    long firstTokenNanos,
    long lastLineNanos,
    List<Long> itlNanos,
    List<Long> contentChunkNanos,
    List<Integer> contentChunkTokens,
    List<Integer> contentChunkChars,
    int outputLen,
    boolean outputLenFromServer,
    int serverPromptTokens,
    String generatedText,
    CachedTokens cachedTokens) {
  /** The same observations, but the request failed (transport error, HTTP status) for the given reason. */
  public ParsedResponse failed(String reason) {
    return new ParsedResponse(false, reason, firstTokenNanos, lastLineNanos, itlNanos, contentChunkNanos,
        contentChunkTokens, contentChunkChars, outputLen, outputLenFromServer, serverPromptTokens, generatedText,
        cachedTokens);
  }

  /** Nothing usable arrived. */
  public static ParsedResponse failure(String reason, int requestedOutputLen) {
    return new ParsedResponse(false, reason, 0, 0, List.of(), List.of(), List.of(), List.of(), requestedOutputLen, false, -1, "",
        CachedTokens.NONE);
  }
}
