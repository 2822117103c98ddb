package nl.verordening.model;

/** Een afbeelding voor de publieksversie; {@code alt} is verplicht voor toegankelijkheid. */
public record Illustratie(String pad, String alt, SourcePosition pos) {}
