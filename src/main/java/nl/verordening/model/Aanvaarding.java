package nl.verordening.model;

/**
 * Een bevinding die de schrijver bewust aanvaardt, met reden: de tekst is zo vastgesteld.
 * In de bron: {@code aanvaard: [{code: REF003, reden: "zo vastgesteld door de raad"}]} op het element.
 *
 * @param element pad van het element waarop de aanvaarding staat ("artikel-id", "artikel-id#lid-2");
 *                ze geldt voor bevindingen over dat element en alles erbinnen (zie
 *                {@link ModelIndex#omvattend})
 * @param code    de code van de aanvaarde bevinding ("REF003")
 */
public record Aanvaarding(String element, String code, String reden, SourcePosition pos) {
}
