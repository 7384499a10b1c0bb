package io.llmbench.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.dataset.DatasetOptions;
import io.llmbench.dataset.ImageResolution;
import io.llmbench.dataset.MmBuckets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates {@code llmbench.*} from HOCON (reference.conf, {@code -Dconfig.file}, {@code -D} overrides).
 * Every problem is a {@link ConfigError} naming the key, the value and what is allowed.
 */
public final class ConfigLoader {
  public static final String ROOT = "llmbench";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigLoader() {}

  /** The run's configuration: system properties over {@code -Dconfig.file} over reference.conf. */
  public static BenchConfig load() {
    return load(Map.of());
  }

  /**
   * As {@link #load()}, with a simulation's own defaults (keys without the {@code llmbench.} prefix) between the
   * system properties and the configuration file: {@code -D} always wins.
   */
  public static BenchConfig load(Map<String, ?> simulationDefaults) {
    return load(simulationDefaults, Map.of());
  }

  /**
   * As {@link #load(Map)}, with {@code fixed} options over everything, {@code -D} included: what makes one step of
   * a sweep or suite differ from the next (its request rate, its workload).
   */
  public static BenchConfig load(Map<String, ?> simulationDefaults, Map<String, ?> fixed) {
    ConfigFactory.invalidateCaches();
    return from(ConfigFactory.parseMap(prefixed(fixed))
        .withFallback(ConfigFactory.defaultOverrides())
        .withFallback(ConfigFactory.parseMap(prefixed(simulationDefaults)))
        .withFallback(ConfigFactory.load())
        .resolve());
  }

  /** Exactly these options over reference.conf, ignoring system properties and files; for tests and embedding. */
  public static BenchConfig of(Map<String, ?> options) {
    return from(ConfigFactory.parseMap(prefixed(options)).withFallback(ConfigFactory.defaultReference()).resolve());
  }

  private static Map<String, Object> prefixed(Map<String, ?> options) {
    Map<String, Object> out = new LinkedHashMap<>();
    options.forEach((k, v) -> out.put(ROOT + "." + k, v));
    return out;
  }

  public static BenchConfig from(Config root) {
    Config c = root.getConfig(ROOT);
    rejectUnknownKeys(c, ConfigFactory.defaultReference().getConfig(ROOT));
    Reader r = new Reader(c);
    String backend = r.string("backend");
    String datasetName = r.string("dataset-name");
    String baseUrl = r.string("base-url").trim();
    if (!baseUrl.isEmpty() && !baseUrl.equals("mock") && !baseUrl.matches("https?://[^/\\s]+(/\\S*)?")) {
      throw new ConfigError("base-url", baseUrl, "expected mock, empty, or an http(s) URL such as http://127.0.0.1:30000");
    }
    return new BenchConfig(
        backend,
        baseUrl.replaceAll("/+$", ""),
        r.string("host"),
        r.optionalInt("port", 1, 65535),
        r.optionalString("model"),
        r.optionalString("served-model-name"),
        r.optionalString("tokenizer"),
        datasetName,
        r.string("dataset-path"),
        datasetDownload(c, r),
        r.oneOf("mooncake-workload", "mooncake", "conversation", "synthetic", "toolagent"),
        r.integer("num-prompts", 1, Integer.MAX_VALUE),
        r.integer("random-input-len", 0, Integer.MAX_VALUE),
        r.integer("random-output-len", 0, Integer.MAX_VALUE),
        r.decimal("random-range-ratio", 0.0, 1.0),
        r.optionalInt("sharegpt-output-len", 4, Integer.MAX_VALUE),
        r.optionalInt("sharegpt-context-len", 2, Integer.MAX_VALUE),
        r.string("prompt-suffix"),
        r.bool("apply-chat-template"),
        r.bool("tokenize-prompt"),
        r.integer("sonnet-input-len", 1, Integer.MAX_VALUE),
        r.integer("sonnet-output-len", 1, Integer.MAX_VALUE),
        r.integer("sonnet-prefix-len", 0, Integer.MAX_VALUE),
        r.integer("prefix-repetition-prefix-len", 0, Integer.MAX_VALUE),
        r.integer("prefix-repetition-suffix-len", 0, Integer.MAX_VALUE),
        r.integer("prefix-repetition-num-prefixes", 1, Integer.MAX_VALUE),
        r.integer("prefix-repetition-output-len", 1, Integer.MAX_VALUE),
        r.integer("mooncake-num-rounds", 1, Integer.MAX_VALUE),
        sharedPrefix(r),
        images(r),
        randomMm(r),
        new DatasetOptions.Agentic(r.integer("dataset-offset", 0, Integer.MAX_VALUE),
            r.optionalInt("agentic-max-turns", 1, Integer.MAX_VALUE)),
        speedBench(r),
        r.longValue("seed"),
        r.rate("request-rate"),
        r.string("arrival-profile"),
        r.decimal("burstiness", Double.MIN_VALUE, Double.MAX_VALUE),
        r.optionalDecimal("ramp-up-start-rps"),
        r.optionalDecimal("ramp-up-end-rps"),
        r.bool("use-trace-timestamps"),
        // bench_serving's mooncake-slowdown-factor, when given, is the same knob
        java.util.Objects.requireNonNullElse(r.optionalDecimal("mooncake-slowdown-factor"),
            r.decimal("slowdown-factor", Double.MIN_VALUE, Double.MAX_VALUE)),
        r.optionalLong("trace-start-ms"),
        r.optionalLong("trace-end-ms"),
        java.util.Objects.requireNonNullElse(r.optionalInt("max-concurrency", 0, Integer.MAX_VALUE), 0),
        r.integer("warmup-requests", 0, Integer.MAX_VALUE),
        r.nonNegativeDuration("think-time"),
        r.bool("disable-stream"),
        r.bool("disable-ignore-eos"),
        r.decimal("temperature", 0.0, Double.MAX_VALUE),
        r.decimal("top-p", Double.MIN_VALUE, 1.0),
        r.jsonObject("extra-request-body"),
        r.bool("include-usage"),
        r.strings("header"),
        r.strings("lora-name"),
        r.string("lora-request-distribution"),
        r.decimal("lora-zipf-alpha", Double.MIN_VALUE, Double.MAX_VALUE),
        r.bool("return-logprob"),
        r.integer("top-logprobs-num", 0, Integer.MAX_VALUE),
        r.integer("logprob-start-len", -1, Integer.MAX_VALUE),
        r.optionalInts("token-ids-logprob"),
        r.bool("return-routed-experts"),
        r.integer("ready-check-timeout-sec", 0, Integer.MAX_VALUE),
        r.bool("flush-cache"),
        r.decimal("flush-cache-timeout", Double.MIN_VALUE, Double.MAX_VALUE),
        profiling(r),
        r.duration("header-timeout"),
        r.duration("request-timeout"),
        r.string("output-file"),
        r.bool("output-details"),
        r.bool("cache-report"),
        r.optionalString("tag"),
        r.string("reports-dir"),
        thresholds(c),
        new MockSettings(
            r.decimal("mock.ttft-ms", 0.0, 600_000.0),
            r.decimal("mock.itl-ms", 0.0, 600_000.0),
            r.integer("mock.tokens-per-chunk", 1, 1_000_000),
            r.decimal("mock.jitter-ms", 0.0, 600_000.0)));
  }

  private static void rejectUnknownKeys(Config c, Config reference) {
    Set<String> allowed = new TreeSet<>(reference.root().keySet());
    for (String key : c.root().keySet()) {
      if (!allowed.contains(key)) {
        throw new ConfigError(key, c.root().get(key).unwrapped(), "unknown option; known options: " + allowed);
      }
    }
    for (String group : List.of("mock", "dataset-download")) {
      Set<String> known = reference.getConfig(group).root().keySet();
      for (String key : c.getConfig(group).root().keySet()) {
        if (!known.contains(key)) {
          throw new ConfigError(group + "." + key, c.getValue(group + "." + key).unwrapped(),
              "unknown option; known: " + new TreeSet<>(known));
        }
      }
    }
  }

  private static DatasetOptions.SharedPrefix sharedPrefix(Reader r) {
    String distribution = r.oneOf("gsp-group-distribution", "uniform", "zipf");
    Double alpha = r.optionalDecimal("gsp-zipf-alpha");
    if (distribution.equals("zipf") && (alpha == null || !(alpha > 0) || alpha.isInfinite())) {
      throw new ConfigError("gsp-zipf-alpha", alpha, "gsp-group-distribution = zipf needs a finite number > 0");
    }
    if (distribution.equals("uniform") && alpha != null) {
      throw new ConfigError("gsp-zipf-alpha", alpha, "only used with gsp-group-distribution = zipf; leave it null");
    }
    return new DatasetOptions.SharedPrefix(
        r.integer("gsp-num-groups", 1, Integer.MAX_VALUE),
        r.integer("gsp-prompts-per-group", 1, Integer.MAX_VALUE),
        r.integer("gsp-system-prompt-len", 0, Integer.MAX_VALUE),
        r.integer("gsp-question-len", 0, Integer.MAX_VALUE),
        r.integer("gsp-output-len", 0, Integer.MAX_VALUE),
        r.decimal("gsp-range-ratio", 0.0, 1.0),
        r.bool("gsp-fast-prepare"),
        r.bool("gsp-send-routing-key"),
        r.integer("gsp-num-turns", 1, Integer.MAX_VALUE),
        r.bool("gsp-ordered"),
        distribution,
        alpha);
  }

  private static DatasetDownload datasetDownload(Config c, Reader r) {
    String dir = r.string("dataset-download.cache-dir").trim();
    Map<String, String> sources = new LinkedHashMap<>();
    for (String key : c.getConfig("dataset-download").root().keySet()) {
      if (!key.equals("enabled") && !key.equals("cache-dir")) {
        sources.put(key, r.string("dataset-download." + key));
      }
    }
    return new DatasetDownload(r.bool("dataset-download.enabled"),
        dir.isEmpty() ? Path.of(System.getProperty("user.home"), ".cache", "llmbench", "datasets") : Path.of(dir),
        sources);
  }

  private static DatasetOptions.SpeedBench speedBench(Reader r) {
    String category = r.optionalString("speed-bench-category");
    if (category != null && !DatasetOptions.SpeedBench.CATEGORIES.contains(category)) {
      throw new ConfigError("speed-bench-category", category,
          "expected null or one of " + String.join(", ", DatasetOptions.SpeedBench.CATEGORIES));
    }
    return new DatasetOptions.SpeedBench(category, r.integer("speed-bench-output-len", 1, Integer.MAX_VALUE));
  }

  private static DatasetOptions.Images images(Reader r) {
    String resolution = r.string("image-resolution");
    try {
      ImageResolution.parse(resolution);
    } catch (IllegalArgumentException e) {
      throw new ConfigError("image-resolution", resolution, "expected " + ImageResolution.ALLOWED);
    }
    return new DatasetOptions.Images(
        r.integer("image-count", 1, Integer.MAX_VALUE),
        resolution,
        r.bool("random-image-count"),
        r.oneOf("image-format", "jpeg", "png"),
        r.oneOf("image-content", "random", "blank"));
  }

  private static DatasetOptions.RandomMm randomMm(Reader r) {
    String buckets = r.string("random-mm-bucket-config");
    try {
      MmBuckets.parse(buckets);
    } catch (IllegalArgumentException e) {
      throw new ConfigError("random-mm-bucket-config", buckets, e.getMessage());
    }
    return new DatasetOptions.RandomMm(
        r.integer("random-mm-base-items-per-request", 0, Integer.MAX_VALUE),
        r.decimal("random-mm-num-mm-items-range-ratio", 0.0, 1.0),
        limitMmPerPrompt(r),
        buckets,
        r.integer("random-prefix-len", 0, Integer.MAX_VALUE));
  }

  /** vLLM's {"image": 255, "video": 1}: integers >= 0 for image and/or video. */
  private static Map<String, Integer> limitMmPerPrompt(Reader r) {
    String key = "random-mm-limit-mm-per-prompt";
    Map<String, Object> raw = r.jsonObject(key);
    Map<String, Integer> limits = new LinkedHashMap<>();
    raw.forEach((modality, limit) -> {
      if (!DatasetOptions.RandomMm.MODALITIES.contains(modality) || !(limit instanceof Integer i) || i < 0) {
        throw new ConfigError(key, raw, "expected an object of integers >= 0 for image and/or video, such as"
            + " {\"image\": 255, \"video\": 1}");
      }
      limits.put(modality, i);
    });
    return limits;
  }

  private static Profiling profiling(Reader r) {
    List<String> activities = r.strings("profile-activities");
    Set<String> allowed = Set.of("CPU", "GPU", "CUDA_PROFILER", "XPU", "MEM");
    for (String a : activities) {
      if (!allowed.contains(a)) {
        throw new ConfigError("profile-activities", activities, "expected some of " + new TreeSet<>(allowed));
      }
    }
    return new Profiling(r.bool("profile"), activities, r.optionalInt("profile-num-steps", 1, Integer.MAX_VALUE),
        r.bool("profile-by-stage"), r.optionalString("profile-output-dir"), r.optionalString("profile-prefix"));
  }

  private static Thresholds thresholds(Config c) {
    ConfigObject gates = c.getObject("assertions");
    Map<String, Double> limits = new LinkedHashMap<>();
    Double maxFailed = null;
    Reader r = new Reader(c);
    for (String key : gates.keySet()) {
      String path = "assertions.\"" + key + "\"";
      if (key.equals("max-failed-pct")) {
        maxFailed = r.decimal(path, "assertions." + key, 0.0, 100.0);
        continue;
      }
      String[] parts = key.split("-");
      if (parts.length != 3 || !Thresholds.STATS.contains(parts[0]) || !Thresholds.METRICS.contains(parts[1])
          || !parts[2].equals("ms")) {
        throw new ConfigError("assertions." + key, gates.get(key).unwrapped(),
            "unknown gate; expected <stat>-<metric>-ms with stat in " + new TreeSet<>(Thresholds.STATS)
                + " and metric in " + new TreeSet<>(Thresholds.METRICS) + ", or max-failed-pct");
      }
      limits.put(key, r.decimal(path, "assertions." + key, 0.0, Double.MAX_VALUE));
    }
    return new Thresholds(limits, maxFailed);
  }

  /** Typed reads that turn every typesafe error into a message naming the key and what is allowed. */
  private record Reader(Config c) {
    String string(String key) {
      try {
        return c.getString(key);
      } catch (ConfigException e) {
        throw new ConfigError(key, raw(key), "expected a string");
      }
    }

    String optionalString(String key) {
      if (c.getIsNull(key)) {
        return null;
      }
      String s = string(key).trim();
      return s.isEmpty() || s.equals("null") ? null : s;
    }

    String oneOf(String key, String... allowed) {
      String s = string(key);
      if (!List.of(allowed).contains(s)) {
        throw new ConfigError(key, s, "expected one of " + String.join(", ", allowed));
      }
      return s;
    }

    boolean bool(String key) {
      Object v = raw(key);
      if (v instanceof Boolean b) {
        return b;
      }
      if (v instanceof String s && (s.equals("true") || s.equals("false"))) {
        return Boolean.parseBoolean(s);
      }
      throw new ConfigError(key, v, "expected true or false");
    }

    int integer(String key, int min, int max) {
      long v = longValue(key);
      if (v < min || v > max) {
        throw new ConfigError(key, v, "expected an integer from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
      }
      return (int) v;
    }

    Integer optionalInt(String key, int min, int max) {
      return c.getIsNull(key) || "null".equals(raw(key)) ? null : integer(key, min, max);
    }

    long longValue(String key) {
      Object v = raw(key);
      try {
        return c.getLong(key);
      } catch (ConfigException e) {
        throw new ConfigError(key, v, "expected an integer");
      }
    }

    double decimal(String key, double min, double max) {
      return decimal(key, key, min, max);
    }

    double decimal(String path, String key, double min, double max) {
      Object v = c.getValue(path).unwrapped();
      double d;
      try {
        d = c.getDouble(path);
      } catch (ConfigException e) {
        throw new ConfigError(key, v, range(min, max));
      }
      if (!(d >= min && d <= max)) {
        throw new ConfigError(key, v, range(min, max));
      }
      return d;
    }

    /** "a number > 0" where the bound is the smallest positive double, rather than 4.9E-324. */
    private static String range(double min, double max) {
      String from = min == Double.MIN_VALUE ? "> 0" : "from " + min;
      return "expected a number " + from + (max == Double.MAX_VALUE ? (min == Double.MIN_VALUE ? "" : " up")
          : (min == Double.MIN_VALUE ? " and <= " : " to ") + max);
    }

    /** A list of strings; a single string (e.g. from -D) is a list of one. */
    List<String> strings(String key) {
      ConfigValue v = c.getValue(key);
      if (v.valueType() == ConfigValueType.STRING) {
        String s = ((String) v.unwrapped()).trim();
        return s.isEmpty() ? List.of() : List.of(s.split(","));
      }
      try {
        return List.copyOf(c.getStringList(key));
      } catch (ConfigException e) {
        throw new ConfigError(key, v.unwrapped(), "expected a list of strings, or one comma-separated string");
      }
    }

    List<Integer> optionalInts(String key) {
      if (c.getIsNull(key) || "null".equals(raw(key))) {
        return null;
      }
      try {
        return strings(key).stream().map(String::trim).map(Integer::valueOf).toList();
      } catch (NumberFormatException e) {
        throw new ConfigError(key, raw(key), "expected a list of token ids");
      }
    }

    Long optionalLong(String key) {
      if (c.getIsNull(key) || "null".equals(raw(key))) {
        return null;
      }
      long v = longValue(key);
      if (v < 0) {
        throw new ConfigError(key, v, "expected a non-negative number of milliseconds");
      }
      return v;
    }

    Double optionalDecimal(String key) {
      return c.getIsNull(key) || "null".equals(raw(key)) ? null : decimal(key, Double.MIN_VALUE, Double.MAX_VALUE);
    }

    double rate(String key) {
      Object v = raw(key);
      String s = String.valueOf(v).trim();
      if (s.equalsIgnoreCase("inf") || s.equalsIgnoreCase("infinity")) {
        return Double.POSITIVE_INFINITY;
      }
      try {
        double d = Double.parseDouble(s);
        if (d > 0 && !Double.isNaN(d)) {
          return d;
        }
      } catch (NumberFormatException ignored) {
        // reported below with the allowed values
      }
      throw new ConfigError(key, v, "expected a positive number of requests per second, or inf for one burst");
    }

    Duration duration(String key) {
      Duration d = nonNegativeDuration(key);
      if (d.isZero()) {
        throw new ConfigError(key, raw(key), "expected a positive duration such as 30s or 500ms");
      }
      return d;
    }

    Duration nonNegativeDuration(String key) {
      Duration d;
      try {
        d = c.getDuration(key);
      } catch (ConfigException e) {
        throw new ConfigError(key, raw(key), "expected a duration such as 30s or 500ms");
      }
      if (d.isNegative()) {
        throw new ConfigError(key, raw(key), "expected a duration >= 0 such as 0s or 500ms");
      }
      return d;
    }

    /** A HOCON object, or a JSON object in a string (values from -D arrive as strings: typed back here). */
    Map<String, Object> jsonObject(String key) {
      ConfigValue value = c.getValue(key);
      if (value.valueType() == ConfigValueType.STRING) {
        try {
          return JSON.readValue((String) value.unwrapped(), new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (Exception e) {
          throw new ConfigError(key, value.unwrapped(), "expected a JSON object such as {\"top_p\": 0.9}, or HOCON -Dllmbench."
              + key + ".top_p=0.9");
        }
      }
      if (value.valueType() != ConfigValueType.OBJECT) {
        throw new ConfigError(key, value.unwrapped(), "expected an object");
      }
      return typed((ConfigObject) value);
    }

    private static Map<String, Object> typed(ConfigObject object) {
      Map<String, Object> out = new LinkedHashMap<>();
      object.forEach((k, v) -> out.put(k, typed(v)));
      return out;
    }

    private static Object typed(ConfigValue v) {
      return switch (v.valueType()) {
        case OBJECT -> typed((ConfigObject) v);
        case LIST -> {
          List<Object> list = new ArrayList<>();
          ((com.typesafe.config.ConfigList) v).forEach(e -> list.add(typed(e)));
          yield list;
        }
        case STRING -> fromSystemProperty(v) ? scalar((String) v.unwrapped()) : v.unwrapped();
        default -> v.unwrapped();
      };
    }

    private static boolean fromSystemProperty(ConfigValue v) {
      return v.origin().description().contains("system propert");
    }

    /** {@code -Dllmbench.extra-request-body.top_p=0.9} must send 0.9, not "0.9". */
    private static Object scalar(String s) {
      try {
        Object parsed = JSON.readValue(s, Object.class);
        return parsed instanceof Number || parsed instanceof Boolean ? parsed : s;
      } catch (Exception e) {
        return s;
      }
    }

    private Object raw(String key) {
      return c.getIsNull(key) ? null : c.getValue(key).unwrapped();
    }
  }
}
