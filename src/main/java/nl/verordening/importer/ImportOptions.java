package nl.verordening.importer;

/**
 * Instellingen voor de tekstimporteur.
 *
 * @param cbsCode CBS-gemeentecode ("gm1509"); mag null zijn, dan blijft de code leeg en volgt een bevinding
 */
public record ImportOptions(String cbsCode) {}
