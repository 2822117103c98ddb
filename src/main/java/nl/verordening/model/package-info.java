/**
 * Het documentmodel van een verordening: onveranderlijke records, zonder afhankelijkheden.
 * Elk element draagt zijn {@link nl.verordening.model.SourcePosition} (bestand, regel, kolom), zodat
 * meldingen en bevindingen naar de exacte plek in de bron wijzen.
 */
package nl.verordening.model;
