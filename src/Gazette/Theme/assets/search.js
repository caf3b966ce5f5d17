/* Gazette search: loads the JSON index written at build time and searches it as you type.
   No framework and nothing from other sites. The index format is described in
   src/Gazette/Output/SearchIndexWriter.cs; the page's DOM contract in docs/templates.md. */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var count = document.getElementById('search-count');
  var list = document.getElementById('search-results');
  if (!form || !input || !count || !list || !window.fetch) {
    return;
  }

  var base = form.getAttribute('data-base') || '/';
  var shown = 100; // more than a reader scrolls through; the count still tells the whole number
  var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  // Letters that Unicode decomposition leaves alone but readers type without their marks.
  var extra = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', '’': "'", '‘': "'" };
  var docs = [];
  var total = 0;
  var pending = 0;
  var failed = false;
  var timer = 0;

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[ßæœøłđðþı’‘]/g, function (c) { return extra[c]; });
  }

  // Word-start matches ("put" in "Putin") weigh more than matches inside a word ("put" in "output").
  function find(haystack, term) {
    var at = haystack.indexOf(term);
    if (at < 0) {
      return 0;
    }
    for (; at >= 0; at = haystack.indexOf(term, at + 1)) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack.charAt(at - 1))) {
        return 2;
      }
    }
    return 1;
  }

  function add(part, partNumber) {
    var names = function (list, indexes) {
      return indexes.map(function (i) { return list[i]; });
    };
    part.a.forEach(function (row, i) {
      var tags = names(part.t, row[5]);
      var people = names(part.p, row[6]);
      var section = row[4] >= 0 ? part.s[row[4]] : '';
      docs.push({
        title: row[0], summary: row[1], date: row[2], url: base + row[3], section: section,
        order: partNumber * 1e7 + i,
        t: fold(row[0]), n: fold(people.concat(tags).join('\n')), s: fold(section), d: fold(row[1])
      });
    });
  }

  // Every term must match somewhere; the best field of each term adds to the score:
  // title, then people and tags, then section, then summary.
  function score(doc, terms) {
    var sum = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var hit = find(doc.t, term);
      var points = hit ? 100 * hit : 0;
      if (!points) {
        hit = find(doc.n, term);
        points = hit ? 10 * hit : 0;
      }
      if (!points) {
        hit = find(doc.s, term);
        points = hit ? 5 * hit : 0;
      }
      if (!points) {
        hit = find(doc.d, term);
        points = hit ? hit : 0;
      }
      if (!points) {
        return 0;
      }
      sum += points;
    }
    return sum;
  }

  function displayDate(iso) {
    var parts = iso.split('-');
    return Number(parts[2]) + ' ' + months[Number(parts[1]) - 1] + ' ' + parts[0];
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function item(doc) {
    var li = element('li', 'search-result');
    var link = element('a', 'search-result-title', doc.title);
    link.href = doc.url;
    li.appendChild(link);
    var meta = element('p', 'meta');
    var time = element('time', '', displayDate(doc.date));
    time.setAttribute('datetime', doc.date);
    meta.appendChild(time);
    if (doc.section) {
      meta.appendChild(document.createTextNode(' ')); // the theme's separator sits between words
      meta.appendChild(element('span', '', doc.section));
    }
    li.appendChild(meta);
    if (doc.summary) {
      li.appendChild(element('p', 'search-result-summary', doc.summary));
    }
    return li;
  }

  function plural(n, word) {
    return n.toLocaleString('en-GB') + ' ' + word + (n === 1 ? '' : 's');
  }

  function run() {
    var query = input.value.trim();
    var terms = fold(query).split(/\s+/).filter(Boolean);
    var matches = [];
    if (terms.length) {
      docs.forEach(function (doc) {
        var s = score(doc, terms);
        if (s) {
          matches.push({ doc: doc, score: s });
        }
      });
      matches.sort(function (a, b) { return b.score - a.score || a.doc.order - b.doc.order; });
    }

    var fragment = document.createDocumentFragment();
    matches.slice(0, shown).forEach(function (m) { fragment.appendChild(item(m.doc)); });
    list.textContent = '';
    list.appendChild(fragment);

    var text;
    if (failed) {
      text = 'Search could not load its index. Try the indexes below.';
    } else if (!terms.length) {
      text = total ? 'Type to search ' + plural(total, 'article') + '.' : 'Loading the search index…';
    } else {
      text = (matches.length ? plural(matches.length, 'result') : 'No results') + ' for “' + query + '”';
      if (matches.length > shown) {
        text += ', the best ' + shown + ' shown';
      }
      text += pending ? ' (still loading…)' : '.';
    }
    count.textContent = text;
  }

  function remember() {
    var url = new URL(window.location.href);
    if (input.value.trim()) {
      url.searchParams.set('q', input.value.trim());
    } else {
      url.searchParams.delete('q');
    }
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }

  function load(url, partNumber) {
    pending++;
    return fetch(url)
      .then(function (response) {
        if (!response.ok) {
          throw new Error(url + ': HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (part) {
        add(part, partNumber);
        pending--;
        return part;
      });
  }

  function fail() {
    failed = true;
    pending = 0;
    run();
  }

  form.hidden = false;
  input.value = new URLSearchParams(window.location.search).get('q') || '';
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { remember(); run(); }, 60);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    remember();
    run();
  });

  load(form.getAttribute('data-index'), 0).then(function (first) {
    total = first.total;
    run();
    (first.parts || []).forEach(function (url, i) {
      load(base + url, i + 1).then(run, fail);
    });
  }, fail);
  run();
})();
