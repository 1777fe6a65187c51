export * from './canonical-json.js';
export * from './signed-document.js';
export * from './proxy-files.js';
