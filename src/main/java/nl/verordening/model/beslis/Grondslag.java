package nl.verordening.model.beslis;

import nl.verordening.model.SourcePosition;

/**
 * Het artikel (op stabiel id) en eventueel het lid waarop een tabel of regel berust.
 *
 * @param lid het lidnummer zoals vastgesteld ("2"), of null voor het hele artikel
 */
public record Grondslag(String artikel, String lid, SourcePosition pos) {}
