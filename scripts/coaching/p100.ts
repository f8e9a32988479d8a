import { analyzeMessage } from '@/utils/coaching/analyze';
import { loadSplit } from './corpus';
const c = loadSplit('train').filter((l) => l.role === 'customer');
let big = ''; let k = 0; while (big.length < 100000) big += c[(k++ * 7919) % c.length]!.text + ' '; big = big.slice(0, 100000);
for (let i = 0; i < 3; i++) analyzeMessage(big);
const s = performance.now(); for (let i = 0; i < 20; i++) analyzeMessage(big); console.log(((performance.now() - s) / 20).toFixed(1), 'ms');
