package io.llmbench.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.backend.ParsedResponse;
import io.llmbench.report.Console;
import io.llmbench.metrics.CachedTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The per-request JSONL of a run: one {@link RequestRecord} per line, nanosecond times, written as it goes. */
public final class RequestLog {
  public static final String FILE_NAME = "requests.jsonl";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The mapper's factory: its generators can write the server's cache detail objects as trees. */
  private static final JsonFactory JSON = MAPPER.getFactory();

  private RequestLog() {}

  public static String toJson(RequestRecord r) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      ParsedResponse p = r.response();
      g.writeStartObject();
      g.writeNumberField("index", r.index());
      g.writeNumberField("turn", r.turn());
      g.writeBooleanField("warmup", r.warmup());
      g.writeBooleanField("success", p.success());
      g.writeStringField("error", p.error());
      g.writeNumberField("status", r.status());
      g.writeNumberField("prompt_len", r.promptLen());
      g.writeNumberField("server_prompt_len", p.serverPromptTokens());
      g.writeNumberField("requested_output_len", r.requestedOutputLen());
      g.writeNumberField("output_len", p.outputLen());
      g.writeBooleanField("output_len_from_server", p.outputLenFromServer());
      g.writeNumberField("scheduled_ns", r.scheduledNanos());
      g.writeNumberField("slot_freed_ns", r.slotFreedNanos());
      g.writeNumberField("ready_ns", r.readyNanos());
      g.writeNumberField("start_ns", r.startNanos());
      g.writeNumberField("sent_ns", r.sentNanos());
      g.writeBooleanField("reused_connection", r.reusedConnection());
      g.writeNumberField("sends", r.sends());
      g.writeNumberField("headers_ns", r.headersNanos());
      g.writeNumberField("first_token_ns", p.firstTokenNanos());
      g.writeNumberField("last_line_ns", p.lastLineNanos());
      g.writeNumberField("end_ns", r.endNanos());
      writeLongs(g, "chunk_ns", p.contentChunkNanos());
      writeInts(g, "chunk_tokens", p.contentChunkTokens());
      writeInts(g, "chunk_chars", p.contentChunkChars());
      writeLongs(g, "itl_ns", p.itlNanos());
      g.writeStringField("generated_text", p.generatedText());
      g.writeNumberField("cached_tokens", p.cachedTokens().count());
      g.writeFieldName("cached_tokens_details");
      if (p.cachedTokens().details() == null) {
        g.writeNull();
      } else {
        g.writeTree(p.cachedTokens().details());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeLongs(JsonGenerator g, String name, List<Long> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (long v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  private static void writeInts(JsonGenerator g, String name, List<Integer> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (int v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  public static RequestRecord fromJson(String line) {
    try {
      JsonNode n = MAPPER.readTree(line);
      ParsedResponse p = new ParsedResponse(
          n.get("success").asBoolean(),
          n.get("error").asText(),
          n.get("first_token_ns").asLong(),
          n.get("last_line_ns").asLong(),
          longs(n.get("itl_ns")),
          longs(n.get("chunk_ns")),
          ints(n.get("chunk_tokens")),
          ints(n.get("chunk_chars")),
          n.get("output_len").asInt(),
          n.get("output_len_from_server").asBoolean(),
          n.get("server_prompt_len").asInt(),
          n.get("generated_text").asText(),
          cachedTokens(n));
      return new RequestRecord(
          n.get("index").asInt(),
          n.path("turn").asInt(0),
          n.get("warmup").asBoolean(),
          n.get("scheduled_ns").asLong(),
          n.path("slot_freed_ns").asLong(0),
          n.get("ready_ns").asLong(),
          n.get("start_ns").asLong(),
          n.get("sent_ns").asLong(),
          n.path("reused_connection").asBoolean(false),
          n.path("sends").asInt(1),
          n.get("headers_ns").asLong(),
          n.get("end_ns").asLong(),
          n.get("status").asInt(),
          n.get("prompt_len").asInt(),
          n.get("requested_output_len").asInt(),
          p);
    } catch (IOException | NullPointerException e) {
      throw new IllegalArgumentException("not a request record: " + abbreviate(line), e);
    }
  }

  /** Every record of a run folder's log; a torn last line (run killed mid-write) is ignored. */
  public static List<RequestRecord> read(Path file) {
    List<RequestRecord> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String line;
      String pending = null;
      while ((line = in.readLine()) != null) {
        if (pending != null) {
          records.add(fromJson(pending));
        }
        pending = line.isBlank() ? null : line;
      }
      if (pending != null) {
        try {
          records.add(fromJson(pending));
        } catch (IllegalArgumentException torn) {
          // the process died while writing the last line: everything before it is intact
          Console.line("llmbench: " + file + " ends with a torn line (the run was killed while writing it);"
              + " 1 line dropped, " + records.size() + " read");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return records;
  }

  /** Logs written before the cache fields existed read as "no hit reported". */
  private static CachedTokens cachedTokens(JsonNode n) {
    JsonNode details = n.path("cached_tokens_details");
    return new CachedTokens(n.path("cached_tokens").asInt(0), details.isObject() ? details : null);
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> out = new ArrayList<>(array.size());
    array.forEach(v -> out.add(v.asLong()));
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>(array.size());
    array.forEach(v -> out.add(v.asInt()));
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
