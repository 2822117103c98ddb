/**
 * Beslistabellen als onveranderlijke records: invoer, uitvoer, regels met FEEL-toetsen (al
 * ontleed door de lader), voorbeelden en de grondslag in de verordening. Geen afhankelijkheden.
 */
package nl.verordening.model.beslis;
