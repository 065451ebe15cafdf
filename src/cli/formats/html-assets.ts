/**
 * The HTML report's inline style and script. Inline so the page is one
 * file that makes no request: no fonts, images or scripts from anywhere.
 * Colours meet WCAG AA contrast in light and dark schemes.
 */

/** The page's style sheet. */
export const pageStyle = `
:root{color-scheme:light dark;--bg:#f5f3ee;--card:#fff;--ink:#1c1b19;--muted:#57534e;--line:#e3dfd6;--soft:#faf8f4;--focus:#1d4ed8;--tip-bg:#1c1b19;--tip-ink:#fff;
--modal:#1d4ed8;--evidential:#7e22ce;--epistemic:#0f766e;--approximator:#b93e0b;--weasel:#be123c;--mark-l:89%;--mark-s:90%;--edge-l:38%}
@media (prefers-color-scheme:dark){:root{--bg:#141311;--card:#1e1d1a;--ink:#efebe4;--muted:#b5aea4;--line:#38342e;--soft:#25231f;--focus:#93c5fd;--tip-bg:#efebe4;--tip-ink:#1c1b19;
--modal:#93c5fd;--evidential:#d8b4fe;--epistemic:#5eead4;--approximator:#fdba74;--weasel:#fda4af;--mark-l:27%;--mark-s:45%;--edge-l:70%}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:1rem;top:-4rem;background:var(--card);color:var(--ink);padding:.5rem 1rem;border-radius:6px;z-index:20}
.skip:focus{top:1rem}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.masthead{background:var(--card);border-bottom:1px solid var(--line)}
.masthead .inner{max-width:78rem;margin:0 auto;padding:.875rem 1.5rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem}
.brand{margin:0;font-weight:800;font-size:1.0625rem;letter-spacing:.01em;display:flex;align-items:center;gap:.45rem}
.logo{display:inline-grid;place-items:center;width:1.6rem;height:1.6rem;border-radius:6px;background:#b91c1c;color:#fff;font:700 1rem/1 Georgia,serif}
.masthead h1{margin:0;font-size:.9375rem;font-weight:500;color:var(--muted);overflow-wrap:anywhere}
.toc{max-width:78rem;margin:1.5rem auto 0;padding:0 1.5rem}
.toc h2{font-size:.75rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .5rem}
.toc ol{margin:0;padding-left:1.25rem;columns:2 20rem}
.toc a{color:var(--ink)}
main{max-width:78rem;margin:0 auto;padding:1.5rem}
.report{background:var(--card);border:1px solid var(--line);border-radius:14px;box-shadow:0 1px 2px rgb(0 0 0/.04),0 10px 30px rgb(0 0 0/.05);margin:0 0 2rem;overflow:hidden}
.report-meta{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding:.875rem 2rem;border-bottom:1px solid var(--line);background:var(--soft);font-size:.8125rem;color:var(--muted)}
.source{margin:0;font:600 .8125rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--ink);overflow-wrap:anywhere}
.stats{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0}
.stats div{display:flex;gap:.35rem}
.stats dt::after{content:":"}
.stats dd{margin:0;color:var(--ink);font-weight:600;font-variant-numeric:tabular-nums}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 21rem}
.story{padding:2.25rem 3rem 2.5rem 3.5rem;font-family:Charter,"Bitstream Charter","Iowan Old Style","Sitka Text",Cambria,Georgia,serif;font-size:1.125rem;line-height:1.75}
.story>*{max-width:43rem}
.para{position:relative;margin:0 0 1.1em}
.pno{position:absolute;left:-2.25rem;top:.55em;width:1.5rem;text-align:right;font:500 .6875rem/1 system-ui,sans-serif;color:var(--muted);font-variant-numeric:tabular-nums;user-select:none}
h2.kind-headline,h2.untitled{font-size:clamp(1.6rem,2.6vw,2.25rem);line-height:1.2;letter-spacing:-.01em;margin:0 0 1.25rem;font-weight:700}
h2.untitled{font:600 1.25rem/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.kind-headline.para:not(h2){font-size:1.25rem;font-style:italic;color:var(--muted)}
.kind-byline,.kind-dateline{font:500 .9375rem/1.5 system-ui,sans-serif;color:var(--muted)}
.kind-boilerplate{font:400 .875rem/1.5 system-ui,sans-serif;color:var(--muted);border-top:1px dashed var(--line);padding-top:.75rem}
.kind{display:inline-block;font:700 .625rem/1.5 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 .35rem;margin-right:.5rem;vertical-align:.2em}
mark.quote{position:relative;color:inherit;background:hsl(var(--hue,0) var(--mark-s) var(--mark-l));border-bottom:2px solid hsl(var(--hue,0) 65% var(--edge-l));border-radius:3px;padding:.05em .1em;-webkit-box-decoration-break:clone;box-decoration-break:clone;transition:background-color .15s,border-color .15s}
mark.quote.unattributed{background:var(--soft);border-bottom:2px dashed var(--muted)}
mark.quote.dimmed{background:transparent;border-bottom-color:var(--line)}
mark.quote:focus-visible,.hedge:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:3px}
.hedge{position:relative;text-decoration:underline wavy var(--cat);text-decoration-thickness:1.5px;text-underline-offset:.25em;text-decoration-skip-ink:none;cursor:help}
.cat-modal{--cat:var(--modal)}.cat-evidential{--cat:var(--evidential)}.cat-epistemic{--cat:var(--epistemic)}.cat-approximator{--cat:var(--approximator)}.cat-weasel{--cat:var(--weasel)}
.tip{display:none;position:absolute;left:0;bottom:calc(100% + .45rem);z-index:10;width:max-content;max-width:18rem;background:var(--tip-bg);color:var(--tip-ink);font:500 .8125rem/1.4 system-ui,sans-serif;padding:.35rem .6rem;border-radius:6px;box-shadow:0 6px 20px rgb(0 0 0/.25);pointer-events:none;white-space:normal;text-align:left}
.hedge:hover>.tip,.hedge:focus>.tip,mark.quote:focus>.tip,mark.quote:hover:not(:has(.hedge:hover))>.tip{display:block}
.panel{border-left:1px solid var(--line);padding:1.75rem 1.5rem;background:var(--soft);font-size:.9375rem}
.panel section{margin-bottom:2rem}
.panel h3{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;margin:0 0 .75rem;font-size:.75rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.counts{font-weight:500;text-transform:none;letter-spacing:0}
.hint,.empty{margin:-.25rem 0 .75rem;font-size:.8125rem;color:var(--muted)}
.speakers,.claims{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
.speaker{width:100%;display:grid;grid-template-columns:auto 1fr auto;align-items:center;gap:.7rem;padding:.55rem .7rem;text-align:left;font:inherit;color:inherit;background:var(--card);border:1px solid var(--line);border-radius:9px;cursor:pointer;transition:border-color .15s,box-shadow .15s}
.speaker:hover{border-color:hsl(var(--hue) 65% var(--edge-l))}
.speaker[aria-pressed="true"]{background:hsl(var(--hue) var(--mark-s) var(--mark-l));border-color:hsl(var(--hue) 65% var(--edge-l));box-shadow:inset 0 0 0 1px hsl(var(--hue) 65% var(--edge-l))}
.speaker[aria-pressed="true"] .kind-of{color:inherit}
.swatch{width:.9rem;height:.9rem;border-radius:50%;background:hsl(var(--hue) var(--mark-s) var(--mark-l));border:2px solid hsl(var(--hue) 65% var(--edge-l))}
.who{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem .4rem;min-width:0}
.name{font-weight:650;overflow-wrap:anywhere}
.kind-of{flex-basis:100%;font-size:.75rem;color:var(--muted)}
.badge{font:700 .625rem/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;background:#fef3c7;color:#78350f;border:1px solid #f59e0b;border-radius:4px;padding:0 .35rem}
.count{min-width:1.9rem;text-align:center;font-weight:700;font-size:.875rem;font-variant-numeric:tabular-nums;background:var(--soft);border:1px solid var(--line);border-radius:999px;padding:.05rem .5rem}
.claims a{display:block;padding:.6rem .7rem;background:var(--card);border:1px solid var(--line);border-radius:9px;color:inherit;text-decoration:none}
.claims a:hover{border-color:var(--muted)}
.chips{display:flex;flex-wrap:wrap;gap:.3rem}
.chip{display:inline-flex;align-items:baseline;gap:.4rem;font-size:.8125rem;font-weight:600;border:1px solid var(--cat);border-radius:999px;padding:0 .55rem}
.chip small{color:var(--cat);font-size:.625rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em}
.claim-text{display:block;margin-top:.4rem;font-size:.8125rem;line-height:1.45}
.by{display:block;margin-top:.3rem;font-size:.75rem;color:var(--muted)}
.key{font-size:.8125rem;color:var(--muted)}
.key summary{cursor:pointer;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.08em}
.key ul{list-style:none;padding:0;margin:.5rem 0 0;display:grid;gap:.3rem}
.key li{display:grid;grid-template-columns:7.25rem 1fr;align-items:baseline}
.key p{margin:.6rem 0 0;color:var(--ink)}
.hedge-sample{font-weight:600;color:var(--ink);text-decoration:underline wavy var(--cat);text-decoration-thickness:1.5px;text-underline-offset:.25em;margin-right:.25rem}
.failed .error{margin:0;padding:1.5rem 2rem;color:var(--weasel);font-weight:600}
.colophon{max-width:78rem;margin:0 auto;padding:0 1.5rem 2.5rem;font-size:.8125rem;color:var(--muted)}
@media (max-width:62rem){.layout{grid-template-columns:minmax(0,1fr)}.panel{border-left:0;border-top:1px solid var(--line)}.story{padding:1.75rem 1.5rem 2rem 2.75rem}.report-meta{padding:.75rem 1.5rem}}
@media (prefers-reduced-motion:reduce){*{transition:none!important}}
@media print{.panel .hint,.skip,.toc{display:none}.report{box-shadow:none;break-inside:avoid-page}}
${hueClasses()}
`

// A speaker's hue is a class (`hue-212`), one for each whole degree: the
// Content-Security-Policy allows no style attribute, and a speaker can have
// any hue (see `speakerHue`).
function hueClasses(): string {
  return Array.from({length: 360}, (_, hue) => `.hue-${hue}{--hue:${hue}}`).join('')
}

// Progressive enhancement: the page reads fine without it. Picks out one
// speaker's quotes, and lists the articles when the page has several, each
// by the label its report carries (not by text content, which holds the
// labels kept for screen readers).
/** The page's script. */
export const pageScript = `
(() => {
  for (const report of document.querySelectorAll('.report')) {
    const buttons = report.querySelectorAll('button[data-speaker]')
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const chosen = button.getAttribute('aria-pressed') === 'true' ? null : button.dataset.speaker
        for (const other of buttons) other.setAttribute('aria-pressed', String(other === button && chosen !== null))
        for (const mark of report.querySelectorAll('mark.quote[data-quote]')) {
          mark.classList.toggle('dimmed', chosen !== null && mark.dataset.speaker !== chosen)
        }
      })
    }
  }
  const reports = document.querySelectorAll('.report')
  const toc = document.querySelector('.toc')
  if (toc && reports.length > 1) {
    const list = toc.querySelector('ol')
    for (const report of reports) {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = '#' + report.id
      link.textContent = report.dataset.label || report.id
      item.append(link)
      list.append(item)
    }
    toc.hidden = false
  }
})()
`
