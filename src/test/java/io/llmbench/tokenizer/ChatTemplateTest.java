package io.llmbench.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders against {@code transformers.apply_chat_template} (shared tokenizer-golden/chat-*.json) and
 * against Jinja2 renders made as transformers makes them (src/test/resources/dataset/chat).
 */
class ChatTemplateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Tokenizer qwen3;

  @BeforeAll
  static void load() {
    qwen3 = SharedData.qwen3();
  }

  @AfterAll
  static void close() {
    qwen3.close();
  }

  @Test
  void qwen3MatchesTransformersTextAndIds() throws IOException {
    ChatTemplate template = qwen3.chatTemplate().orElseThrow();
    assertEquals("Qwen3", template.name());
    assertEquals(Optional.empty(), template.bosToken());
    for (JsonNode c : JSON.readTree(SharedData.file("tokenizer-golden/chat-qwen3.json").toFile())) {
      String text = template.render(messages(c.get("messages")));
      assertEquals(c.get("text").textValue(), text);
      assertArrayEquals(ints(c.get("ids")), qwen3.encode(text, false));
    }
  }

  @Test
  void llama3MatchesTransformers() throws IOException {
    ChatTemplate template = ChatTemplate.find(fixture("llama3")).orElseThrow();
    assertEquals("Llama-3", template.name());
    assertEquals(Optional.of("<|begin_of_text|>"), template.bosToken());
    for (JsonNode c :
        JSON.readTree(SharedData.file("tokenizer-golden/chat-llama3_1.json").toFile())) {
      assertEquals(c.get("text").textValue(), template.render(messages(c.get("messages"))));
    }
  }

  @Test
  void everyFamilyMatchesJinjaRenders() throws IOException {
    Map<String, ChatTemplate> templates = Map.of(
        "qwen2", ChatTemplate.find(fixture("qwen2")).orElseThrow(),
        "qwen2_5", ChatTemplate.find(fixture("qwen2_5")).orElseThrow(),
        "llama3", ChatTemplate.find(fixture("llama3")).orElseThrow(),
        "qwen3", qwen3.chatTemplate().orElseThrow());
    assertEquals("Qwen2", templates.get("qwen2").name());
    assertEquals("Qwen2.5", templates.get("qwen2_5").name());
    int checked = 0;
    for (JsonNode c : JSON.readTree(fixture("renders.json").toFile())) {
      ChatTemplate template = templates.get(c.get("template").textValue());
      assertEquals(c.get("text").textValue(), template.render(messages(c.get("messages"))),
          c.get("template") + " " + c.get("messages"));
      checked++;
    }
    assertEquals(26, checked);
  }

  @Test
  void reindentedCopyIsRecognisedButAnEditIsRefused(@TempDir Path dir) throws IOException {
    String qwen3Text = qwen3Config().get("chat_template").textValue();
    writeConfig(dir, qwen3Text.replace("\n    ", "\n        ").replace("\n{%-", "\n  {%-"));
    assertEquals("Qwen3", ChatTemplate.find(dir).orElseThrow().name());

    writeConfig(dir, qwen3Text.replace("<|im_start|>assistant\\n", "<|im_start|>bot\\n"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChatTemplate.find(dir));
    assertTrue(e.getMessage().startsWith("unsupported chat template in "
        + dir.resolve("tokenizer_config.json")), e.getMessage());
    assertTrue(e.getMessage().contains("Qwen2, Qwen2.5, Qwen3 (ChatML) or Llama-3"),
        e.getMessage());
  }

  @Test
  void jinjaFileTakesPrecedenceAndNamedListsUseDefault(@TempDir Path dir) throws IOException {
    String llama3 = config("llama3").get("chat_template").textValue();
    String qwen2 = config("qwen2").get("chat_template").textValue();
    ObjectNode named = JSON.createObjectNode();
    named.putArray("chat_template")
        .add(JSON.createObjectNode().put("name", "tool_use").put("template", llama3))
        .add(JSON.createObjectNode().put("name", "default").put("template", qwen2));
    named.put("bos_token", "<s>");
    Files.writeString(dir.resolve("tokenizer_config.json"), named.toString());
    assertEquals("Qwen2", ChatTemplate.find(dir).orElseThrow().name());

    Files.writeString(dir.resolve("chat_template.jinja"), llama3);
    ChatTemplate fromJinja = ChatTemplate.find(dir).orElseThrow();
    assertEquals("Llama-3", fromJinja.name());
    assertEquals(Optional.of("<s>"), fromJinja.bosToken());
  }

  @Test
  void noTemplateIsEmpty(@TempDir Path dir) throws IOException {
    try (Tokenizer gpt2 = Tokenizer.load("builtin:gpt2")) {
      assertEquals(Optional.empty(), gpt2.chatTemplate());
    }
    assertEquals(Optional.empty(), ChatTemplate.find(dir));
    Files.writeString(dir.resolve("tokenizer_config.json"), "{\"bos_token\": null}");
    assertEquals(Optional.empty(), ChatTemplate.find(dir));
  }

  @Test
  void malformedConfigNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("tokenizer_config.json");
    Files.writeString(config, "{\n  \"chat_template\": \"x\",\n  oops\n}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChatTemplate.find(dir));
    assertTrue(e.getMessage().startsWith(config + " at line 3, column"), e.getMessage());
    assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());

    Files.writeString(config, "{\"chat_template\": 42}");
    e = assertThrows(IllegalArgumentException.class, () -> ChatTemplate.find(dir));
    assertTrue(e.getMessage().startsWith(config + ": \"chat_template\" is neither"),
        e.getMessage());
  }

  @Test
  void tokenizerLoadsDespiteAnUnsupportedTemplate(@TempDir Path dir) throws IOException {
    Files.copy(SharedData.file("tokenizers/gpt2/tokenizer.json"), dir.resolve("tokenizer.json"));
    writeConfig(dir, "{{ messages }}");
    try (Tokenizer t = Tokenizer.load(dir.toString())) {
      assertArrayEquals(new int[] {15496, 995}, t.encode("Hello world", false));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, t::chatTemplate);
      assertTrue(e.getMessage().startsWith("unsupported chat template in "
          + dir.resolve("tokenizer_config.json")), e.getMessage());
    }
    writeConfig(dir, config("qwen2").get("chat_template").textValue());
    try (Tokenizer t = Tokenizer.load(dir.resolve("tokenizer.json").toString())) {
      assertEquals("Qwen2", t.chatTemplate().orElseThrow().name());
    }
  }

  @Test
  void onlyPlainTextRoles() {
    assertThrows(IllegalArgumentException.class, () -> new ChatMessage("tool", "x"));
    assertThrows(IllegalArgumentException.class,
        () -> qwen3.chatTemplate().orElseThrow().render(List.of()));
  }

  private static List<ChatMessage> messages(JsonNode messages) {
    List<ChatMessage> out = new ArrayList<>();
    for (JsonNode m : messages) {
      out.add(new ChatMessage(m.get("role").textValue(), m.get("content").textValue()));
    }
    return out;
  }

  private static int[] ints(JsonNode ids) {
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i).intValue();
    }
    return out;
  }

  private static Path fixture(String name) {
    try {
      return Path.of(ChatTemplateTest.class.getResource("/dataset/chat/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource missing: /dataset/chat/" + name, e);
    }
  }

  private static JsonNode config(String name) throws IOException {
    return JSON.readTree(fixture(name).resolve("tokenizer_config.json").toFile());
  }

  private static JsonNode qwen3Config() throws IOException {
    return JSON.readTree(SharedData.file("tokenizers/qwen3/tokenizer_config.json").toFile());
  }

  private static void writeConfig(Path dir, String template) throws IOException {
    Files.writeString(dir.resolve("tokenizer_config.json"),
        JSON.createObjectNode().put("chat_template", template).toString());
  }
}
