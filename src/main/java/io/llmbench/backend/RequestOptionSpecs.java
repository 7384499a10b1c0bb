package io.llmbench.backend;

import static io.llmbench.config.OptionSpec.bool;
import static io.llmbench.config.OptionSpec.decimal;
import static io.llmbench.config.OptionSpec.duration;
import static io.llmbench.config.OptionSpec.integer;
import static io.llmbench.config.OptionSpec.jsonObject;
import static io.llmbench.config.OptionSpec.optionalInteger;
import static io.llmbench.config.OptionSpec.optionalIntegers;
import static io.llmbench.config.OptionSpec.optionalString;
import static io.llmbench.config.OptionSpec.string;
import static io.llmbench.config.OptionSpec.strings;

import io.llmbench.config.Compat;
import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The options of the target server and of what every request carries (bench_serving's flags of the same names). */
public final class RequestOptionSpecs {
  private RequestOptionSpecs() {}

  public static final OptionSpec<String> BACKEND = string("backend", "sglang", "the server's API, as bench_serving's --backend")
      .allowing(String.join(" | ", Backends.names()) + "; vllm mode also " + String.join(" | ", Backends.vllmNames()))
      .vllmDefault(Backends.OPENAI);
  public static final OptionSpec<String> BASE_URL = string("base-url", "mock",
      "mock starts the embedded mock server; empty: http://<host>:<port>")
      .map("mock", url -> {
        String trimmed = url.trim();
        if (!trimmed.isEmpty() && !trimmed.equals("mock") && !trimmed.matches("https?://[^/\\s]+(/\\S*)?")) {
          throw new IllegalArgumentException("expected mock, empty, or an http(s) URL such as http://127.0.0.1:30000");
        }
        return trimmed.replaceAll("/+$", "");
      }).allowing("mock, empty, or an http(s) URL");
  public static final OptionSpec<String> HOST = string("host", "127.0.0.1", "used when base-url is empty");
  public static final OptionSpec<Integer> PORT = optionalInteger("port", 1, 65535,
      "used when base-url is empty; null: the backend's port as bench_serving (30000, vllm 8000, lmdeploy 23333)");
  public static final OptionSpec<String> MODEL = optionalString("model",
      "model name sent in requests; null asks GET /v1/models for the first id");
  public static final OptionSpec<String> SERVED_MODEL_NAME = optionalString("served-model-name",
      "the model field sent in requests, when it differs from model");
  public static final OptionSpec<Boolean> DISABLE_STREAM = bool("disable-stream", false, "send non-streaming requests");
  public static final OptionSpec<Boolean> DISABLE_IGNORE_EOS = bool("disable-ignore-eos", false,
      "let the server stop at end of sequence").onlyIn(Compat.SGLANG, "ignore-eos");
  /** vLLM's {@code --ignore-eos}: off by default, but vllm bench serve turns it on for its random datasets. */
  public static final OptionSpec<Boolean> IGNORE_EOS = bool("ignore-eos", false,
      "ask the server to ignore end of sequence (always on for random and random-mm, as vllm bench serve)")
      .onlyIn(Compat.VLLM, "disable-ignore-eos");
  public static final OptionSpec<Double> TEMPERATURE = decimal("temperature", 0.0, 0.0, Double.MAX_VALUE,
      "sampling temperature (native /generate only, as bench_serving)");
  public static final OptionSpec<Double> TOP_P = decimal("top-p", 1.0, Double.MIN_VALUE, 1.0,
      "nucleus sampling (native /generate only, as bench_serving)");
  public static final OptionSpec<Map<String, Object>> EXTRA_REQUEST_BODY = jsonObject("extra-request-body", Map.of(),
      "merged into every request body where the backend merges it");
  public static final OptionSpec<Boolean> INCLUDE_USAGE = bool("include-usage", true,
      "ask OpenAI-style streams for a usage chunk, so output token counts come from the server");
  public static final OptionSpec<List<String>> HEADER = strings("header", List.of(),
      "extra Key=Value HTTP headers on every benchmark request (none on trt)");
  public static final OptionSpec<List<String>> LORA_NAME = strings("lora-name", List.of(),
      "LoRA adapters, one picked per request");
  public static final OptionSpec<String> LORA_REQUEST_DISTRIBUTION = string("lora-request-distribution", "uniform",
      "how adapters are picked: at random, round robin, or weights alpha^-i").allowing("uniform | distinct | skewed");
  public static final OptionSpec<Double> LORA_ZIPF_ALPHA = decimal("lora-zipf-alpha", 1.5, Double.MIN_VALUE,
      Double.MAX_VALUE, "alpha of the skewed adapter distribution");
  public static final OptionSpec<Boolean> RETURN_LOGPROB = bool("return-logprob", false,
      "ask for logprobs (native /generate; completions: logprobs = top-logprobs-num)");
  public static final OptionSpec<Integer> TOP_LOGPROBS_NUM = integer("top-logprobs-num", 0, 0, Integer.MAX_VALUE,
      "top logprobs per token");
  public static final OptionSpec<Integer> LOGPROB_START_LEN = integer("logprob-start-len", -1, -1, Integer.MAX_VALUE,
      "first prompt position with logprobs (native /generate)");
  public static final OptionSpec<List<Integer>> TOKEN_IDS_LOGPROB = optionalIntegers("token-ids-logprob",
      "token ids whose logprobs are returned (native /generate)");
  public static final OptionSpec<Boolean> RETURN_ROUTED_EXPERTS = bool("return-routed-experts", false,
      "ask native /generate for the routed experts");
  public static final OptionSpec<Duration> HEADER_TIMEOUT = duration("header-timeout", Duration.ofSeconds(60),
      "longest wait for the response headers; a silent server fails the request");
  public static final OptionSpec<Duration> STREAM_IDLE_TIMEOUT = duration("stream-idle-timeout", Duration.ofMinutes(5),
      "longest silence after the headers and between chunks; a stalled stream fails the request");
  public static final OptionSpec<Duration> REQUEST_TIMEOUT = duration("request-timeout", Duration.ofHours(6),
      "longest a whole request may take");

  public static final OptionGroup GROUP = new OptionGroup("target and requests", List.of(BACKEND, BASE_URL, HOST, PORT,
      MODEL, SERVED_MODEL_NAME, DISABLE_STREAM, DISABLE_IGNORE_EOS, IGNORE_EOS, TEMPERATURE, TOP_P, EXTRA_REQUEST_BODY,
      INCLUDE_USAGE, HEADER, LORA_NAME, LORA_REQUEST_DISTRIBUTION, LORA_ZIPF_ALPHA, RETURN_LOGPROB, TOP_LOGPROBS_NUM,
      LOGPROB_START_LEN, TOKEN_IDS_LOGPROB, RETURN_ROUTED_EXPERTS, HEADER_TIMEOUT, STREAM_IDLE_TIMEOUT,
      REQUEST_TIMEOUT));
}
