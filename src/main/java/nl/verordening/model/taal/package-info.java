/**
 * Maten voor begrijpelijke taal: zinnen splitsen, woorden en lettergrepen tellen, Flesch–Douma,
 * lange woorden en lijdende vorm. Pure functies zonder in- en uitvoer, zodat een controle
 * ({@code check.taal}) en een renderer (het leesbaarheidsrapport) precies dezelfde getallen geven.
 * Grenzen van deze maten voor het Nederlands: {@code docs/taal.md}.
 */
package nl.verordening.model.taal;
