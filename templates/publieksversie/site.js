// Publieksversie: filter op wet en zoeken. Alleen verbetering: zonder dit script is elke pagina
// compleet (het filter staat dan verborgen, zoeken verwijst naar de thema's).
(function () {
  'use strict';

  function wetfilter(formulier) {
    var artikelen = Array.prototype.slice.call(document.querySelectorAll('article.artikel'));
    var paragrafen = Array.prototype.slice.call(document.querySelectorAll('section.paragraaf'));
    var status = formulier.querySelector('.filterstatus');
    formulier.hidden = false;
    formulier.addEventListener('submit', function (e) { e.preventDefault(); });
    formulier.addEventListener('change', function () {
      var keuze = formulier.querySelector('input[name="wet"]:checked');
      var wet = keuze ? keuze.value : '';
      var zichtbaar = 0;
      artikelen.forEach(function (a) {
        var wetten = (a.getAttribute('data-wetten') || '').split(' ');
        var toon = !wet || wetten.indexOf(wet) >= 0;
        a.hidden = !toon;
        if (toon) zichtbaar++;
      });
      paragrafen.forEach(function (p) {
        p.hidden = !p.querySelector('article.artikel:not([hidden])');
      });
      var naam = keuze ? keuze.parentNode.querySelector('label').textContent.trim() : '';
      status.textContent = wet
        ? zichtbaar + ' van de ' + artikelen.length + ' artikelen gaan over ' + naam + '.'
        : 'Alle ' + artikelen.length + ' artikelen worden getoond.';
    });
  }

  // Kleine letters en zonder accenten, zodat "clienten" ook "cliënten" vindt.
  function normaal(s) {
    return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function zoeken(formulier) {
    var index = window.ZOEKINDEX || [];
    var veld = document.getElementById('zoekterm');
    var status = document.getElementById('zoekstatus');
    var lijst = document.getElementById('zoekresultaten');
    var genormaliseerd = index.map(function (a) {
      return { titel: normaal(a.nummer + ' ' + a.titel), tekst: normaal(a.tekst + ' ' + a.wetten) };
    });

    function fragment(tekst, woord) {
      var plek = normaal(tekst).indexOf(woord);
      if (plek < 0) return tekst.slice(0, 160) + (tekst.length > 160 ? '…' : '');
      var begin = Math.max(0, plek - 60);
      return (begin > 0 ? '…' : '') + tekst.slice(begin, begin + 180) + (begin + 180 < tekst.length ? '…' : '');
    }

    function toon(vraag) {
      var woorden = normaal(vraag).split(/\s+/).filter(function (w) { return w.length > 0; });
      lijst.textContent = '';
      if (woorden.length === 0) { status.textContent = ''; return; }
      var treffers = [];
      index.forEach(function (a, i) {
        var n = genormaliseerd[i];
        var score = 0;
        for (var j = 0; j < woorden.length; j++) {
          var inTitel = n.titel.indexOf(woorden[j]) >= 0;
          if (!inTitel && n.tekst.indexOf(woorden[j]) < 0) return;
          score += inTitel ? 10 : 1;
        }
        treffers.push({ a: a, score: score, i: i });
      });
      treffers.sort(function (x, y) { return y.score - x.score || x.i - y.i; });
      status.textContent = treffers.length === 0
        ? 'Geen artikelen gevonden voor "' + vraag + '".'
        : treffers.length + (treffers.length === 1 ? ' artikel' : ' artikelen') + ' gevonden voor "' + vraag + '".';
      treffers.slice(0, 50).forEach(function (t) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = t.a.adres;
        a.textContent = 'Artikel ' + t.a.nummer + ' ' + t.a.titel;
        var p = document.createElement('p');
        p.textContent = t.a.hoofdstuk + (t.a.wetten ? ' · ' + t.a.wetten : '') + ' — ' + fragment(t.a.tekst, woorden[0]);
        li.appendChild(a);
        li.appendChild(p);
        lijst.appendChild(li);
      });
    }

    formulier.addEventListener('submit', function (e) {
      e.preventDefault();
      toon(veld.value);
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', '?q=' + encodeURIComponent(veld.value));
      }
    });
    var vraag = new URLSearchParams(window.location.search).get('q');
    if (vraag) { veld.value = vraag; toon(vraag); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var f = document.querySelector('form[data-wetfilter]');
    if (f) wetfilter(f);
    var z = document.getElementById('zoekformulier');
    if (z) zoeken(z);
  });
})();
