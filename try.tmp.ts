import { understandText } from '@/lib/search/understand';
import { DEMO_CONDITIONS } from '@/lib/demo/conditions';
import { analyseText } from '@/lib/text/analyse';
const conditions = new Set(DEMO_CONDITIONS.map((c) => analyseText(c.fr).join(' ')));
const inputs = process.argv.slice(2).length ? process.argv.slice(2) : require('fs').readFileSync('/tmp/und/inputs.txt','utf8').split('\n').filter(Boolean);
for (const t of inputs) {
  const p = understandText(t, { conditions });
  const bits = [`text=${JSON.stringify(p.text)}`];
  if (p.place) bits.push(`place=${p.place.kind}:${p.place.code} ${p.place.label} [${p.place.typed}]${p.place.others.length ? ' others=' + p.place.others.map(o => o.kind[0] + ':' + o.code).join(',') : ''}`);
  if (p.age) bits.push(`age=${p.age.bracket} ${p.age.min}-${p.age.max} [${p.age.typed}]`);
  if (p.sexe) bits.push(`sexe=${p.sexe.value} [${p.sexe.typed}]`);
  if (p.volontaire) bits.push(`vol [${p.volontaire.typed}]`);
  if (p.dropped.length) bits.push(`dropped=${JSON.stringify(p.dropped)}`);
  console.log(t.padEnd(45), bits.join(' | '));
}
