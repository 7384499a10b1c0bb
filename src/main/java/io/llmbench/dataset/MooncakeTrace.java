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
    return JsonLines.read(file, EXPECTED, limit).stream().map(line -> parse(file, line)).toList();
  }

  private static Request parse(Path file, JsonLines.Line line) {
    int n = line.number();
    JsonNode node = line.value();
    if (!node.isObject()) {
      throw malformed(file, n, "not a JSON object");
    }
    JsonNode timestamp = node.get("timestamp");
    if (timestamp == null || !timestamp.isIntegralNumber() || !timestamp.canConvertToLong()) {
      throw malformed(file, n, "'timestamp' is " + describe(timestamp)
          + ", not an integer of milliseconds");
    }
    JsonNode hashIds = node.get("hash_ids");
    if (hashIds == null || !hashIds.isArray()) {
      throw malformed(file, n, "'hash_ids' is " + describe(hashIds) + ", not an array");
    }
    List<Long> ids = new ArrayList<>(hashIds.size());
    for (JsonNode id : hashIds) {
      if (!id.isIntegralNumber() || !id.canConvertToLong()) {
        throw malformed(file, n, "'hash_ids' holds " + describe(id) + ", not an integer");
      }
      ids.add(id.longValue());
    }
    int outputLength = DEFAULT_OUTPUT_LENGTH;
    JsonNode output = node.get("output_length");
    if (output != null) {
      if (!output.isIntegralNumber() || !output.canConvertToInt() || output.intValue() < 0) {
        throw malformed(file, n, "'output_length' is " + describe(output)
            + ", not a count of tokens");
      }
      outputLength = output.intValue();
    }
    return new Request(timestamp.longValue(), outputLength, ids);
  }

  private static String describe(JsonNode value) {
    return JsonLines.describe(value);
  }

  private static IllegalArgumentException malformed(Path file, int line, String problem) {
    return JsonLines.malformed(file, line, problem, EXPECTED);
  }
}
