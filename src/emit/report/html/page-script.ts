/**
 * report.html's script: navigation and filters only (the page reads fully
 * without it). Selecting a mapped line of a Dockerfile or manifest marks its
 * span and the cookbook lines in the span's `data-refs`, and says where they
 * are with a link back; selecting a cookbook line lists what it produced.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var body = document.body;
  body.classList.add('js');
  var panel = document.getElementById('selection');
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function clear() { all('.line.sel, .line.hit').forEach(function (l) { l.classList.remove('sel', 'hit'); }); }
  function showSource(ids) {
    all('section.src').forEach(function (s) { s.classList.toggle('shown', ids.indexOf(s.id) >= 0); });
  }
  // A span's data-refs: "s3:12" is one cookbook line, "s3:1-40" a range of them.
  function parseRef(r) {
    var at = r.split(':'), range = at[1].split('-');
    return { file: at[0], first: Number(range[0]), last: Number(range[1] || range[0]) };
  }
  function refsOf(li) { return (li.dataset.refs || '').split(' ').filter(Boolean).map(parseRef); }
  function link(href, text) { var a = document.createElement('a'); a.href = href; a.textContent = text; return a; }
  function say(title, links) {
    panel.textContent = '';
    var p = document.createElement('div'); p.textContent = title; panel.appendChild(p);
    var ul = document.createElement('ul');
    links.forEach(function (l) { var li = document.createElement('li'); li.appendChild(l); ul.appendChild(li); });
    panel.appendChild(ul);
  }
  function spanOf(lineEl) {
    var id = lineEl.id, cut = id.lastIndexOf('-L'), block = id.slice(0, cut), n = Number(id.slice(cut + 2));
    return all('li[data-block="' + block + '"]').filter(function (li) { return Number(li.dataset.first) <= n && n <= Number(li.dataset.last); })[0];
  }
  function selectSpan(li) {
    clear();
    var block = li.dataset.block, first = Number(li.dataset.first), last = Number(li.dataset.last);
    for (var n = first; n <= last; n++) { var l = document.getElementById(block + '-L' + n); if (l) l.classList.add('sel'); }
    var refs = refsOf(li), firstHit = null, files = [];
    refs.forEach(function (r) {
      if (files.indexOf(r.file) < 0) files.push(r.file);
      for (var n = r.first; n <= r.last; n++) {
        var el = document.getElementById(r.file + '-L' + n);
        if (el) { el.classList.add('hit'); if (!firstHit) firstHit = el; }
      }
    });
    var links = all('a.ref', li).map(function (a) { return link(a.getAttribute('href'), a.textContent); });
    links.unshift(link('#' + block + '-L' + first, 'back to ' + li.querySelector('a.span').textContent));
    say(refs.length ? 'Selected: produced by' : 'Selected: decant wrote this itself', links);
    if (files.length) showSource(files);
    if (firstHit) firstHit.scrollIntoView({ block: 'center' });
  }
  function selectSource(lineEl) {
    clear();
    lineEl.classList.add('hit');
    var id = lineEl.id, cut = id.lastIndexOf('-L'), file = id.slice(0, cut), n = Number(id.slice(cut + 2));
    showSource([file]);
    var users = all('li[data-refs]').filter(function (li) {
      return refsOf(li).some(function (r) { return r.file === file && r.first <= n && n <= r.last; });
    });
    say(users.length ? 'This line produced' : 'Nothing in the output points at this line',
      users.map(function (li) { return link('#' + li.dataset.block + '-L' + li.dataset.first, li.querySelector('a.span').textContent + ' (' + li.dataset.block + ')'); }));
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    var mapped = t.closest && t.closest('.line.mapped');
    if (mapped) { var li = spanOf(mapped); if (li) { e.preventDefault(); selectSpan(li); } return; }
    var span = t.closest && t.closest('details.spans li');
    if (span && t.closest('a.span')) { selectSpan(span); return; }
    var srcLine = t.closest && t.closest('section.src .line');
    if (srcLine) { selectSource(srcLine); return; }
    var ref = t.closest && t.closest('a.ref');
    if (ref) { var target = document.getElementById(ref.getAttribute('href').slice(1)); if (target && target.closest('section.src')) selectSource(target); }
  });
  function checked(name) { return all('input[name="' + name + '"]:checked').map(function (i) { return i.value; }); }
  function applyFilters() {
    var unit = document.getElementById('f-unit').value;
    var app = unit ? unit.split('/')[0] : document.getElementById('f-app').value;
    var classes = checked('class'), severities = checked('severity');
    all('.f').forEach(function (el) {
      var d = el.dataset, hide = false;
      if (app && d.app !== undefined && d.app !== app) hide = true;
      if (unit && d.unit !== undefined && d.unit !== unit) hide = true;
      if (d.class !== undefined && classes.indexOf(d.class) < 0) hide = true;
      if (d.severity !== undefined && severities.indexOf(d.severity) < 0) hide = true;
      el.hidden = hide;
    });
  }
  document.getElementById('filters').addEventListener('change', applyFilters);
  var start = location.hash && document.getElementById(location.hash.slice(1));
  if (start && start.closest('section.src')) selectSource(start);
  else { var firstSrc = document.querySelector('section.src'); if (firstSrc) showSource([firstSrc.id]); }
})();
`;
