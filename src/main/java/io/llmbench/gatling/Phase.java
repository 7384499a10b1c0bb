package io.llmbench.gatling;

import io.gatling.core.session.Session;
import io.llmbench.backend.Conversations;
import io.llmbench.backend.RequestInput;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.run.RequestRecord;
import java.util.List;

/**
 * One phase of a run: its rows, their arrival schedule, and whether it is the excluded warm-up. A worker's
 * session holds the row it claimed and, for a conversation, the turn it is at and the history so far.
 *
 * @param sessionKey the session attribute holding the claimed index of this phase
 * @param slots the concurrency cap of this phase, or null when uncapped
 */
record Phase(String name, List<DatasetRow> rows, Dispatcher dispatcher, boolean warmup, String sessionKey, Slots slots) {
  int index(Session session) {
    return (Integer) session.attributes().apply(sessionKey);
  }

  int turn(Session session) {
    return (Integer) session.attributes().apply(turnKey());
  }

  String history(Session session) {
    return (String) session.attributes().apply(historyKey());
  }

  /** Claims the next row (or {@link Dispatcher#NONE}) and starts its conversation from its first turn. */
  io.gatling.javaapi.core.Session claim(io.gatling.javaapi.core.Session session) {
    return session.set(sessionKey, dispatcher.claim()).set(turnKey(), 0).set(historyKey(), Conversations.EMPTY);
  }

  /** Whether the user holds a row: a claim after the last row gives none. */
  boolean claimed(io.gatling.javaapi.core.Session session) {
    return session.getInt(sessionKey) != Dispatcher.NONE;
  }

  /** Whether the request just recorded succeeded and its conversation has another turn to send. */
  boolean hasNextTurn(io.gatling.javaapi.core.Session session) {
    RequestRecord record = session.get(RequestRecord.SESSION_KEY);
    return record != null && record.success()
        && session.getInt(turnKey()) + 1 < rows.get(session.getInt(sessionKey)).turns();
  }

  /** Moves to the next turn: the user message just sent and the server's real reply join the history. */
  io.gatling.javaapi.core.Session nextTurn(io.gatling.javaapi.core.Session session) {
    int turn = session.getInt(turnKey());
    RequestRecord record = session.get(RequestRecord.SESSION_KEY);
    RequestInput sent = new RequestInput(rows.get(session.getInt(sessionKey)), null, turn, session.getString(historyKey()));
    return session.set(turnKey(), turn + 1)
        .set(historyKey(), Conversations.next(sent, record.response().generatedText()));
  }

  private String turnKey() {
    return sessionKey + ".turn";
  }

  private String historyKey() {
    return sessionKey + ".history";
  }
}
