package io.llmbench.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.llmbench.SourceScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Backend facts live in the {@link Backends} table: no code outside this package writes a backend's name. */
class BackendNamesTest {
  private static final String OWN_PACKAGE = "src/main/java/io/llmbench/backend/";

  @Test
  void noBackendNameLiteralOutsideTheBackendPackage() {
    Set<String> names = Set.copyOf(Backends.names());
    List<String> found = new ArrayList<>();
    for (String root : List.of("src/main/java", "simulations")) {
      found.addAll(SourceScan.offendingLines(SourceScan.folder(root), file -> file.startsWith(OWN_PACKAGE),
          line -> SourceScan.stringLiterals(line).stream().anyMatch(names::contains)));
    }
    assertEquals(List.of(), found, "use Backends' constants, or ask the Backend, instead of writing its name");
  }
}
