package dev.dateline.extraction;

/** Whether the text says the event happened, is planned, might happen or did not happen. */
public enum Modality { ASSERTED, PLANNED, HYPOTHETICAL, NEGATED }
