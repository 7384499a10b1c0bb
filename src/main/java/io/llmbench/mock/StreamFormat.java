package io.llmbench.mock;

/**
 * The SSE events of an API that streams. The defaults are "no such event": only chat opens with a role chunk, only
 * the OpenAI shapes send a finish and a usage event, and only Triton ends without {@code [DONE]}.
 */
sealed interface StreamFormat extends ResponseFormat permits ChatFormat, CompletionsFormat, GenerateFormat, TrtFormat {

  /** The opening event sent before the first content chunk (chat's role-only delta), or null. */
  default String opening() {
    return null;
  }

  /**
   * One content event.
   *
   * @param delta the tokens of this chunk
   * @param cumulative all tokens so far, this chunk's included
   * @param cumulativeTokens how many tokens {@code cumulative} holds
   * @param last this is the final content chunk
   */
  String content(String delta, CharSequence cumulative, int cumulativeTokens, boolean last);

  /** The event after the last content chunk carrying the finish reason, or null when there is none. */
  default String finish() {
    return null;
  }

  /** The usage-only event ({@code "choices": []}), or null when the client did not ask for it or the API has none. */
  default String usage() {
    return null;
  }

  /** The stream ends with {@code data: [DONE]} (else the body just ends). */
  default boolean sendsDone() {
    return true;
  }
}
