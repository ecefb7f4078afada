/**
 * The workspace's only assets, served by the app itself (offices block CDNs). Kept as strings so
 * the compiled build needs no copy step.
 */

export const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;color:#1d2430;background:#f4f6f9}
a{color:#0b5cad}
header.top{background:#0b4f8a;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1rem}
header.top .brand{font-weight:700;margin-right:auto}
header.top nav{display:flex;flex-wrap:wrap;gap:.25rem}
header.top nav a{color:#fff;text-decoration:none;padding:.3rem .6rem;border-radius:4px}
header.top nav a.on,header.top nav a:hover{background:rgba(255,255,255,.18)}
header.top form{margin:0}
header.top button{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.5);border-radius:4px;padding:.25rem .6rem;cursor:pointer}
.who{font-size:.85rem;opacity:.9}
main{padding:1rem;max-width:1400px;margin:0 auto}
h1{font-size:1.35rem;margin:.2rem 0 .8rem}
h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
.card{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:.8rem 1rem;margin-bottom:1rem}
.card>:first-child,.card figcaption+*{margin-top:0}
.muted{color:#5b6675}
.flash{padding:.6rem 1rem;border-radius:6px;margin-bottom:1rem;border:1px solid}
.flash.ok{background:#e8f6ec;border-color:#9fd3ae}
.flash.err{background:#fdecec;border-color:#f0a8a8}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin-bottom:.8rem}
form.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#5b6675;min-width:0}
form.filters select{max-width:16rem}
form.filters input[type=search]{width:18rem}
select,input,textarea{font:inherit;padding:.35rem .5rem;border:1px solid #b9c3cf;border-radius:4px;background:#fff;max-width:100%}
button,.btn{font:inherit;background:#0b5cad;color:#fff;border:0;border-radius:4px;padding:.4rem .9rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.btn.secondary{background:#e7ecf2;color:#1d2430}
button.danger{background:#b42318}
.totals{display:flex;flex-wrap:wrap;gap:.5rem;margin-bottom:.8rem}
.totals div{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:.4rem .8rem}
.totals b{font-size:1.15rem;display:block}
.scroll{overflow-x:auto;background:#fff;border:1px solid #dde3ea;border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:.35rem .5rem;border-bottom:1px solid #e6eaf0;text-align:left;vertical-align:top}
th{background:#eef2f7;position:sticky;top:0;white-space:nowrap}
th a{color:inherit;text-decoration:none}
th a.on{text-decoration:underline}
td.n,th.n{text-align:right;white-space:nowrap}
#units td:first-child{white-space:nowrap}
tr.s td:nth-child(6){color:#137333;font-weight:600}
tr.i td:nth-child(6){color:#9a5b00}
tr.z td:nth-child(6){color:#b42318}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:10px;font-size:.8rem;background:#eef2f7}
.badge.submitted,.badge.approved,.badge.accepted{background:#dff3e4;color:#137333}
.badge.in_progress,.badge.pending,.badge.draft{background:#fff1d6;color:#8a5300}
.badge.not_started,.badge.returned,.badge.none{background:#fde2e1;color:#b42318}
.chart{margin:0 0 1rem}
.chart svg{width:100%;height:auto;display:block;margin:.4rem 0}
.legend{display:flex;gap:1rem;font-size:.8rem;flex-wrap:wrap}
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dl.facts dt{color:#5b6675}
dl.facts dd{margin:0}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.stack>*+*{margin-top:.5rem}
form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.3rem 0}
ul.plain{list-style:none;padding:0;margin:0}
ul.plain li{padding:.25rem 0}
.center{max-width:520px;margin:3rem auto;text-align:center}
.board{display:flex;flex-direction:column}
@media (max-width:760px){
  .board .charts{order:2;margin-top:1rem}
  #units td:first-child{white-space:normal}
  #units td:nth-child(5){font-size:.8rem}
  main{padding:.6rem}
  .grid2{grid-template-columns:1fr}
  header.top{padding:.5rem .6rem}
  header.top nav a{padding:.25rem .4rem}
  form.filters label{flex:1 1 28%}
  form.filters label.q{flex-basis:100%}
  form.filters select,form.filters input[type=search]{width:100%;max-width:none}
  .totals{gap:.3rem}
  .totals div{flex:1 1 30%;padding:.25rem .5rem;font-size:.8rem}
  .totals b{font-size:1rem}
  #units th:nth-child(3),#units td:nth-child(3),#units th:nth-child(4),#units td:nth-child(4),#units th:nth-child(7),#units td:nth-child(7){display:none}
  th,td{padding:.3rem .35rem}
  table{font-size:.85rem}
}
`;

/** A little behaviour where it helps: filters apply on change, risky forms ask first. */
export const JS = `
document.addEventListener("change",function(e){var f=e.target.form;if(f&&f.hasAttribute("data-auto")&&e.target.tagName==="SELECT")f.submit();});
document.addEventListener("submit",function(e){var m=e.target.getAttribute("data-confirm");if(m&&!window.confirm(m))e.preventDefault();});
`;
