/**
 * Het bronformaat als data: welke sleutels elke soort YAML-blok heeft, welke verplicht zijn en wat
 * ze betekenen. Lader en bronschrijver gebruiken dezelfde definitie.
 */
package nl.verordening.model.bron;
