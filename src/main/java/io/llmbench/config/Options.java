package io.llmbench.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueFactory;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validated values of every declared option: read once from the {@code llmbench} section, each by its
 * declaration, after refusing keys nobody declared. Remembers which keys were asked for, so a test (or a run) can
 * see an option nobody reads.
 */
public final class Options {
  /** Where the defaults come from: a value from elsewhere was given. */
  private static final String REFERENCE = "reference.conf";
  private final Config source;
  private final List<OptionGroup> groups;
  private final Map<String, Object> values;
  private final Set<String> read = ConcurrentHashMap.newKeySet();

  private Options(Config source, List<OptionGroup> groups, Map<String, Object> values) {
    this.source = source;
    this.groups = groups;
    this.values = values;
  }

  /**
   * Every declared option of {@code llmbench}, read and checked, then each group's own checks.
   *
   * @throws ConfigError for an unknown key or a bad value, naming the key, the value and what is allowed
   */
  public static Options read(Config llmbench, List<OptionGroup> groups) {
    Map<String, OptionSpec<?>> specs = specs(groups);
    rejectUnknownKeys(llmbench, specs.keySet());
    Compat mode = mode(llmbench, specs);
    Map<String, Object> values = new HashMap<>();
    specs.forEach((key, spec) -> {
      boolean set = isSet(llmbench, key);
      if (set && !spec.modes().in(mode)) {
        throw new ConfigError(key, spec.read(llmbench), "exists only in " + spec.modes().only().key()
            + " mode (llmbench.compat = " + spec.modes().only().key() + ")"
            + (spec.modes().instead() == null ? "" : "; in " + mode.key() + " mode use " + spec.modes().instead()));
      }
      boolean modeDefault = !set && mode == Compat.VLLM && spec.modes().vllmDefault() != null;
      values.put(key, modeDefault ? spec.defaultIn(mode) : spec.read(llmbench));
    });
    Options options = new Options(llmbench, List.copyOf(groups), Collections.unmodifiableMap(values));
    groups.forEach(g -> g.check().accept(options));
    options.read.clear();
    return options;
  }

  /** The run's {@link Compat} mode; SGLang's when the options at hand do not declare it. */
  private static Compat mode(Config llmbench, Map<String, OptionSpec<?>> specs) {
    return specs.containsKey(Compat.OPTION.key()) ? Compat.OPTION.read(llmbench) : Compat.SGLANG;
  }

  /** The declarations by key, in declaration order; a key declared twice is a programming error. */
  static Map<String, OptionSpec<?>> specs(List<OptionGroup> groups) {
    Map<String, OptionSpec<?>> specs = new LinkedHashMap<>();
    for (OptionGroup g : groups) {
      for (OptionSpec<?> spec : g.options()) {
        if (specs.put(spec.key(), spec) != null) {
          throw new IllegalStateException("option " + spec.key() + " is declared twice (again by " + g.name() + ")");
        }
      }
    }
    return specs;
  }

  @SuppressWarnings("unchecked")
  public <T> T get(OptionSpec<T> spec) {
    if (!values.containsKey(spec.key())) {
      throw new IllegalArgumentException("option " + spec.key() + " is not declared by any part");
    }
    read.add(spec.key());
    return (T) values.get(spec.key());
  }

  /** The same options with these values replaced (keys under {@code llmbench}), read and checked again. */
  public Options with(Map<String, ?> changes) {
    Config changed = source;
    for (Map.Entry<String, ?> e : changes.entrySet()) {
      changed = changed.withValue(e.getKey(), ConfigValueFactory.fromAnyRef(e.getValue()));
    }
    return read(changed, groups);
  }

  /**
   * The values that differ from their declaration's default in the run's mode, by key in declaration order and
   * written as {@code llmbench.help} shows them (for a report that says what a run changed); reading them this way
   * does not count as asking for them.
   */
  public Map<String, String> changed() {
    Map<String, String> changed = new LinkedHashMap<>();
    Map<String, OptionSpec<?>> specs = specs(groups);
    Compat mode = mode(source, specs);
    specs.forEach((key, spec) -> {
      if (!java.util.Objects.equals(values.get(key), spec.defaultIn(mode))) {
        changed.put(key, Help.show(values.get(key)));
      }
    });
    return changed;
  }

  /** The keys asked for since these options were read. */
  public Set<String> readKeys() {
    return Set.copyOf(read);
  }

  /**
   * The values as read (a HOCON object in JSON), without {@code leftOut}; {@link #read} takes them back. A default
   * stands as the run's mode took it: vLLM's where vLLM mode has its own, none for an option of the other mode (so
   * that reading back neither refuses it nor loses the mode's default).
   */
  public String json(Set<String> leftOut) {
    Map<String, OptionSpec<?>> specs = specs(groups);
    Compat mode = mode(source, specs);
    Config asRead = source;
    for (OptionSpec<?> spec : specs.values()) {
      if (isSet(source, spec.key()) || !asRead.hasPathOrNull(spec.key())) {
        continue;
      }
      if (!spec.modes().in(mode)) {
        asRead = asRead.withoutPath(spec.key());
      } else if (spec.defaultIn(mode) != spec.defaultValue()) {
        asRead = asRead.withValue(spec.key(), ConfigValueFactory.fromAnyRef(spec.defaultIn(mode)));
      }
    }
    com.typesafe.config.ConfigObject object = asRead.root();
    for (String key : leftOut) {
      object = object.withoutKey(key);
    }
    return object.render(com.typesafe.config.ConfigRenderOptions.concise());
  }

  /**
   * Whether {@code key} was given by the user (a file, {@code -D}, a simulation, a test) rather than left at
   * reference.conf's default: only a given option can be refused in the wrong mode or keep its value over the mode's
   * default.
   */
  private static boolean isSet(Config c, String key) {
    com.typesafe.config.ConfigValue value = c.root();
    for (String part : com.typesafe.config.ConfigUtil.splitPath(key)) {
      if (!(value instanceof com.typesafe.config.ConfigObject object) || !object.containsKey(part)) {
        return false;
      }
      value = object.get(part);
    }
    return !REFERENCE.equals(value.origin().resource());
  }

  /** Top-level keys, and the keys inside groups such as {@code mock}, must be declared. */
  private static void rejectUnknownKeys(Config c, Set<String> declared) {
    Map<String, Set<String>> known = new TreeMap<>();
    for (String key : declared) {
      int dot = key.indexOf('.');
      Set<String> inner = known.computeIfAbsent(dot < 0 ? key : key.substring(0, dot), k -> new TreeSet<>());
      if (dot >= 0) {
        inner.add(key.substring(dot + 1));
      }
    }
    for (String key : c.root().keySet()) {
      if (!known.containsKey(key)) {
        throw new ConfigError(key, c.root().get(key).unwrapped(), "unknown option; known options: " + known.keySet());
      }
      Set<String> inner = known.get(key);
      if (!inner.isEmpty() && c.getValue(key) instanceof com.typesafe.config.ConfigObject object) {
        for (String sub : object.keySet()) {
          if (!inner.contains(sub)) {
            throw new ConfigError(key + "." + sub, object.get(sub).unwrapped(), "unknown option; known: " + inner);
          }
        }
      }
    }
  }
}
