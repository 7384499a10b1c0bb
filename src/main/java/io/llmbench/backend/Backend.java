package io.llmbench.backend;

import io.llmbench.dataset.DatasetRow;
import java.util.List;

/**
 * A serving backend: where to POST, what to send and how to read the answer. Stateless and thread-safe.
 */
public interface Backend {
  /** The {@code backend} option value, e.g. {@code vllm-chat}. */
  String name();

  /** Path appended to the base URL, e.g. {@code /v1/chat/completions}. */
  String path();

  /** Port used when neither {@code base-url} nor {@code port} is given (spec §2.1). */
  int defaultPort();

  /** The JSON request body for one row, byte-for-byte what the reference client sends (key order included). */
  String payload(DatasetRow row, RequestOptions options);

  /**
   * Reads a whole response body (every non-empty line with its arrival time).
   *
   * @param startNanos when the request was sent (SGLang's {@code st})
   * @param requestedOutputLen the row's output length, the fallback token count where the reference uses it
   */
  ParsedResponse parse(List<StreamEvent> events, long startNanos, int requestedOutputLen);
}
