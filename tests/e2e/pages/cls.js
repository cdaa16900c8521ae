// Collects layout shifts without recent input, with what moved.
window.__awShifts = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) {
    if (e.hadRecentInput) return;
    window.__awShifts.push({
      value: e.value,
      time: e.startTime,
      sources: (e.sources || []).map(function (s) {
        var n = s.node;
        return {
          node: n ? (n.nodeName + "." + (n.className || n.id || "")) : "?",
          from: [s.previousRect.y, s.previousRect.height],
          to: [s.currentRect.y, s.currentRect.height]
        };
      })
    });
  });
}).observe({ type: "layout-shift", buffered: true });
