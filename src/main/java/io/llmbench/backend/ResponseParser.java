package io.llmbench.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a whole response the way the reference's request functions do (spec §4.2–§4.7), for any {@link Protocol}.
 *
 * <p>Where streaming is optional, whether the answer streams is read from the body, not the options, since the
 * extra body can override {@code stream}: a body whose first line starts with <code>{</code> is one JSON document
 * (possibly spread over lines); anything else is a server-sent-event stream. trt always streams, embeddings never.
 *
 * <p>Stricter than the reference (spec §10.2, §13 item 9), which counts these as successes or crashes on them: an
 * error object in the body fails the request with the server's message, as does an optional stream cut before
 * {@code [DONE]}. More tolerant: SSE comments ({@code : ping}) and {@code event:}/{@code id:}/{@code retry:} fields
 * are skipped instead of failing JSON parsing.
 */
final class ResponseParser {
  private static final String DONE = "[DONE]";

  private ResponseParser() {}

  static ParsedResponse parse(Protocol protocol, TimingRules rules, List<StreamEvent> events, long startNanos,
      int fallbackOutputLen) {
    if (events.isEmpty()) {
      return Accumulator.failure("empty response body", startNanos);
    }
    long lastNanos = events.get(events.size() - 1).nanos();
    Accumulator accumulator = new Accumulator(protocol.textMode(), rules, fallbackOutputLen);
    try {
      return switch (protocol.streaming()) {
        case NEVER -> readBody(protocol, events, lastNanos, accumulator);
        case ALWAYS -> readStream(protocol, rules, events, lastNanos, accumulator, false);
        case OPTIONAL -> events.get(0).line().startsWith("{")
            ? readBody(protocol, events, lastNanos, accumulator)
            : readStream(protocol, rules, events, lastNanos, accumulator, true);
      };
    } catch (BadResponseException e) {
      // keep what was measured before the failure: chunk times, text, tokens
      return accumulator.success(lastNanos).failed(e.getMessage());
    }
  }

  /** The non-streaming answer: one object, TTFT = E2E = when its last line arrived, no ITL. */
  private static ParsedResponse readBody(
      Protocol protocol, List<StreamEvent> events, long lastNanos, Accumulator accumulator)
      throws BadResponseException {
    String body = events.stream().map(StreamEvent::line).collect(Collectors.joining("\n"));
    read(protocol, body, false, lastNanos, accumulator);
    return accumulator.success(lastNanos);
  }

  /**
   * SSE: E2E ends where the rules say: SGLang's at {@code [DONE]}, the reference's last line, or at the last line when
   * the protocol has no {@code [DONE]} (trt); vLLM's at the last token chunk or the last data line.
   */
  private static ParsedResponse readStream(Protocol protocol, TimingRules rules, List<StreamEvent> events,
      long lastNanos, Accumulator accumulator, boolean doneRequired) throws BadResponseException {
    long lastDataNanos = lastNanos;
    for (StreamEvent event : events) {
      String line = event.line();
      if (isIgnoredSseLine(line)) {
        continue;
      }
      String data = stripDataPrefix(line);
      if (data.equals(DONE)) {
        return accumulator.success(end(rules.end(protocol.chat()), event.nanos(), lastDataNanos, accumulator));
      }
      read(protocol, data, true, event.nanos(), accumulator);
      lastDataNanos = event.nanos();
    }
    if (doneRequired) {
      throw new BadResponseException("stream ended before [DONE]");
    }
    return accumulator.success(end(rules.end(protocol.chat()), lastNanos, lastDataNanos, accumulator));
  }

  private static long end(TimingRules.End end, long streamEndNanos, long lastDataNanos, Accumulator accumulator) {
    return switch (end) {
      case STREAM_END -> streamEndNanos;
      case LAST_DATA_LINE -> lastDataNanos;
      case LAST_TOKEN_CHUNK -> accumulator.lastChunkNanos(streamEndNanos);
    };
  }

  private static boolean isIgnoredSseLine(String line) {
    return line.isEmpty()
        || line.startsWith(":")
        || line.startsWith("event:")
        || line.startsWith("id:")
        || line.startsWith("retry:");
  }

  /** SSE allows one optional space after the field name; the reference strips {@code "data: "} (trt: {@code "data:"}). */
  private static String stripDataPrefix(String line) {
    if (!line.startsWith("data:")) {
      return line;
    }
    // one copy of the line, not two: this runs for every chunk of every stream
    int from = line.startsWith(" ", "data:".length()) ? "data: ".length() : "data:".length();
    return line.substring(from);
  }

  private static void read(Protocol protocol, String json, boolean streamed, long nanos, Accumulator accumulator)
      throws BadResponseException {
    JsonNode object;
    try {
      object = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadResponseException("response line is not JSON: " + Json.excerpt(json));
    }
    if (!object.isObject()) {
      throw new BadResponseException("response line is not a JSON object: " + Json.excerpt(json));
    }
    String error = serverError(object);
    if (error != null) {
      throw new BadResponseException("server error in response: " + Json.excerpt(error));
    }
    accumulator.accept(nanos, protocol.read(object, streamed));
  }

  /** The message of {@code {"error": ...}} or of {@code {"object": "error", "message": ...}}, else null. */
  private static String serverError(JsonNode object) {
    JsonNode error = object.path("error");
    if (!error.isMissingNode() && !error.isNull()) {
      return message(error);
    }
    return "error".equals(object.path("object").textValue()) ? message(object) : null;
  }

  private static String message(JsonNode error) {
    if (error.isTextual()) {
      return error.textValue();
    }
    return error.path("message").isTextual() ? error.path("message").textValue() : error.toString();
  }
}
