// An engine whose WebAssembly lacks a feature the module uses (reference
// types, say, before Safari 15): compiling the module fails, as it would.
(function () {
  function refuse() {
    return Promise.reject(new WebAssembly.CompileError("simulated engine without reference types"));
  }
  WebAssembly.instantiateStreaming = refuse;
  WebAssembly.compileStreaming = refuse;
  WebAssembly.instantiate = refuse;
  WebAssembly.compile = refuse;
  WebAssembly.Module = function () {
    throw new WebAssembly.CompileError("simulated engine without reference types");
  };
})();
