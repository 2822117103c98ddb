package nl.verordening.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Kopstijl;
import nl.verordening.model.Orgaan;
import nl.verordening.model.Verordening;
import nl.verordening.testutil.Shared;
import org.junit.jupiter.api.Test;

/**
 * De ontwikkelcorpus: Regeling maatschappelijke ondersteuning Den Haag 2018 (overgeslagen zonder ../shared).
 * Verwachte aantallen met de hand geteld in de tekst: 7 hoofdstukken, 13 paragrafen, 35 artikelkoppen
 * (36 regels beginnen met "Artikel", één daarvan is de tabelkop "Artikelomschrijving"), 9 begrippen,
 * 9 bijlagen, 4 tabellen (bijlagen III, IV, V, VII).
 */
class DenHaagTest {

    @Test
    void structuurBijlagenBegrippenOndertekeningEnWoordtrouw() throws Exception {
        Path p = Shared.vereist("corpus/den_haag_2018.txt");
        String invoer = Files.readString(p);
        ImportResult r = new TextImporter(new ImportOptions(null)).importText(invoer, "den_haag_2018.txt");
        Verordening v = r.verordening();
        Samenvatting.Tellingen t = Samenvatting.tel(v);
        assertThat(t).isEqualTo(new Samenvatting.Tellingen(7, 13, 35, t.leden(), 9, 9, 4));
        assertThat(v.bijlagen()).extracting(Bijlage::nummer)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX");
        Blok.Tabel iv = (Blok.Tabel) v.bijlagen().get(3).inhoud().get(0);
        assertThat(iv.kop().cellen()).extracting(c -> c.platteTekst()).containsExactly("Omschrijving", "Norm 2026", "Nummer");
        assertThat(iv.rijen()).hasSize(63); // 64 regels onder de kop, de eerste is de kopregel
        assertThat(v.begrippen()).extracting(b -> b.term()).containsExactly("bijstandsnorm", "college", "inkomen",
                "mantelzorger", "pgb", "SVB", "verordening", "wet", "ZiN");
        var m = v.metadata();
        assertThat(m.orgaan()).isEqualTo(Orgaan.COLLEGE);
        assertThat(m.gemeente()).isEqualTo("Den Haag");
        assertThat(m.vastgesteld()).isEqualTo(LocalDate.of(2018, 4, 17));
        assertThat(m.inwerkingtreding()).isNull();
        assertThat(m.inwerkingtredingTekst()).startsWith("met ingang van de dag na de datum van uitgifte");
        assertThat(m.ondertekening().ondertekenaars()).extracting(o -> o.functie() + " | " + o.naam())
                .containsExactly("de secretaris | Peter Hennephof", "de burgemeester | Pauline Krikke");
        assertThat(m.aanhef().geletOp()).hasSize(3);
        assertThat(m.aanhef().besluit()).isNotEmpty();

        String kaal = Kaal.tekst(v);
        Kaal.Trouw ruw = Kaal.trouw(invoer, kaal);
        System.out.println("Den Haag: " + t + "; ruw " + ruw);
        // de kale tekst schrijft de koppen zoals vastgesteld ("Artikel 1.1.1 Titel"): gemeten op de ruwe invoer
        assertThat(m.kopstijl()).isEqualTo(new Kopstijl("Hoofdstuk", "Paragraaf", "Artikel"));
        assertThat(kaal).contains("\nArtikel 1.1.1 Begripsomschrijvingen\n", "\nParagraaf 1.1 Begrippen\n",
                "\nHoofdstuk 1 Algemene bepalingen\n");
        assertThat(ruw.recall()).as(ruw.resultaat().rapport(20)).isGreaterThanOrEqualTo(0.99);
        assertThat(ruw.precisie()).as(ruw.resultaat().rapport(20)).isGreaterThanOrEqualTo(0.99);
    }
}
