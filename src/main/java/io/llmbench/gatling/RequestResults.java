package io.llmbench.gatling;

import io.llmbench.run.RequestRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@code llm("name")} request leaves in the session, under {@code llm.<name>}, for Gatling EL
 * ({@code #{llm.ask.ttftMs}}, {@code #{llm.ask.text.jsonStringify()}}) and Java steps alike.
 *
 * <p>Keys: {@code ok} (boolean), {@code error} (the failure reason, absent when ok), {@code ttftMs}, {@code tpotMs},
 * {@code e2eMs} (doubles, SGLang's definitions; TTFT and TPOT absent when not defined), {@code itlMs} (every
 * inter-chunk gap, a list of doubles), {@code promptTokens}, {@code outputTokens} (ints), {@code text}.
 */
final class RequestResults {
  /** The session attribute holding one map of results per request name. */
  static final String ATTRIBUTE = "llm";

  private RequestResults() {}

  static Map<String, Object> of(RequestRecord r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ok", r.success());
    if (!r.success()) {
      out.put("error", r.response().error());
    }
    if (r.response().firstTokenNanos() != 0) {
      out.put("ttftMs", r.ttftMillis());
    }
    Double tpot = tpotMillis(r);
    if (tpot != null) {
      out.put("tpotMs", tpot);
    }
    out.put("e2eMs", r.e2eMillis());
    out.put("itlMs", itlMillis(r));
    out.put("promptTokens", r.promptLen());
    out.put("outputTokens", r.response().outputLen());
    out.put("text", r.response().generatedText());
    return Collections.unmodifiableMap(out);
  }

  /** SGLang's TPOT: (E2E − TTFT) / (output tokens − 1), for a success with at least two tokens. */
  static Double tpotMillis(RequestRecord r) {
    int tokens = r.response().outputLen();
    if (!r.success() || tokens < 2 || r.response().firstTokenNanos() == 0) {
      return null;
    }
    return (r.e2eMillis() - r.ttftMillis()) / (tokens - 1);
  }

  static List<Double> itlMillis(RequestRecord r) {
    List<Long> chunks = r.response().contentChunkNanos();
    List<Double> gaps = new ArrayList<>(Math.max(0, chunks.size() - 1));
    for (int i = 1; i < chunks.size(); i++) {
      gaps.add((chunks.get(i) - chunks.get(i - 1)) / 1e6);
    }
    return List.copyOf(gaps);
  }

  /** The session's result maps with this request's replaced. */
  static Map<String, Object> with(Object current, String name, RequestRecord r) {
    Map<String, Object> all = new LinkedHashMap<>();
    if (current instanceof Map<?, ?> m) {
      m.forEach((k, v) -> all.put((String) k, v));
    }
    all.put(name, of(r));
    return Collections.unmodifiableMap(all);
  }
}
