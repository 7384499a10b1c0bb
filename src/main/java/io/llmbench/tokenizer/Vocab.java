package io.llmbench.tokenizer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;

/**
 * The vocabulary of a {@code tokenizer.json}, which DJL does not expose. Read with a streaming
 * parser so the (large) merges list is skipped rather than built into a tree.
 *
 * @param baseSize entries of {@code model.vocab} (HF {@code vocab_size})
 * @param allIds distinct ids of {@code model.vocab} and {@code added_tokens}, ascending
 * @param specialIds ids of the {@code added_tokens} marked {@code "special": true}, ascending
 */
record Vocab(int baseSize, int[] allIds, int[] specialIds) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Vocab read(TokenizerSource source) {
    try (JsonParser p = MAPPER.createParser(source.json())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw invalid(source, "a JSON object", p);
      }
      BitSet ids = new BitSet();
      BitSet specials = new BitSet();
      int baseSize = -1;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("model") && value == JsonToken.START_OBJECT) {
          baseSize = readModelVocab(p, ids);
        } else if (field.equals("added_tokens") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode token = p.readValueAsTree();
            ids.set(token.required("id").asInt());
            if (token.path("special").asBoolean()) {
              specials.set(token.required("id").asInt());
            }
          }
        } else {
          p.skipChildren();
        }
      }
      if (baseSize < 0) {
        throw invalid(source, "a \"model\" object with a \"vocab\"", p);
      }
      return new Vocab(baseSize, ids.stream().toArray(), specials.stream().toArray());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source.origin() + " is not a valid tokenizer.json: "
          + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BPE, WordPiece and WordLevel vocabularies map token to id; Unigram's is a list indexed by id. */
  private static int readModelVocab(JsonParser p, BitSet ids) throws IOException {
    int size = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("vocab") && value == JsonToken.START_OBJECT) {
        size = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          p.nextToken();
          ids.set(p.getIntValue());
          size++;
        }
      } else if (field.equals("vocab") && value == JsonToken.START_ARRAY) {
        size = 0;
        while (p.nextToken() == JsonToken.START_ARRAY) {
          p.skipChildren();
          ids.set(size++);
        }
      } else {
        p.skipChildren();
      }
    }
    return size;
  }

  private static IllegalArgumentException invalid(
      TokenizerSource s, String expected, JsonParser p) {
    return new IllegalArgumentException(s.origin() + " is not a valid tokenizer.json: expected "
        + expected + " (line " + p.currentLocation().getLineNr() + ", column "
        + p.currentLocation().getColumnNr() + ")");
  }
}
