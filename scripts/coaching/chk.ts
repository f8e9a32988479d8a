import { analyzeMessage } from '@/utils/coaching/analyze';
import { model } from '@/utils/coaching/engine-data';
import { loadSplit } from './corpus';
const c = loadSplit('train').filter((l) => l.role === 'customer');
const inputs: string[] = []; let k = 0;
for (let i = 0; i < 1000; i++) { let t = ''; while (t.length < 300) t += c[(k++ * 7919) % c.length]!.text + ' '; inputs.push(t.slice(0, 300)); }
let calls = 0; const orig = model.explain; (model as { explain: typeof orig }).explain = (n, a) => { calls++; return orig(n, a); };
for (const t of inputs) analyzeMessage(t);
console.log('explain calls per 1000', calls);
const s = performance.now(); for (let r = 0; r < 3; r++) for (const t of inputs) analyzeMessage(t); console.log(((performance.now() - s) / 3000).toFixed(4), 'ms');
