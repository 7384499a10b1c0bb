package io.llmbench.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The declarations are the one source: reference.conf, the README's table and the help text must agree with them. */
class OptionDeclarationsTest {
  private static final Map<String, OptionSpec<?>> DECLARED = Options.specs(OptionRegistry.all());

  @Test
  void referenceConfHoldsEveryDeclaredKeyWithItsDefaultAndNothingElse() {
    Config reference = ConfigFactory.parseResources("reference.conf").resolve().getConfig(ConfigLoader.ROOT);
    DECLARED.values().forEach(spec -> {
      assertTrue(reference.hasPathOrNull(spec.key()), "reference.conf lacks " + spec.key());
      assertEquals(spec.defaultValue(), spec.read(reference), "reference.conf's default of " + spec.key());
    });
    Set<String> undeclared = new TreeSet<>();
    reference.entrySet().forEach(e -> {
      if (!covered(e.getKey(), DECLARED.keySet())) {
        undeclared.add(e.getKey());
      }
    });
    assertEquals(Set.of(), undeclared, "reference.conf keys no part declares");
  }

  @Test
  void readmeTableNamesEveryDeclaredKeyAndOnlyThose() throws IOException {
    Set<String> documented = readmeOptionNames(Files.readString(Path.of("README.md")));
    Set<String> missing = new TreeSet<>();
    DECLARED.keySet().forEach(key -> {
      if (documented.stream().noneMatch(d -> d.equals(key) || d.startsWith(key + "."))) {
        missing.add(key);
      }
    });
    assertEquals(Set.of(), missing, "declared options missing from the README's table");
    Set<String> unknown = new TreeSet<>();
    documented.forEach(name -> {
      if (!covered(name, DECLARED.keySet())) {
        unknown.add(name);
      }
    });
    assertEquals(Set.of(), unknown, "README options no part declares");
  }

  @Test
  void helpListsEveryOptionWithItsDefaultTypeAndMeaning() {
    String help = Help.text(OptionRegistry.all());
    DECLARED.values().forEach(spec -> {
      assertTrue(help.contains("\n  " + spec.key() + " = " + Help.show(spec.defaultValue()) + "  (" + spec.type()
          + "; " + spec.allowed() + ")\n      " + spec.doc() + "\n"), spec.key());
    });
    assertTrue(help.contains("\narrivals:\n  request-rate = inf  (rate; > 0, or inf)\n"), help);
    assertTrue(help.contains("\ndataset sonnet:\n  sonnet-input-len = 550  (integer; >= 1)\n"), help);
  }

  @Test
  void everyDeclarationHasAOneLineMeaningAndNoKeyIsDeclaredTwice() {
    // Options.specs refuses a key declared twice; reaching here means none is
    DECLARED.values().forEach(spec -> {
      assertFalse(spec.doc().isBlank() || spec.doc().contains("\n"), spec.key());
      assertFalse(spec.type().isBlank() || spec.allowed().isBlank(), spec.key());
    });
  }

  @Test
  void optionsRememberWhichKeysWereRead() {
    Options options = ConfigLoader.of(Map.of()).options();
    assertEquals(Set.of(), options.readKeys());
    options.get(BenchConfig.MAX_CONCURRENCY);
    assertEquals(Set.of("max-concurrency"), options.readKeys());
  }

  /** A name is covered by its own declaration or by a declared object it lies in ({@code assertions.p99-ttft-ms}). */
  private static boolean covered(String name, Set<String> declared) {
    for (String prefix = name; ; prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
      if (declared.contains(prefix)) {
        return true;
      }
      if (!prefix.contains(".")) {
        return false;
      }
    }
  }

  /** The backticked names in the first column of the table under "## Options". */
  static Set<String> readmeOptionNames(String readme) {
    String section = readme.substring(readme.indexOf("\n## Options\n"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    Set<String> names = new TreeSet<>();
    List<String> rows = new ArrayList<>(section.lines().filter(l -> l.startsWith("| `")).toList());
    Pattern backticked = Pattern.compile("`([^`]+)`");
    for (String row : rows) {
      Matcher m = backticked.matcher(row.split(" \\| ")[0]);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}
