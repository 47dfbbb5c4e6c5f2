package dev.dateline.extraction;

/** Kinds of actors and places. */
public enum EntityKind { PERSON, COUNTRY, ORGANIZATION, PLACE, GROUP, PRODUCT, OTHER }
