// The reading site's stylesheets, in cascade order, in one list: the (site)
// layout and the newsroom's preview (a story as readers see it) import this
// module, so both draw a story alike, and Next bundles stylesheets that the
// same pages share, next to each other, into one file. A reading page loads
// three (fonts.css with base.css; story-body.css, which the newsroom's editor
// shares, first so that the rest stay together; the rest), not five: fewer
// requests beside the preloaded fonts before the first paint. No rule of the
// others competes with story-body.css's (print.css's link addresses style
// pseudo-elements it leaves alone), so its place changes no cascade.
import "@/app/styles/story-body.css";
import "@/app/styles/reading.css";
import "@/app/styles/live.css";
import "@/app/styles/story-kinds.css";
import "@/app/styles/banner.css";
import "@/app/styles/share.css";
import "@/app/styles/print.css";
