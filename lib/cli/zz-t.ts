import { prepareText } from "@/lib/extraction/text/prepare";
const t = "a" + "x'".repeat(100) + " b";
const r = prepareText(t).analysed;
console.log(r.length === t.length, r.split(" ").map(w=>w.length));
