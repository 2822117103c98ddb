/**
 * {@code verordening serve}: een voorbeeldserver op 127.0.0.1 die de bron in het geheugen bouwt,
 * de uitvoer en de bevindingen toont, de bronmap bewaakt en open pagina's herlaadt na elke keer
 * opslaan. Hangt af van de pijplijn en het model, niet van de CLI; schrijft nooit in de bronmap
 * of in {@code output/}.
 */
package nl.verordening.serve;
