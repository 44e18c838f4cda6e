// chronoline/png: PNG images in Node through resvg, a separate entry so that
// browser bundles never see the native renderer.
export {renderToPNG} from "./renderToPNG.js";
export type {RenderToPNGOptions} from "./renderToPNG.js";
