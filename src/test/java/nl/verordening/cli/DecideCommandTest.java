package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code verordening decide} op de echte bron. */
class DecideCommandTest {

    @Test
    void tekstMetUitkomstRegelEnGrondslag() {
        Cli u = Cli.voerUit("decide", "inkomenstoeslag", "huishouden=alleenstaande ouder", "inkomen_procent_bijstandsnorm=109,99",
                "maanden_laag_inkomen=12", "studie_in_referteperiode=nee", "partner_heeft_recht=nee");
        assertThat(u.code()).isZero();
        assertThat(u.err()).isEmpty();
        assertThat(u.out()).isEqualTo("""
                Inkomenstoeslag (inkomenstoeslag)
                  Recht op inkomenstoeslag: ja
                  Inkomenstoeslag per kalenderjaar: € 595
                  regel 5: Bedrag voor een alleenstaande ouder.
                  grondslag: artikel 8.1.2
                """);
    }

    @Test
    void json() {
        Cli u = Cli.voerUit("decide", "leerlingenvervoer-vergoeding", "schoolsoort=BO", "schoolafstand_km=21", "passende_school_dichtbij=true",
                "inkomen_onder_drempel=false", "ov_geen_optie_door_beperking=false", "uitzonderlijke_onderwijsbehoefte=false", "--json");
        assertThat(u.code()).isZero();
        assertThat(u.out()).isEqualTo("{\"tabel\": \"leerlingenvervoer-vergoeding\", \"invoer\": {\"schoolsoort\": \"BO\", \"schoolafstand_km\": 21,"
                + " \"passende_school_dichtbij\": true, \"inkomen_onder_drempel\": false, \"ov_geen_optie_door_beperking\": false,"
                + " \"uitzonderlijke_onderwijsbehoefte\": false}, \"uitkomst\": {\"vergoeding\": true, \"kosten_boven_20km_voor_ouders\": true},"
                + " \"regels\": [3], \"grondslag\": \"artikel 4.6.4, derde lid\"}\n");
    }

    @Test
    void elkeTabelGeeftEenAntwoordOpHaarEersteVoorbeeld() {
        assertThat(Cli.voerUit("decide", "opstartpremie", "leeftijd=20", "premie_in_afgelopen_12_maanden=false").out()).contains("Opstartpremie: 62,50 euro");
        assertThat(Cli.voerUit("decide", "termijnen", "stap=beslissing schuldhulpverlening").out()).contains("8 weken", "artikel 8.2.2");
        assertThat(Cli.voerUit("decide", "verlaging-gedraging", "categorie=3", "herhaling_binnen_12_maanden=ja").out()).contains(": 100 procent", "Duur van de verlaging: 1 maand\n");
        assertThat(Cli.voerUit("decide", "verlaging-benadeling", "benadelingsbedrag_bekend=ja", "benadelingsbedrag=4000").out()).contains("100 procent");
        assertThat(Cli.voerUit("decide", "verlaging-overige-verplichting", "soort=beëindiging inkomensondersteuning").out()).contains("100 procent");
        assertThat(Cli.voerUit("decide", "loonkostenondersteuning", "maanden_inkomensondersteuning=12", "maanden_al_ontvangen=6",
                "al_verlengd=nee").out()).contains("Ten hoogste per maand: € 500", "regel 5");
    }

    @Test
    void fouteInvoerGeeftExitcode2MetAlleMeldingen() {
        Cli u = Cli.voerUit("decide", "opstartpremie", "leeftijd=negentien", "premie=ja");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.out()).isEmpty();
        assertThat(u.err()).isEqualTo("""
                verordening: onbekende invoer 'premie' voor tabel opstartpremie (invoer: leeftijd, premie_in_afgelopen_12_maanden).
                verordening: invoer 'leeftijd' moet een getal zijn, niet 'negentien'.
                verordening: invoer 'premie_in_afgelopen_12_maanden' (De inwoner kreeg in de afgelopen 12 maanden al een opstartpremie) ontbreekt; geef true of false.
                """);
        assertThat(Cli.voerUit("decide", "inkomentoeslag").err()).contains("bedoelde u 'inkomenstoeslag'?");
        assertThat(Cli.voerUit("decide", "termijnen", "stap=bezwaar").err()).contains("kies uit: gesprek na melding,");
        assertThat(Cli.voerUit("decide", "termijnen", "stap", "--datum", "morgen").code()).isEqualTo(2);
    }
}
