package io.llmbench.config;

import com.typesafe.config.Config;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One option, declared next to the code that uses it: its key under {@code llmbench}, its type, default, what is
 * allowed and one line of meaning (for {@code llmbench.help}), and how it is read and checked.
 *
 * @param key the HOCON path under {@code llmbench}, such as {@code num-prompts} or {@code mock.ttft-ms}
 * @param type what {@code llmbench.help} shows as the type
 * @param defaultValue the value reference.conf gives (a test holds the two together)
 * @param allowed the values or range accepted, for the help text
 * @param doc one line of meaning
 * @param parser reads and checks the value; every problem is a {@link ConfigError} naming the key
 * @param modes in which {@link Compat} modes the option exists, and its default in vLLM mode where it differs
 */
public record OptionSpec<T>(
    String key, String type, T defaultValue, String allowed, String doc, Parser<T> parser, Modes<T> modes) {

  /**
   * Where an option lives. {@code only} null: in both modes; else the option is refused in the other mode, with
   * {@code instead} naming what that mode has. {@code vllmDefault} non-null: the value vLLM mode takes when the
   * option is not set (vLLM's own default, where it differs from SGLang's).
   */
  public record Modes<T>(Compat only, String instead, T vllmDefault) {
    static <T> Modes<T> both() {
      return new Modes<>(null, null, null);
    }

    /** Whether the option exists in {@code mode}. */
    public boolean in(Compat mode) {
      return only == null || only == mode;
    }
  }

  public OptionSpec(String key, String type, T defaultValue, String allowed, String doc, Parser<T> parser) {
    this(key, type, defaultValue, allowed, doc, parser, Modes.both());
  }

  /** Reads one key of the {@code llmbench} section. */
  @FunctionalInterface
  public interface Parser<T> {
    T read(Config llmbench, String key);
  }

  public T read(Config llmbench) {
    return parser.read(llmbench, key);
  }

  /**
   * This option with its value passed through {@code check}, which may normalise it and throws an
   * IllegalArgumentException whose message says what is allowed: it becomes the ConfigError's.
   */
  public <U> OptionSpec<U> map(U newDefault, Function<T, U> check) {
    Parser<T> base = parser;
    if (modes.vllmDefault() != null) {
      throw new IllegalStateException(key + ": map before giving a vLLM default");
    }
    return new OptionSpec<U>(key, type, newDefault, allowed, doc, (c, k) -> {
      T value = base.read(c, k);
      try {
        return check.apply(value);
      } catch (ConfigError e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new ConfigError(k, new Reader(c).raw(k), e.getMessage());
      }
    }, new Modes<>(modes.only(), modes.instead(), null));
  }

  /** As {@link #map}, keeping the value and the default: a check only. */
  public OptionSpec<T> check(java.util.function.Consumer<T> check) {
    return map(defaultValue, v -> {
      check.accept(v);
      return v;
    });
  }

  /** The same option with another help text for what is allowed. */
  public OptionSpec<T> allowing(String newAllowed) {
    return new OptionSpec<>(key, type, defaultValue, newAllowed, doc, parser, modes);
  }

  /**
   * The same option existing only in {@code mode}: set in the other mode, it is refused with a message saying so
   * and naming {@code instead}, what the other mode has.
   */
  public OptionSpec<T> onlyIn(Compat mode, String instead) {
    return new OptionSpec<>(key, type, defaultValue, allowed, doc, parser, new Modes<>(mode, instead, modes.vllmDefault()));
  }

  /** The same option with vLLM's default in vLLM mode when it is not set ({@code vllm bench serve}'s own). */
  public OptionSpec<T> vllmDefault(T value) {
    return new OptionSpec<>(key, type, defaultValue, allowed, doc, parser, new Modes<>(modes.only(), modes.instead(), value));
  }

  /** The value an unset option takes in {@code mode}. */
  public T defaultIn(Compat mode) {
    return mode == Compat.VLLM && modes.vllmDefault() != null ? modes.vllmDefault() : defaultValue;
  }

  public static OptionSpec<Integer> integer(String key, int defaultValue, int min, int max, String doc) {
    return new OptionSpec<>(key, "integer", defaultValue, intRange(min, max), doc, (c, k) -> new Reader(c).integer(k, min, max));
  }

  /** An integer or null (bench_serving's {@code None}). */
  public static OptionSpec<Integer> optionalInteger(String key, int min, int max, String doc) {
    return new OptionSpec<>(key, "integer", null, intRange(min, max) + ", or null", doc,
        (c, k) -> new Reader(c).optionalInt(k, min, max));
  }

  public static OptionSpec<Long> longInteger(String key, long defaultValue, String doc) {
    return new OptionSpec<>(key, "integer", defaultValue, "any integer", doc, (c, k) -> new Reader(c).longValue(k));
  }

  /** Milliseconds >= 0, or null. */
  public static OptionSpec<Long> optionalMillis(String key, String doc) {
    return new OptionSpec<>(key, "integer (ms)", null, ">= 0, or null", doc, (c, k) -> new Reader(c).optionalLong(k));
  }

  public static OptionSpec<Double> decimal(String key, double defaultValue, double min, double max, String doc) {
    return new OptionSpec<>(key, "number", defaultValue, decimalRange(min, max), doc,
        (c, k) -> new Reader(c).decimal(k, min, max));
  }

  /** A number > 0, or null. */
  public static OptionSpec<Double> optionalPositive(String key, String doc) {
    return new OptionSpec<>(key, "number", null, "> 0, or null", doc, (c, k) -> new Reader(c).optionalDecimal(k));
  }

  /** Requests per second, or {@code inf} ({@link Double#POSITIVE_INFINITY}). */
  public static OptionSpec<Double> rate(String key, double defaultValue, String doc) {
    return new OptionSpec<>(key, "rate", defaultValue, "> 0, or inf", doc, (c, k) -> new Reader(c).rate(k));
  }

  public static OptionSpec<Boolean> bool(String key, boolean defaultValue, String doc) {
    return new OptionSpec<>(key, "boolean", defaultValue, "true, false", doc, (c, k) -> new Reader(c).bool(k));
  }

  public static OptionSpec<String> string(String key, String defaultValue, String doc) {
    return new OptionSpec<>(key, "string", defaultValue, "any text", doc, (c, k) -> new Reader(c).string(k));
  }

  /** A string, or null; empty and {@code "null"} are null too. */
  public static OptionSpec<String> optionalString(String key, String doc) {
    return new OptionSpec<>(key, "string", null, "any text, or null", doc, (c, k) -> new Reader(c).optionalString(k));
  }

  public static OptionSpec<String> oneOf(String key, String defaultValue, List<String> allowed, String doc) {
    return new OptionSpec<>(key, "string", defaultValue, String.join(" | ", allowed), doc,
        (c, k) -> new Reader(c).oneOf(k, allowed.toArray(String[]::new)));
  }

  /** A positive duration such as 30s. */
  public static OptionSpec<Duration> duration(String key, Duration defaultValue, String doc) {
    return new OptionSpec<>(key, "duration", defaultValue, "> 0, such as 30s or 500ms", doc,
        (c, k) -> new Reader(c).duration(k));
  }

  public static OptionSpec<Duration> nonNegativeDuration(String key, Duration defaultValue, String doc) {
    return new OptionSpec<>(key, "duration", defaultValue, ">= 0, such as 0s or 500ms", doc,
        (c, k) -> new Reader(c).nonNegativeDuration(k));
  }

  /** A positive duration, or null. */
  public static OptionSpec<Duration> optionalDuration(String key, String doc) {
    return new OptionSpec<>(key, "duration", null, "> 0, such as 60s, or null", doc,
        (c, k) -> c.getIsNull(k) || "null".equals(new Reader(c).raw(k)) ? null : new Reader(c).duration(k));
  }

  /** A list of strings, or one comma-separated string (as {@code -D} gives it). */
  public static OptionSpec<List<String>> strings(String key, List<String> defaultValue, String doc) {
    return new OptionSpec<>(key, "list", defaultValue, "a list, or one comma-separated string", doc,
        (c, k) -> new Reader(c).strings(k));
  }

  /** Integers (token ids) as a list or comma-separated string, or null. */
  public static OptionSpec<List<Integer>> optionalIntegers(String key, String doc) {
    return new OptionSpec<>(key, "list of integers", null, "a list, a comma-separated string, or null", doc,
        (c, k) -> new Reader(c).optionalInts(k));
  }

  /** A HOCON object, or a JSON object in a string. */
  public static OptionSpec<Map<String, Object>> jsonObject(String key, Map<String, Object> defaultValue, String doc) {
    return new OptionSpec<>(key, "object", defaultValue, "a HOCON object or a JSON string", doc,
        (c, k) -> new Reader(c).jsonObject(k));
  }

  /** What the help shows for a parser no factory above covers. */
  public static <T> OptionSpec<T> custom(String key, String type, T defaultValue, String allowed, String doc,
      Parser<T> parser) {
    return new OptionSpec<>(key, type, defaultValue, allowed, doc, parser);
  }

  private static String intRange(int min, int max) {
    return max == Integer.MAX_VALUE ? ">= " + min : min + " to " + max;
  }

  private static String decimalRange(double min, double max) {
    String from = min == Double.MIN_VALUE ? "> 0" : ">= " + min;
    return max == Double.MAX_VALUE ? from : (min == Double.MIN_VALUE ? from + " and <= " + max : min + " to " + max);
  }
}
