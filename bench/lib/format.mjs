// How figures are written in the report and the budgets.

export const fmtMs = (v) => (v == null ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
export function fmt(metric, v) {
  if (v == null) return '–';
  if (metric === 'cls') return v.toFixed(3);
  if (metric === 'longest' && v <= 50) return '≤50';
  if (metric === 'heap' || metric === 'wasm' || metric === 'memory') return v >= 100 ? v.toFixed(0) : v.toFixed(1);
  return fmtMs(v);
}
export function ratio(a, b) {
  if (a == null || b == null || !(b > 0)) return '–';
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
}
export const kb = (n) => (n / 1024).toFixed(1);

export function rateLabel(rate) {
  return rate === 1 ? 'unthrottled' : `${rate}× CPU slowdown`;
}
