// Medians and percentiles over the runs; a failed or missing value (null,
// NaN) is left out rather than counted as zero.

export function quantile(values, q) {
  const v = values.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

export function summary(values) {
  const v = values.filter((x) => x != null && Number.isFinite(x));
  return { n: v.length, median: quantile(v, 0.5), p75: quantile(v, 0.75), min: v.length ? Math.min(...v) : null, max: v.length ? Math.max(...v) : null };
}
