/**
 * Laden: YAML-bronbestanden naar het model, met bronposities. Alle fouten worden verzameld en in
 * één keer gemeld ({@link nl.verordening.load.LoadException}), nooit alleen de eerste.
 */
package nl.verordening.load;
