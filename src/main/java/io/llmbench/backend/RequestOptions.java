package io.llmbench.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Request options shared by every request of a run (the reference's global flags, spec §2.4).
 *
 * @param model value of the {@code model} field ({@code served-model-name}, else {@code model})
 * @param stream false with {@code disable-stream} (trt streams and embeddings do not, whatever it says)
 * @param ignoreEos false with {@code disable-ignore-eos}
 * @param temperature native /generate only, as in the reference
 * @param topP native /generate only; sent only when below 1.0
 * @param extraBody {@code extra-request-body}, merged where each backend merges it; its key order is kept
 * @param includeUsage ask OpenAI-style streams for a final usage chunk ({@code stream_options.include_usage}) so
 *     output token counts come from the server; appended after the reference's keys, never when the extra body
 *     already sets {@code stream_options}
 * @param logprobs the logprob options
 * @param returnRoutedExperts {@code return-routed-experts}, native /generate only
 * @param lora the LoRA adapters; the choice per request enters the payload through {@link RequestInput}
 */
public record RequestOptions(
    String model,
    boolean stream,
    boolean ignoreEos,
    double temperature,
    double topP,
    Map<String, Object> extraBody,
    boolean includeUsage,
    LogprobOptions logprobs,
    boolean returnRoutedExperts,
    LoraSelection lora) {
  public RequestOptions {
    extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
    Objects.requireNonNull(logprobs, "logprobs");
    Objects.requireNonNull(lora, "lora");
  }

  /** The same options with another extra body (a row's own merged over the run's). */
  public RequestOptions withExtraBody(Map<String, Object> body) {
    return new RequestOptions(model, stream, ignoreEos, temperature, topP, body, includeUsage, logprobs,
        returnRoutedExperts, lora);
  }
}
