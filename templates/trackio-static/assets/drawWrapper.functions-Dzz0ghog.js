function n(e){return e.getPipelineContext===void 0}export{n as I};
