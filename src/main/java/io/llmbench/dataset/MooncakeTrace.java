package io.llmbench.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader of the Mooncake traces (kvcache-ai/Mooncake {@code FAST25-release}, Apache-2.0): JSON
 * Lines, one object per request, {@code {"timestamp": <ms>, "input_length": <tokens>,
 * "output_length": <tokens>, "hash_ids": [<int>, ...]}}.
 *
 * <p>Only the fields SGLang uses are read: {@code timestamp} (required, an integer of
 * milliseconds), {@code hash_ids} (required, an array of integers) and {@code output_length}
 * (optional, a non-negative integer, {@value #DEFAULT_OUTPUT_LENGTH} when absent, as in SGLang's
 * {@code record.get("output_length", 256)}). Other keys, {@code input_length} included, are
 * ignored. Blank lines are skipped (SGLang's {@code json.loads} would fail on them). Reading stops
 * once the wanted number of records is read, so later lines are not checked.
 */
final class MooncakeTrace {
  static final int DEFAULT_OUTPUT_LENGTH = 256;
  static final String EXPECTED = "a Mooncake trace in JSON Lines: one object per line such as"
      + " {\"timestamp\": 0, \"input_length\": 6758, \"output_length\": 500,"
      + " \"hash_ids\": [0, 1, 2]}";

  /**
   * One request of the trace.
   *
   * @param timestampMs arrival time, milliseconds from the trace's start
   * @param outputLength output tokens
   * @param hashIds ids of the prompt's 512-token blocks, shared between requests with a common
   *     prefix
   */
  record Request(long timestampMs, int outputLength, List<Long> hashIds) {
    Request {
      hashIds = List.copyOf(hashIds);
    }
  }

  private MooncakeTrace() {}

  /**
   * The first {@code limit} records, in file order.
   *
   * @throws IllegalArgumentException naming the file, the line and what was expected for a line
   *     that is not such a record
   */
  static List<Request> load(Path file, int limit) {
    List<Request> requests = new ArrayList<>(Math.min(limit, 1 << 16));
    if (limit == 0) {
      return requests;
    }
    JsonLines lines = new JsonLines(file, EXPECTED);
    try {
      lines.forEachObject((n, node) -> {
        requests.add(parse(lines, n, node));
        if (requests.size() == limit) {
          throw new Stop();
        }
      });
    } catch (Stop done) {
      // The wanted records are read.
    }
    return requests;
  }

  private static Request parse(JsonLines lines, int n, JsonNode node) {
    JsonNode timestamp = node.get("timestamp");
    if (timestamp == null || !timestamp.isIntegralNumber() || !timestamp.canConvertToLong()) {
      throw lines.malformed(n, "'timestamp' is " + JsonLines.describe(timestamp)
          + ", not an integer of milliseconds");
    }
    JsonNode hashIds = node.get("hash_ids");
    if (hashIds == null || !hashIds.isArray()) {
      throw lines.malformed(n, "'hash_ids' is " + JsonLines.describe(hashIds) + ", not an array");
    }
    List<Long> ids = new ArrayList<>(hashIds.size());
    for (JsonNode id : hashIds) {
      if (!id.isIntegralNumber() || !id.canConvertToLong()) {
        throw lines.malformed(n, "'hash_ids' holds " + JsonLines.describe(id) + ", not an integer");
      }
      ids.add(id.longValue());
    }
    int outputLength = DEFAULT_OUTPUT_LENGTH;
    JsonNode output = node.get("output_length");
    if (output != null) {
      if (!output.isIntegralNumber() || !output.canConvertToInt() || output.intValue() < 0) {
        throw lines.malformed(n, "'output_length' is " + JsonLines.describe(output)
            + ", not a count of tokens");
      }
      outputLength = output.intValue();
    }
    return new Request(timestamp.longValue(), outputLength, ids);
  }

  /** Ends the reading early. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }
}
