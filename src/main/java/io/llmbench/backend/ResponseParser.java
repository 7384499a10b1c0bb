package io.llmbench.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a whole response the way the reference's request functions do (spec §4.2–§4.4), for any {@link Protocol}.
 *
 * <p>Streaming or not is read from the body, not the options, since the extra body can override {@code stream}: a
 * body whose first line starts with <code>{</code> is one JSON document (possibly spread over lines); anything else
 * is a server-sent-event stream.
 *
 * <p>Stricter than the reference (spec §10.2, §13 item 9), which counts these as successes or crashes on them: an
 * error object in the body fails the request with the server's message, as does a stream cut before
 * {@code [DONE]}. More tolerant: SSE comments ({@code : ping}) and {@code event:}/{@code id:}/{@code retry:} fields
 * are skipped instead of failing JSON parsing.
 */
final class ResponseParser {
  private static final String DONE = "[DONE]";

  private ResponseParser() {}

  static ParsedResponse parse(Protocol protocol, List<StreamEvent> events, long startNanos, int requestedOutputLen) {
    if (events.isEmpty()) {
      return Accumulator.failure("empty response body", startNanos);
    }
    long lastNanos = events.get(events.size() - 1).nanos();
    Accumulator accumulator = new Accumulator(protocol.textMode(), requestedOutputLen);
    try {
      return events.get(0).line().startsWith("{")
          ? readBody(protocol, events, lastNanos, accumulator)
          : readStream(protocol, events, accumulator);
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

  /** SSE: E2E ends at {@code [DONE]}, the reference's last line. */
  private static ParsedResponse readStream(Protocol protocol, List<StreamEvent> events, Accumulator accumulator)
      throws BadResponseException {
    for (StreamEvent event : events) {
      String line = event.line();
      if (isIgnoredSseLine(line)) {
        continue;
      }
      String data = stripDataPrefix(line);
      if (data.equals(DONE)) {
        return accumulator.success(event.nanos());
      }
      read(protocol, data, true, event.nanos(), accumulator);
    }
    throw new BadResponseException("stream ended before [DONE]");
  }

  private static boolean isIgnoredSseLine(String line) {
    return line.isEmpty()
        || line.startsWith(":")
        || line.startsWith("event:")
        || line.startsWith("id:")
        || line.startsWith("retry:");
  }

  /** SSE allows one optional space after the field name; the reference strips only {@code "data: "}. */
  private static String stripDataPrefix(String line) {
    if (!line.startsWith("data:")) {
      return line;
    }
    String data = line.substring("data:".length());
    return data.startsWith(" ") ? data.substring(1) : data;
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
    accumulator.accept(nanos, protocol.read(object, streamed), promptTokens(object));
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

  /** The reference's {@code (usage or meta_info or {}).get("prompt_tokens")}; -1 when absent. */
  private static int promptTokens(JsonNode object) {
    JsonNode usage = object.path("usage");
    JsonNode reported = Json.nonEmptyObject(usage) ? usage : object.path("meta_info");
    return Json.count(reported.path("prompt_tokens"));
  }
}
