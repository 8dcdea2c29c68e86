import { createHash } from 'node:crypto';

/** The page's only stylesheet, inlined; the CSP allows exactly this text by its hash. */
export const PAGE_CSS = `
:root{color-scheme:light;
--ink:#1b1f24;--muted:#4a5360;--line:#cdd2da;--field:#6b7480;--accent:#1f4fd1;--accent-dark:#183c9e;
--bg:#f4f5f7;--card:#fff;--done:#14532d;--done-bg:#dcfce7;--chosen:#1e3a8a;--chosen-bg:#e0e8ff;
--problem:#9b1c1c;--problem-bg:#fdecec}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
main{max-width:44rem;margin:0 auto;padding:1rem .75rem 3rem}
h1{font-size:1.55rem;line-height:1.25;margin:.25rem 0 .75rem}
h2{font-size:1.3rem;line-height:1.3;margin:0 0 .5rem}
h3{font-size:1.08rem;line-height:1.35;margin:0 0 .35rem}
.card>h3{margin-top:1.5rem}
p{margin:.5rem 0}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.intro{padding:.5rem .25rem 0}
.eyebrow{color:var(--muted);font-size:.9rem;margin:0}
.card{background:var(--card);border:1px solid var(--line);border-radius:.75rem;padding:1rem;margin:0 0 1rem}
.muted{color:var(--muted)}
.item{border-top:1px solid var(--line);margin-top:1rem;padding-top:1rem}
.item ul{padding-left:1.25rem;margin:.25rem 0}
dl{display:grid;grid-template-columns:minmax(6.5rem,max-content) 1fr;gap:.35rem 1rem;margin:0}
dt{font-weight:600}
dd{margin:0}
.badges{display:flex;flex-wrap:wrap;gap:.4rem;margin:.25rem 0 .5rem;padding:0;list-style:none}
.badge{display:inline-block;padding:.1rem .6rem;border-radius:999px;font-size:.875rem;font-weight:600;background:#eceef2;color:var(--muted)}
.badge-done{background:var(--done-bg);color:var(--done)}
.badge-chosen{background:var(--chosen-bg);color:var(--chosen)}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
textarea,input{font:inherit;color:var(--ink);background:#fff;border:1px solid var(--field);border-radius:.5rem;padding:.6rem;min-height:2.75rem;max-width:100%}
textarea{display:block;width:100%;resize:vertical}
input[type=text]{width:100%}
textarea[readonly],input[readonly]{background:#f7f8fa}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.75rem}
.actions form{margin:0}
form{margin:.75rem 0 0}
button{font:inherit;font-weight:600;min-height:2.75rem;min-width:2.75rem;padding:.5rem .8rem;border-radius:.5rem;
border:2px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer}
button:hover{background:var(--accent-dark);border-color:var(--accent-dark)}
button.secondary{background:var(--card);color:var(--accent)}
button.secondary:hover{background:var(--chosen-bg);color:var(--accent-dark)}
progress{display:block;width:100%;height:1rem;accent-color:var(--accent)}
.toc{list-style:none;padding:0;margin:.75rem 0 0}
.toc li{display:flex;justify-content:space-between;gap:1rem;border-top:1px solid #eceef2}
.toc a{display:block;padding:.45rem 0}
.toc span{padding:.45rem 0;white-space:nowrap;color:var(--muted)}
.notes-text{white-space:pre-wrap;background:#f7f8fa;border-radius:.5rem;padding:.6rem}
.coach-comment{white-space:pre-wrap;border-left:3px solid var(--chosen);padding-left:.6rem}
.notice{margin:0 0 1rem;border-left:4px solid var(--accent);background:var(--chosen-bg);padding:.75rem;border-radius:.25rem}
div.problem{margin:0 0 1rem}
.problem{border:2px solid var(--problem);background:var(--problem-bg);color:var(--problem);padding:.75rem;border-radius:.5rem;font-weight:600}
.visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (max-width:30rem){dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:.5rem}h1{font-size:1.4rem}}
`;

export const PAGE_CSS_HASH = `sha256-${createHash('sha256').update(PAGE_CSS).digest('base64')}`;
