package io.llmbench.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways a tokenizer spec resolves, and the messages when it does not. */
class TokenizerLoadTest {

  @Test
  void djlRunsOffline() {
    try (Tokenizer t = Tokenizer.load("builtin:gpt2")) {
      assertEquals("true", System.getProperty("ai.djl.offline"));
      assertEquals("builtin:gpt2", t.name());
    }
  }

  @Test
  void loadsAPlainFileAndAFolder(@TempDir Path dir) throws IOException {
    Files.copy(SharedData.file("tokenizers/gpt2/tokenizer.json"), dir.resolve("tokenizer.json"));
    for (String spec : new String[] {dir.resolve("tokenizer.json").toString(), dir.toString()}) {
      try (Tokenizer t = Tokenizer.load(spec)) {
        assertArrayEquals(new int[] {15496, 995}, t.encode("Hello world", false), spec);
        assertEquals(50257, t.vocabSize(), spec);
      }
    }
  }

  @Test
  void missingFileNamesThePath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tokenizer.load("/no/such/dir/tokenizer.json"));
    assertTrue(e.getMessage().contains("/no/such/dir/tokenizer.json"), e.getMessage());
  }

  @Test
  void folderWithoutTokenizerJson(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.load(dir.toString()));
    assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("tokenizer.json"),
        e.getMessage());
  }

  @Test
  void unknownHubIdSaysHowToFixIt() {
    String id = "no-such-org-llmbench/NoSuchModel-0B";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.load(id));
    assertTrue(e.getMessage().contains(id), e.getMessage());
    assertTrue(e.getMessage().contains("huggingface-cli download " + id
        + " tokenizer.json tokenizer_config.json"), e.getMessage());
  }

  @Test
  void unknownBuiltinListsTheBuiltins() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.load("builtin:nope"));
    assertTrue(e.getMessage().contains("builtin:nope") && e.getMessage().contains("builtin:gpt2"),
        e.getMessage());
  }

  @Test
  void malformedTokenizerJsonGivesTheLocation(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"vocab\": {\"a\": }}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.load(file.toString()));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("line 1"),
        e.getMessage());
  }

  @Test
  void hubCachePrefersTheMainRevision(@TempDir Path hub) throws IOException {
    Path repo = hub.resolve("models--Org--Model");
    Files.createDirectories(repo.resolve("snapshots/aaa"));
    Files.createDirectories(repo.resolve("snapshots/bbb"));
    Files.createDirectories(repo.resolve("refs"));
    Files.writeString(repo.resolve("snapshots/aaa/tokenizer.json"), "{}");
    Files.writeString(repo.resolve("snapshots/bbb/tokenizer.json"), "{}");
    assertEquals(Optional.of(repo.resolve("snapshots/aaa/tokenizer.json")),
        HubCache.find(hub, "Org/Model"));
    Files.writeString(repo.resolve("refs/main"), "bbb\n");
    assertEquals(Optional.of(repo.resolve("snapshots/bbb/tokenizer.json")),
        HubCache.find(hub, "Org/Model"));
    assertEquals(Optional.empty(), HubCache.find(hub, "Org/Other"));
  }
}
