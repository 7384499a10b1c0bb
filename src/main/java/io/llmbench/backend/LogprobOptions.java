package io.llmbench.backend;

import java.util.List;

/**
 * The logprob options (spec §2.4). Native /generate sends all of them; completions only
 * {@code logprobs = topLogprobsNum} when {@code returnLogprob} and it is positive; other backends none.
 *
 * @param returnLogprob {@code return-logprob}
 * @param topLogprobsNum {@code top-logprobs-num}; sent when > 0
 * @param logprobStartLen {@code logprob-start-len}; native always sends it
 * @param tokenIdsLogprob {@code token-ids-logprob}, or null when not given (an empty list is sent as {@code []})
 */
public record LogprobOptions(
    boolean returnLogprob, int topLogprobsNum, int logprobStartLen, List<Integer> tokenIdsLogprob) {
  /** The reference's defaults. */
  public static final LogprobOptions NONE = new LogprobOptions(false, 0, -1, null);

  public LogprobOptions {
    tokenIdsLogprob = tokenIdsLogprob == null ? null : List.copyOf(tokenIdsLogprob);
  }

  /** The completions {@code logprobs} value, or 0 when it is not sent. */
  int completionsLogprobs() {
    return returnLogprob && topLogprobsNum > 0 ? topLogprobsNum : 0;
  }
}
