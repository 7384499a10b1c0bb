package io.llmbench.tokenizer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds and recognises the chat template next to a tokenizer.
 *
 * <p>A template is recognised by the SHA-256 of its text after removing the whitespace Jinja
 * itself strips around {@code -} tag modifiers ({@code {%-}, {@code -%}}, ...): re-indented copies
 * still match, any other difference does not. Known texts:
 *
 * <ul>
 *   <li>Qwen2: Qwen2-*-Instruct ({@code You are a helpful assistant.} as default system);
 *   <li>Qwen2.5: Qwen2.5-*-Instruct ({@code You are Qwen, created by Alibaba Cloud. ...});
 *   <li>Qwen3: the hybrid-thinking Qwen3 models (no default system, reasoning history);
 *   <li>Llama-3: Meta-Llama-3-*-Instruct (also in some Llama-3.1 tokenizer copies). Meta's
 *       Llama-3.1/3.2/3.3 template, with its date and tools header, is not recognised.
 * </ul>
 *
 * The texts and expected renders are in {@code src/test/resources/dataset/chat}.
 */
final class ChatTemplateFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONFIG = "tokenizer_config.json";
  private static final String JINJA = "chat_template.jinja";
  private static final Pattern STRIPPED_BY_JINJA =
      Pattern.compile("\\s+(?=\\{[%{#]-)|(?<=-[%}#]\\})\\s+");
  private static final Map<String, Function<Optional<String>, ChatTemplate>> KNOWN = Map.of(
      "793202280c0910ab26bc6eb57c8212c2417324c6d8c4efd0d10d59092ab3e3eb",
      bos -> new ChatMlTemplate("Qwen2", "You are a helpful assistant.", false, bos),
      "76746acdf79339ea87d16b810ca9ba76230eb84e25bae0c961c41d0469f3de53",
      bos -> new ChatMlTemplate(
          "Qwen2.5", "You are Qwen, created by Alibaba Cloud. You are a helpful assistant.", false,
          bos),
      "593ab84140f76eae8ad875e18a5fbaeb23790135481fbebd5d569737122975d2",
      bos -> new ChatMlTemplate("Qwen3", null, true, bos),
      "ba03a121d097859c7b5b9cd03af99aafe95275210d2876f642ad9929a150f122",
      Llama3Template::new);

  private ChatTemplateFiles() {}

  static Optional<ChatTemplate> find(Path folder) {
    Path config = folder.resolve(CONFIG);
    Path jinja = folder.resolve(JINJA);
    JsonNode settings = Files.isRegularFile(config) ? readJson(config) : JSON.createObjectNode();
    Optional<String> bos = token(settings.path("bos_token"), config);
    if (Files.isRegularFile(jinja)) {
      return Optional.of(recognise(read(jinja), bos, jinja));
    }
    JsonNode template = settings.path("chat_template");
    if (template.isMissingNode() || template.isNull()) {
      return Optional.empty();
    }
    return Optional.of(recognise(templateText(template, config), bos, config));
  }

  /** The fingerprint a template is recognised by. */
  static String fingerprint(String template) {
    String normalised = STRIPPED_BY_JINJA.matcher(template).replaceAll("");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static ChatTemplate recognise(String template, Optional<String> bos, Path file) {
    String fingerprint = fingerprint(template);
    Function<Optional<String>, ChatTemplate> known = KNOWN.get(fingerprint);
    if (known == null) {
      throw new IllegalArgumentException("unsupported chat template in " + file + " (sha256 "
          + fingerprint + " of its text): expected one of the Qwen2, Qwen2.5, Qwen3 (ChatML) or"
          + " Llama-3 templates, recognised by their exact text; other templates are refused"
          + " rather than approximated");
    }
    return known.apply(bos);
  }

  /** A string, or transformers' list of named templates, of which "default" is used. */
  private static String templateText(JsonNode template, Path config) {
    if (template.isTextual()) {
      return template.textValue();
    }
    if (template.isArray()) {
      for (JsonNode named : template) {
        if (named.path("name").asText().equals("default") && named.path("template").isTextual()) {
          return named.path("template").textValue();
        }
      }
    }
    throw new IllegalArgumentException(config + ": \"chat_template\" is neither a string nor a list"
        + " with a {\"name\": \"default\", \"template\": ...} entry");
  }

  /** A special token: a string, an AddedToken object with "content", or null. */
  private static Optional<String> token(JsonNode token, Path config) {
    if (token.isMissingNode() || token.isNull()) {
      return Optional.empty();
    }
    if (token.isTextual()) {
      return Optional.of(token.textValue());
    }
    if (token.path("content").isTextual()) {
      return Optional.of(token.path("content").textValue());
    }
    throw new IllegalArgumentException(config + ": \"bos_token\" is neither a string, null nor an"
        + " object with a \"content\" string");
  }

  private static JsonNode readJson(Path config) {
    try {
      JsonNode node = JSON.readTree(config.toFile());
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(config + " at line 1: expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(config + " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()
          + "; expected a JSON object (tokenizer_config.json)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
