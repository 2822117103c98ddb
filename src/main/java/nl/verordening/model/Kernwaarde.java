package nl.verordening.model;

/** Een kernwaarde van een hoofdstuk. */
public record Kernwaarde(Tekst tekst, SourcePosition pos) {}
