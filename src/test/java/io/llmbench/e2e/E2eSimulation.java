package io.llmbench.e2e;

import io.llmbench.gatling.LlmSimulation;

/** A simulation with no defaults of its own: the tests drive it entirely through {@code llmbench.*} properties. */
public class E2eSimulation extends LlmSimulation {}
